import { documentLanguageOf, ForbiddenError, renderConveningNote, renderListOfParticipants } from '@plenary/domain';
import { builder } from '../../builder.ts';
import { mayReadListOfParticipants } from '../../auth/policies.ts';
import {
  CONVENING_NOTE_INCLUDE,
  conveningNoteDataOf,
  meetingDataOf,
  participantsOf,
  PARTICIPANTS_INCLUDE,
} from '../../documents/document-data.ts';
import { LanguageEnum } from '../enums.ts';
import { DOCUMENT_LANGUAGE_DESCRIPTION } from '../shared-descriptions.ts';
import {
  DocumentConnection,
  LetterFormatEnum,
  ListOfParticipantsFormatEnum,
  ListOfParticipantsVariantEnum,
  RENDERED_DOCUMENT_EXTENSIONS,
  RenderedDocumentRef,
} from './type.ts';

builder.prismaObjectFields('Meeting', (t) => ({
  documents: t.relatedConnection(
    'documents',
    {
      cursor: 'id',
      totalCount: true,
      description: 'The meeting’s documents, by symbol.',
      query: () => ({ orderBy: [{ symbol: 'asc' }, { id: 'asc' }] }),
    },
    DocumentConnection,
  ),
  conveningNoteVerbale: t.field({
    type: RenderedDocumentRef,
    extensions: RENDERED_DOCUMENT_EXTENSIONS,
    nullable: true,
    description:
      'The note verbale convening the meeting, rendered from its data (reference, offices, resolution, dates, deadlines); null when the meeting has no convening note. ' +
      'A note with parts not recorded is refused with a ValidationError naming them. Public. For a PDF, GET /documents/meetings/{code}/convening-note.pdf.',
    args: {
      format: t.arg({
        description: 'The format to render in (default: plain text).',
        type: LetterFormatEnum,
        defaultValue: 'TEXT',
      }),
      language: t.arg({ type: LanguageEnum, defaultValue: 'EN', description: DOCUMENT_LANGUAGE_DESCRIPTION }),
    },
    select: { ...CONVENING_NOTE_INCLUDE },
    resolve: (meeting, args) => {
      const note = conveningNoteDataOf(meeting);
      return (
        note &&
        renderConveningNote({
          note,
          language: documentLanguageOf({ language: args.language ?? 'EN', path: 'language' }),
          format: args.format ?? 'TEXT',
        })
      );
    },
  }),
  listOfParticipants: t.field({
    type: RenderedDocumentRef,
    extensions: RENDERED_DOCUMENT_EXTENSIONS,
    nullable: true,
    description:
      'The list of participants: States by capacity and English name, head of delegation first. OFFICIAL (every member with contact data) is for the secretariat only; ' +
      'PUBLIC (names where the State consented, no contact data) for anyone. For downloads, GET /documents/meetings/{code}/participants.csv.',
    args: {
      variant: t.arg({
        description: 'Which list: PUBLIC (default, for anyone) or OFFICIAL (secretariat only).',
        type: ListOfParticipantsVariantEnum,
        defaultValue: 'PUBLIC',
      }),
      format: t.arg({
        description: 'The format to render in (default: HTML).',
        type: ListOfParticipantsFormatEnum,
        defaultValue: 'HTML',
      }),
      language: t.arg({ type: LanguageEnum, defaultValue: 'EN', description: DOCUMENT_LANGUAGE_DESCRIPTION }),
    },
    authScopes: (_meeting, args, context) => mayReadListOfParticipants(context.viewer, args.variant ?? 'PUBLIC'),
    unauthorizedError: () =>
      new ForbiddenError({
        message:
          'The official list of participants holds every delegate’s contact data: it is for the secretariat only. Ask for the PUBLIC variant.',
      }),
    select: { ...PARTICIPANTS_INCLUDE },
    resolve: (meeting, args) => {
      const variant = args.variant ?? 'PUBLIC';
      return renderListOfParticipants({
        meeting: meetingDataOf(meeting),
        participants: participantsOf(meeting, variant),
        variant,
        language: documentLanguageOf({ language: args.language ?? 'EN', path: 'language' }),
        format: args.format ?? 'HTML',
      });
    },
  }),
}));
