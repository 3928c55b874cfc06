import { toCalendarDate } from '@plenary/db';
import {
  DEFAULT_CONVENTION_CODE,
  DOCUMENT_KINDS,
  DOCUMENT_STATUSES,
  documentLanguageOf,
  ForbiddenError,
  renderAssessmentNotice,
  renderConveningNote,
  renderListOfParticipants,
  renderReportReminder,
  type RenderedDocument,
} from '@plenary/domain';
import { dataloaderGetter } from '@pothos/plugin-dataloader';
import { builder, MAX_PAGE_SIZE } from '../builder.ts';
import { nodeConnection } from './node-connection.ts';
import { mayReadPaymentReferences } from '../auth/contribution-rules.ts';
import { mayReadAssessmentNotice, mayReadListOfParticipants } from '../auth/policies.ts';
import type { Context } from '../context.ts';
import {
  ASSESSMENT_NOTICE_INCLUDE,
  assessmentNoticeDataOf,
  CONVENING_NOTE_INCLUDE,
  conveningNoteDataOf,
  loadReportReminderData,
  meetingDataOf,
  participantsOf,
  PARTICIPANTS_INCLUDE,
} from '../documents/document-data.ts';
import { paymentKey, paymentsTowards, type PaymentTowards } from '../costs/payments-towards.ts';
import { FIELD_COST_EXTENSION } from '../security/query-cost.ts';
import { LanguageEnum } from './enums.ts';
import { describedValues } from './described-values.ts';
import { CONVENTION_CODE_DESCRIPTION, DOCUMENT_LANGUAGE_DESCRIPTION } from './shared-descriptions.ts';
import { ReportKindEnum } from './transparency-report/type.ts';

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
const RENDERED_DOCUMENT_EXTENSIONS = { [FIELD_COST_EXTENSION]: RENDERED_DOCUMENT_COST };

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

const DocumentConnection = nodeConnection(DocumentRef, 'Document');

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

// The payments behind assessment notices, for every share asked for in one request: one query per page's worth, so
// no statement grows with a higher cost limit.
const paymentsForNotices = dataloaderGetter<string, PaymentTowards[], string>(
  { maxBatchSize: MAX_PAGE_SIZE },
  async (keys, context) => {
    const pairs = keys.map((key) => {
      const [meetingId = '', stateId = ''] = key.split('|');
      return { meetingId, stateId };
    });
    const byPair = await paymentsTowards((context as Context).prisma, {
      meetingIds: pairs.map((pair) => pair.meetingId),
      stateIds: pairs.map((pair) => pair.stateId),
    });
    return keys.map((key) => byPair.get(key) ?? []);
  },
  undefined,
  false,
);

builder.prismaObjectField('CostShare', 'assessmentNotice', (t) =>
  t.field({
    type: RenderedDocumentRef,
    extensions: RENDERED_DOCUMENT_EXTENSIONS,
    nullable: true,
    description:
      "The State's assessment notice for the meeting: scale, UN rate, adjusted share, amount, payments and balance. For the secretariat and the State's focal points. " +
      'For a PDF, GET /documents/cost-shares/{id}/assessment-notice.pdf.',
    authScopes: (share, _args, context) => mayReadAssessmentNotice(context.viewer, share),
    args: {
      format: t.arg({
        description: 'The format to render in (default: plain text).',
        type: LetterFormatEnum,
        defaultValue: 'TEXT',
      }),
      language: t.arg({ type: LanguageEnum, defaultValue: 'EN', description: DOCUMENT_LANGUAGE_DESCRIPTION }),
    },
    select: { ...ASSESSMENT_NOTICE_INCLUDE },
    resolve: async (share, args, context) => {
      const language = documentLanguageOf({ language: args.language ?? 'EN', path: 'language' });
      const payments = await paymentsForNotices(context).load(
        paymentKey({ meetingId: share.issue.meetingId, stateId: share.stateId }),
      );
      const notice = assessmentNoticeDataOf(share, payments, {
        withPaymentReferences: mayReadPaymentReferences(context.viewer),
      });
      return renderAssessmentNotice({ notice, language, format: args.format ?? 'TEXT' });
    },
  }),
);

builder.prismaObjectField('State', 'reportReminder', (t) =>
  t.field({
    type: RenderedDocumentRef,
    extensions: RENDERED_DOCUMENT_EXTENSIONS,
    nullable: true,
    description:
      'A note verbale reminding the State that an Article 7 report is overdue: which report, its due date, where to send it. ' +
      'Refused (ValidationError) for a report that is not overdue on the note’s date or not owed. Secretariat only.',
    authScopes: { secretariat: true },
    args: {
      kind: t.arg({
        description: 'Which report is overdue: the initial report (Art. 7(1)) or an annual update (Art. 7(2)).',
        type: ReportKindEnum,
        required: true,
      }),
      periodYear: t.arg.int({
        required: true,
        description: 'The year an annual report covers; for the initial report, the year of entry into force.',
      }),
      reference: t.arg.string({ required: true, description: 'The note’s reference, e.g. "ODA/2024-00123".' }),
      date: t.arg({ type: 'Date', description: 'The note’s date (default: today).' }),
      issuingOffice: t.arg.string({ required: true, description: 'Code of the office sending the note, e.g. "ODA".' }),
      submissionOffice: t.arg.string({
        description: 'Code of the office reports go to, e.g. "ODA-GENEVA"; the issuing office when left out.',
      }),
      convention: t.arg.string({ description: CONVENTION_CODE_DESCRIPTION, defaultValue: DEFAULT_CONVENTION_CODE }),
      format: t.arg({
        description: 'The format to render in (default: plain text).',
        type: LetterFormatEnum,
        defaultValue: 'TEXT',
      }),
      language: t.arg({ type: LanguageEnum, defaultValue: 'EN', description: DOCUMENT_LANGUAGE_DESCRIPTION }),
    },
    resolve: async (state, args, context) => {
      const language = documentLanguageOf({ language: args.language ?? 'EN', path: 'language' });
      const reminder = await loadReportReminderData(context.prisma, {
        stateId: state.id,
        conventionCode: args.convention ?? DEFAULT_CONVENTION_CODE,
        kind: args.kind,
        periodYear: args.periodYear,
        reference: args.reference,
        date: toCalendarDate(args.date ?? context.now()),
        issuingOfficeCode: args.issuingOffice,
        submissionOfficeCode: args.submissionOffice ?? null,
      });
      return renderReportReminder({ reminder, language, format: args.format ?? 'TEXT' });
    },
  }),
);
