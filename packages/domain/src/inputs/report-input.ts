import { z } from 'zod';
import { FORM_LETTERS, FORM_STATUSES, REPORT_CHANNELS, REPORT_KINDS } from '../enums/domain-enums.ts';
import { validateReportForms } from '../reports/validate-report-forms.ts';
import { businessDateSchema, calendarDateSchema, enumSchema, requireOrder, stateCodeSchema, yearSchema } from './common-schemas.ts';

export const reportFormInputSchema = z.object({
  letter: enumSchema(FORM_LETTERS, 'The form'),
  status: enumSchema(FORM_STATUSES, 'The form status'),
  unchangedSinceYear: yearSchema('The year "unchanged since"').optional(),
});
export type ReportFormInput = z.infer<typeof reportFormInputSchema>;

/** The header of an Article 7 report, as recorded by the secretariat. */
export const reportHeaderInputSchema = z
  .object({
    stateCode: stateCodeSchema,
    kind: enumSchema(REPORT_KINDS, 'The kind of report'),
    /** The calendar year covered (annual) or the year of entry into force (initial). */
    coveredYear: yearSchema('The year covered'),
    periodStart: calendarDateSchema('The start of the period covered'),
    periodEnd: calendarDateSchema('The end of the period covered'),
    /** A published due date that differs from the computed one; it wins. */
    dueDateOverride: businessDateSchema('The due date').optional(),
    receivedDate: businessDateSchema('The date received').optional(),
    channel: enumSchema(REPORT_CHANNELS, 'The channel').optional(),
    published: z.boolean({ error: 'Published must be true or false.' }).default(false),
  })
  .superRefine((header, ctx) => {
    requireOrder({ earlier: header.periodStart, later: header.periodEnd, path: ['periodEnd'], message: 'The period covered cannot end before it starts.', ctx });
    requireOrder({ earlier: header.periodEnd, later: header.receivedDate, path: ['receivedDate'], message: 'A report cannot be received before the period it covers ends.', ctx });
  });
export type ReportHeaderInput = z.infer<typeof reportHeaderInputSchema>;

/** A report with its forms A-J; every form problem is reported (see validateReportForms). */
export const reportSubmissionInputSchema = z
  .object({
    header: reportHeaderInputSchema,
    forms: z.array(reportFormInputSchema, { error: 'The forms must be a list, one entry per form A-J.' }),
  })
  .superRefine((report, ctx) => {
    const { issues } = validateReportForms({ kind: report.header.kind, coveredYear: report.header.coveredYear, forms: report.forms });
    for (const issue of issues) ctx.addIssue({ code: 'custom', path: issue.path.split('.'), message: issue.message });
  });
export type ReportSubmissionInput = z.infer<typeof reportSubmissionInputSchema>;
