import { DOCUMENT_KINDS, DOCUMENT_STATUSES, type RenderedDocument } from '@plenary/domain';
import { builder } from '../../builder.ts';
import { nodeConnection } from '../node-connection.ts';
import { FIELD_COST_EXTENSION } from '../../security/query-cost.ts';
import { LanguageEnum } from '../enums.ts';
import { describedValues } from '../described-values.ts';

// Documents: the meeting documents Plenary records (Document), and the documents it renders from its own data with
// the domain's renderers (notes verbales, lists of participants, assessment notices). Rendered documents come as
// text (plain text, print-ready HTML or CSV); PDF is served by the download routes (src/http/documents.ts).
//
// Naming: `Meeting.conveningNote` is the note's record (reference, date, office, resolution); the rendered note is
// `Meeting.conveningNoteVerbale(format, language)`.

/**
 * What the query cost limit counts for one rendered document (security/query-cost.ts): it reads several tables and
 * renders a letter, a few milliseconds each, so under the default limit of 50 000 a request gets about a hundred.
 */
export const RENDERED_DOCUMENT_COST = 400;
export const RENDERED_DOCUMENT_EXTENSIONS = { [FIELD_COST_EXTENSION]: RENDERED_DOCUMENT_COST };

export const DocumentKindEnum = builder.enumType('DocumentKind', {
  description: 'The kind of a meeting document, which its UN symbol series shows.',
  values: describedValues(DOCUMENT_KINDS, {
    OFFICIAL: 'An official document of the meeting (general series, e.g. CCM/MSP/2023/1).',
    WORKING_PAPER: 'A working paper submitted by a delegation (…/WP.n).',
    INFORMATION: 'An information document (…/INF.n).',
    CONFERENCE_ROOM_PAPER: 'A conference room paper (…/CRP.n).',
    NOTE_VERBALE: 'A note verbale from the secretariat, e.g. the convening note.',
    LIST_OF_PARTICIPANTS: 'The list of participants of the meeting.',
  }),
});
export const DocumentStatusEnum = builder.enumType('DocumentStatus', {
  description: 'Advance (unedited) or final version.',
  values: describedValues(DOCUMENT_STATUSES, {
    ADVANCE: 'An advance, unedited version; a final version may follow and differ.',
    FINAL: 'The final, edited version.',
  }),
});
export const LetterFormatEnum = builder.enumType('LetterFormat', {
  description: 'Formats of a letter-like document (note verbale, assessment notice).',
  values: describedValues(['TEXT', 'HTML'] as const, {
    TEXT: 'Plain text (text/plain, UTF-8), to paste into an e-mail or a word processor.',
    HTML: 'A printable HTML page (text/html, UTF-8).',
  }),
});
export const ListOfParticipantsFormatEnum = builder.enumType('ListOfParticipantsFormat', {
  description: 'Formats of the list of participants.',
  values: describedValues(['CSV', 'HTML', 'TEXT'] as const, {
    CSV: 'Comma-separated values (text/csv, UTF-8) with a header row, for spreadsheets.',
    HTML: 'A printable HTML page (text/html, UTF-8).',
    TEXT: 'Plain text (text/plain, UTF-8).',
  }),
});
export const ListOfParticipantsVariantEnum = builder.enumType('ListOfParticipantsVariant', {
  description: "Which list of participants: the secretariat's full one, or the public one.",
  values: {
    OFFICIAL: {
      description:
        'Every member with contact data, by capacity: for the secretariat only (it holds every State’s delegates).',
    },
    PUBLIC: { description: 'Names only where the State consented, no contact data: for anyone.' },
  } as const,
});

export const RenderedDocumentRef = builder.objectRef<RenderedDocument>('RenderedDocument').implement({
  description: 'A document rendered from Plenary’s data, ready to save or display.',
  fields: (t) => ({
    content: t.exposeString('content', { description: 'The document itself: plain text, HTML or CSV.' }),
    mediaType: t.exposeString('mediaType', { description: 'E.g. "text/html; charset=utf-8".' }),
    fileName: t.exposeString('fileName', {
      description: 'A file name to save it under, e.g. "ODA-2023-00050-EN.html".',
    }),
  }),
});

const DocumentRef = builder.prismaNode('Document', {
  // An unknown ID loads as null (node and nodes answer null), not as Prisma's not-found error.
  nullable: true,
  id: { field: 'id' },
  description: 'A meeting document (official document, working paper, note verbale, ...) by its UN symbol.',
  fields: (t) => ({
    symbol: t.exposeString('symbol', { description: 'E.g. "CCM/MSP/2023/1".' }),
    title: t.exposeString('title', { description: "The document's title in English." }),
    kind: t.expose('kind', { description: 'What kind of document this is.', type: DocumentKindEnum }),
    languages: t.expose('languages', {
      type: [LanguageEnum],
      description: 'The UN languages it is issued in, e.g. [EN, FR].',
    }),
    status: t.expose('status', {
      description: 'Whether this is an advance or the final version.',
      type: DocumentStatusEnum,
    }),
    issuedOn: t.expose('issuedOn', {
      description: 'The day the document was issued; null when not yet issued or not recorded.',
      type: 'Date',
      nullable: true,
    }),
    url: t.exposeString('url', {
      description: 'Where to download the document (an absolute URL); null when it is not online.',
      nullable: true,
    }),
    meeting: t.relation('meeting', {
      description: 'The meeting the document belongs to; null for a document of the convention as a whole.',
      nullable: true,
    }),
    convention: t.relation('convention', { description: 'The convention the document is issued under.' }),
  }),
});

export const DocumentConnection = nodeConnection(DocumentRef, 'Document');
