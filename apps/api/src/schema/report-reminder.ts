import type { State } from '@plenary/db';
import { NotFoundError, parseInput, renderReportReminder, reportReminderInputSchema } from '@plenary/domain';
import { builder } from '../builder.ts';
import { loadReportReminderData } from '../documents/document-data.ts';
import { runInTransaction } from '../mutations/run-in-transaction.ts';
import { sendReportReminder, type SentReportReminder } from '../use-cases/reports/send-report-reminder.ts';
import { DocumentLanguageEnum } from './document.ts';
import { MUTATION_ERRORS } from './errors.ts';
import { toCalendarDate } from './scalars.ts';
import { DEFAULT_CONVENTION_CODE, StateRef } from './state.ts';
import { ReportKindEnum, stateWhereUnique } from './transparency-report.ts';

// `State.reportReminder` renders the note; `sendReportReminder` records that it went out, in the audit trail.

const ReportReminderRef = builder.objectRef<SentReportReminder & { state: State }>('ReportReminder').implement({
  description: 'A reminder note verbale sent to a State whose Article 7 report is overdue.',
  fields: (t) => ({
    state: t.field({ type: StateRef, resolve: (reminder) => reminder.state }),
    kind: t.expose('kind', { type: ReportKindEnum }),
    periodYear: t.exposeInt('periodYear'),
    reference: t.exposeString('reference'),
    date: t.expose('date', { type: 'Date', description: 'The note’s date.' }),
    dueOn: t.expose('dueOn', { type: 'Date', description: 'The due date the note cites.' }),
    issuingOffice: t.exposeString('issuingOffice'),
    submissionOffice: t.exposeString('submissionOffice'),
    language: t.expose('language', { type: DocumentLanguageEnum }),
    sentAt: t.expose('sentAt', { type: 'DateTime' }),
  }),
});

const SendReportReminderInput = builder.inputType('SendReportReminderInput', {
  fields: (t) => ({
    state: t.string({ required: true, description: "ISO 3166-1 alpha-3 code or the State's global ID." }),
    convention: t.string({ defaultValue: DEFAULT_CONVENTION_CODE }),
    kind: t.field({ type: ReportKindEnum, required: true }),
    periodYear: t.int({ required: true, description: 'The year an annual report covers; for the initial report, the year of entry into force.' }),
    reference: t.string({ required: true, description: 'The note’s reference, e.g. "ODA/2024-00123"; used once.' }),
    date: t.field({ type: 'Date', description: 'The note’s date (default: today).' }),
    issuingOffice: t.string({ required: true, description: 'Code of the office sending the note, e.g. "ODA".' }),
    submissionOffice: t.string({ description: 'Code of the office reports go to; the issuing office when left out.' }),
    language: t.field({ type: DocumentLanguageEnum, defaultValue: 'EN' }),
  }),
});

builder.mutationFields((t) => ({
  sendReportReminder: t.field({
    type: ReportReminderRef,
    description:
      'Records that the reminder note verbale of an overdue Article 7 report (`State.reportReminder`, with the same arguments) was sent to the State: ' +
      'refused (ValidationError) for a report not overdue on the note’s date, and (ConflictError) for a reference already used. Secretariat only.',
    errors: { types: MUTATION_ERRORS, dataField: { name: 'reminder' } },
    authScopes: { secretariat: true },
    args: { input: t.arg({ type: SendReportReminderInput, required: true }) },
    resolve: async (_parent, args, context) => {
      const { input: raw } = args;
      const input = parseInput({
        schema: reportReminderInputSchema,
        input: {
          kind: raw.kind,
          periodYear: raw.periodYear,
          reference: raw.reference,
          date: toCalendarDate(raw.date ?? context.now()),
          issuingOffice: raw.issuingOffice,
          submissionOffice: raw.submissionOffice ?? undefined,
          language: raw.language ?? 'EN',
        },
      });
      const state = await context.prisma.state.findUnique({ where: stateWhereUnique(raw.state) });
      if (!state) throw new NotFoundError({ entity: 'State', key: raw.state });
      const reminder = await loadReportReminderData(context.prisma, {
        stateId: state.id,
        conventionCode: raw.convention ?? DEFAULT_CONVENTION_CODE,
        kind: input.kind,
        periodYear: input.periodYear,
        reference: input.reference,
        date: input.date,
        issuingOfficeCode: input.issuingOffice,
        submissionOfficeCode: input.submissionOffice ?? null,
      });
      // Rendering refuses a report not yet due on the note's date: what is recorded is a note that could be sent.
      renderReportReminder({ reminder, language: input.language, format: 'TEXT' });
      const sent = await runInTransaction(context, (tx) =>
        sendReportReminder({
          tx,
          actor: context,
          now: context.now(),
          input: {
            stateId: state.id,
            kind: input.kind,
            periodYear: input.periodYear,
            reference: input.reference,
            date: input.date,
            dueOn: reminder.report.dueOn,
            issuingOffice: input.issuingOffice,
            submissionOffice: input.submissionOffice ?? input.issuingOffice,
            language: input.language,
          },
        }),
      );
      return { ...sent, state };
    },
  }),
}));
