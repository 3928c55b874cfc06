import { toCalendarDate } from '@plenary/db';
import { DEFAULT_CONVENTION_CODE } from '@plenary/domain';
import { builder } from '../../builder.ts';
import { runInTransaction } from '../../mutations/run-in-transaction.ts';
import { sendNumberedReportReminders, sendReportReminder } from '../../use-cases/reports/send-report-reminders.ts';
import { LanguageEnum } from '../enums.ts';
import { MUTATION_ERRORS } from '../errors.ts';
import {
  CONVENTION_CODE_DESCRIPTION,
  DOCUMENT_LANGUAGE_DESCRIPTION,
  MUTATION_DATA_DESCRIPTION,
  MUTATION_INPUT_DESCRIPTION,
} from '../shared-descriptions.ts';
import { StateReferenceInput, stateReferenceKey, stateWhereUnique } from '../state-reference.ts';
import { ReportKindEnum } from '../transparency-report/type.ts';
import { ReportReminderRef } from './type.ts';

const SendReportReminderInput = builder.inputType('SendReportReminderInput', {
  description: 'One reminder note verbale to record for one overdue report.',
  fields: (t) => ({
    state: t.field({
      type: StateReferenceInput,
      required: true,
      description: 'The State reminded, by ISO code or by global ID.',
    }),
    convention: t.string({ description: CONVENTION_CODE_DESCRIPTION, defaultValue: DEFAULT_CONVENTION_CODE }),
    kind: t.field({
      description: 'Which report is overdue: the initial report (Art. 7(1)) or an annual update (Art. 7(2)).',
      type: ReportKindEnum,
      required: true,
    }),
    periodYear: t.int({
      required: true,
      description: 'The year an annual report covers; for the initial report, the year of entry into force.',
    }),
    reference: t.string({ required: true, description: 'The note’s reference, e.g. "ODA/2024-00123"; used once.' }),
    date: t.field({ type: 'Date', description: 'The note’s date (default: today).' }),
    issuingOffice: t.string({ required: true, description: 'Code of the office sending the note, e.g. "ODA".' }),
    submissionOffice: t.string({ description: 'Code of the office reports go to; the issuing office when left out.' }),
    language: t.field({ type: LanguageEnum, defaultValue: 'EN', description: DOCUMENT_LANGUAGE_DESCRIPTION }),
  }),
});

const OverdueReportInput = builder.inputType('OverdueReportInput', {
  description: 'One overdue report to remind a State of.',
  fields: (t) => ({
    state: t.string({ required: true, description: 'ISO 3166-1 alpha-3 code, e.g. "NGA".' }),
    kind: t.field({
      description: 'Which report is overdue: the initial report (Art. 7(1)) or an annual update (Art. 7(2)).',
      type: ReportKindEnum,
      required: true,
    }),
    periodYear: t.int({
      required: true,
      description: 'The year an annual report covers; for the initial report, the year of entry into force.',
    }),
  }),
});

const SendReportRemindersInput = builder.inputType('SendReportRemindersInput', {
  description: 'A numbered series of reminder notes verbales, one per overdue report, all of one date and office.',
  fields: (t) => ({
    reports: t.field({
      type: [OverdueReportInput],
      required: true,
      description: 'The overdue reports, one note each, numbered in this order.',
    }),
    referencePattern: t.string({
      required: true,
      description: 'The notes’ reference with their number as {n}, or padded as {nnnnn}: "ODA/2026-{nnnnn}".',
    }),
    firstNumber: t.int({ required: true, description: 'The number of the first note; the others follow.' }),
    convention: t.string({ description: CONVENTION_CODE_DESCRIPTION, defaultValue: DEFAULT_CONVENTION_CODE }),
    date: t.field({ type: 'Date', description: 'The notes’ date (default: today).' }),
    issuingOffice: t.string({ required: true, description: 'Code of the office sending the notes, e.g. "ODA".' }),
    submissionOffice: t.string({ description: 'Code of the office reports go to; the issuing office when left out.' }),
    language: t.field({ type: LanguageEnum, defaultValue: 'EN', description: DOCUMENT_LANGUAGE_DESCRIPTION }),
  }),
});

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
