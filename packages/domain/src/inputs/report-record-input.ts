import { z } from 'zod';
import { FORM_LETTERS, FORM_STATUSES, REPORT_CHANNELS, REPORT_KINDS } from '../enums/domain-enums.ts';
import { validateReportForms } from '../reports/validate-report-forms.ts';
import { businessDateSchema, enumSchema, yearSchema } from './common-schemas.ts';

const reportFormInputSchema = z.object({
  letter: enumSchema(FORM_LETTERS, 'The form'),
  status: enumSchema(FORM_STATUSES, 'The form status'),
  unchangedSinceYear: yearSchema('The year "unchanged since"').optional(),
});
export type ReportFormInput = z.infer<typeof reportFormInputSchema>;

const formsSchema = z.array(reportFormInputSchema, { error: 'The forms must be a list, one entry per form A-J.' });

function addFormIssues(options: {
  kind: (typeof REPORT_KINDS)[number];
  coveredYear: number;
  forms: z.infer<typeof formsSchema>;
  ctx: z.RefinementCtx;
}): void {
  const { issues } = validateReportForms({
    kind: options.kind,
    coveredYear: options.coveredYear,
    forms: options.forms,
  });
  for (const issue of issues)
    options.ctx.addIssue({ code: 'custom', path: issue.path.split('.'), message: issue.message });
}

/**
 * An Article 7 report as received: its kind and year; the period and due date follow from the State's entry into
 * force (describeReportObligation) unless `dueOn` records a published date that differs. Forms are optional when
 * the report is recorded; when given, every problem with them is reported (validateReportForms).
 */
export const reportRecordInputSchema = z
  .object({
    kind: enumSchema(REPORT_KINDS, 'The kind of report'),
    /** The calendar year covered (annual) or the year of entry into force (initial). */
    periodYear: yearSchema('The year covered'),
    receivedOn: businessDateSchema('The date received').optional(),
    channel: enumSchema(REPORT_CHANNELS, 'The channel').optional(),
    dueOn: businessDateSchema('The due date').optional(),
    forms: formsSchema.optional(),
  })
  .superRefine((report, ctx) => {
    if (report.forms !== undefined)
      addFormIssues({ kind: report.kind, coveredYear: report.periodYear, forms: report.forms, ctx });
  });

/** New forms A-J for a stored report of `kind` covering `periodYear`. */
export function reportFormsInputSchema(options: { kind: (typeof REPORT_KINDS)[number]; periodYear: number }) {
  return z.object({ forms: formsSchema }).superRefine((input, ctx) => {
    addFormIssues({ kind: options.kind, coveredYear: options.periodYear, forms: input.forms, ctx });
  });
}
