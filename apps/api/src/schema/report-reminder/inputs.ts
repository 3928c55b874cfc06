import { DEFAULT_CONVENTION_CODE } from '@plenary/domain';
import { builder, type InputFieldBuilder } from '../../builder.ts';
import { LanguageEnum } from '../enums.ts';
import { CONVENTION_CODE_DESCRIPTION, DOCUMENT_LANGUAGE_DESCRIPTION } from '../shared-descriptions.ts';
import { StateReferenceInput } from '../state-reference.ts';
import { ReportKindEnum } from '../transparency-report/enums.ts';

/** Which report is overdue, as one note names it and as each report of a series does. */
function overdueReportFields(t: InputFieldBuilder) {
  return {
    kind: t.field({
      description: 'Which report is overdue: the initial report (Art. 7(1)) or an annual update (Art. 7(2)).',
      type: ReportKindEnum,
      required: true,
    }),
    periodYear: t.int({
      required: true,
      description: 'The year an annual report covers; for the initial report, the year of entry into force.',
    }),
  };
}

export const SendReportReminderInput = builder.inputType('SendReportReminderInput', {
  description: 'One reminder note verbale to record for one overdue report.',
  fields: (t) => ({
    state: t.field({
      type: StateReferenceInput,
      required: true,
      description: 'The State reminded, by ISO code or by global ID.',
    }),
    convention: t.string({ description: CONVENTION_CODE_DESCRIPTION, defaultValue: DEFAULT_CONVENTION_CODE }),
    ...overdueReportFields(t),
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
    ...overdueReportFields(t),
  }),
});

export const SendReportRemindersInput = builder.inputType('SendReportRemindersInput', {
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
