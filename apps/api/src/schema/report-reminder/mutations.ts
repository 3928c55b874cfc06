import { toCalendarDate } from '@plenary/db';
import { DEFAULT_CONVENTION_CODE } from '@plenary/domain';
import { builder } from '../../builder.ts';
import { runInTransaction } from '../../mutations/run-in-transaction.ts';
import { sendNumberedReportReminders, sendReportReminder } from '../../use-cases/reports/send-report-reminders.ts';
import { MUTATION_ERRORS } from '../errors.ts';
import { MUTATION_DATA_DESCRIPTION, MUTATION_INPUT_DESCRIPTION } from '../shared-descriptions.ts';
import { stateReferenceKey, stateWhereUnique } from '../state-reference.ts';
import { SendReportReminderInput, SendReportRemindersInput } from './inputs.ts';
import { ReportReminderRef } from './type.ts';

type NoteDetailsInput = Pick<
  typeof SendReportReminderInput.$inferInput,
  'date' | 'issuingOffice' | 'submissionOffice' | 'language'
>;

/** What a note has whether sent alone or in a series: its date (default: today), its offices and its language. */
function noteDetailsOf(raw: NoteDetailsInput, today: Date) {
  return {
    date: toCalendarDate(raw.date ?? today),
    issuingOffice: raw.issuingOffice,
    submissionOffice: raw.submissionOffice ?? undefined,
    language: raw.language ?? 'EN',
  };
}

builder.mutationFields((t) => ({
  sendReportReminder: t.prismaField({
    type: ReportReminderRef,
    description:
      'Records that the reminder note verbale of an overdue Article 7 report (`State.reportReminder`, with the same arguments) was sent to the State: ' +
      'refused (ValidationError) for a report not overdue on the note’s date, and (ConflictError) for a reference already used. Secretariat only.',
    errors: { types: MUTATION_ERRORS, dataField: { name: 'reminder', description: MUTATION_DATA_DESCRIPTION } },
    authScopes: { secretariat: true },
    args: { input: t.arg({ description: MUTATION_INPUT_DESCRIPTION, type: SendReportReminderInput, required: true }) },
    resolve: async (query, _parent, args, context) => {
      const { input: raw } = args;
      // The answer is read in the transaction: once the reminder is stored, nothing can fail after the commit.
      return runInTransaction(context, async (tx) => {
        const sent = await sendReportReminder({
          tx,
          actor: context,
          now: context.now(),
          input: {
            state: { where: stateWhereUnique(raw.state, 'state'), key: stateReferenceKey(raw.state) },
            conventionCode: raw.convention ?? DEFAULT_CONVENTION_CODE,
            reminder: {
              kind: raw.kind,
              periodYear: raw.periodYear,
              reference: raw.reference,
              ...noteDetailsOf(raw, context.now()),
            },
          },
        });
        return tx.reportReminder.findUniqueOrThrow({ ...query, where: { id: sent.id } });
      });
    },
  }),
  sendReportReminders: t.prismaField({
    type: [ReportReminderRef],
    description:
      'Records reminder notes verbales of overdue Article 7 reports as sent to several States at once, numbered from `referencePattern`: all of them, or none. ' +
      'Refused (ValidationError, naming the report) when a report is not overdue on the notes’ date or not owed, (ConflictError) when a reference is already used, ' +
      '(NotFoundError) for an unknown State or office. The notes download as one PDF and the addressees as CSV from /documents/report-reminders/{date}.(pdf|csv). Secretariat only.',
    errors: { types: MUTATION_ERRORS, dataField: { name: 'reminders', description: MUTATION_DATA_DESCRIPTION } },
    authScopes: { secretariat: true },
    args: { input: t.arg({ description: MUTATION_INPUT_DESCRIPTION, type: SendReportRemindersInput, required: true }) },
    resolve: async (query, _parent, args, context) => {
      const { input: raw } = args;
      return runInTransaction(context, async (tx) => {
        const sent = await sendNumberedReportReminders({
          tx,
          actor: context,
          now: context.now(),
          input: {
            conventionCode: raw.convention ?? DEFAULT_CONVENTION_CODE,
            reminders: {
              reports: raw.reports.map((report) => ({
                state: report.state.trim().toUpperCase(),
                kind: report.kind,
                periodYear: report.periodYear,
              })),
              referencePattern: raw.referencePattern,
              firstNumber: raw.firstNumber,
              ...noteDetailsOf(raw, context.now()),
            },
          },
        });
        const stored = await tx.reportReminder.findMany({
          ...query,
          where: { id: { in: sent.map((reminder) => reminder.id) } },
        });
        // In the order given, which is the order of their numbers.
        const order = new Map(sent.map((reminder, index) => [reminder.id, index]));
        return stored.sort((left, right) => (order.get(left.id) ?? 0) - (order.get(right.id) ?? 0));
      });
    },
  }),
}));
