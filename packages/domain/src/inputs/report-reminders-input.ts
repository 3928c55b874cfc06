import { z } from 'zod';
import { REPORT_KINDS, TITLE_LANGUAGES } from '../enums/domain-enums.ts';
import {
  calendarDateSchema,
  enumSchema,
  iso3Schema,
  textSchema,
  wholeNumberSchema,
  yearSchema,
} from './common-schemas.ts';

/** More reminders than States Parties at once is a mistake, not a mailing. */
export const MAX_REMINDERS_AT_ONCE = 200;
const REFERENCE_LENGTH = 200;
const OFFICE_CODE_LENGTH = 50;
const MAX_REFERENCE_NUMBER = 99_999_999;

// "{n}" is the number as it is, "{nnnnn}" the number padded with zeros to five digits ("ODA/2026-00123").
const NUMBER_PLACEHOLDER = /\{(n+)\}/g;

/**
 * The references of `count` notes numbered from `firstNumber` in a pattern: "ODA/2026-{nnnnn}" from 123 gives
 * "ODA/2026-00123", "ODA/2026-00124", ...
 */
export function numberReminderReferences(options: { pattern: string; firstNumber: number; count: number }): string[] {
  const { pattern, firstNumber, count } = options;
  return Array.from({ length: count }, (_unused, index) =>
    pattern.replace(NUMBER_PLACEHOLDER, (_placeholder, digits: string) =>
      String(firstNumber + index).padStart(digits.length, '0'),
    ),
  );
}

const overdueReportSchema = z.object({
  state: iso3Schema,
  kind: enumSchema(REPORT_KINDS, 'The kind of report'),
  /** The year an annual report covers; for the initial report, the year of entry into force. */
  periodYear: yearSchema('The year of the report'),
});

/**
 * Reminders of overdue Article 7 reports sent to several States at once: the reports, one note each, numbered in
 * the order given from a reference pattern; the same date, offices and language for all.
 */
export const reportRemindersInputSchema = z
  .object({
    reports: z
      .array(overdueReportSchema)
      .min(1, { error: 'Name at least one overdue report to remind.' })
      .max(MAX_REMINDERS_AT_ONCE, { error: `At most ${MAX_REMINDERS_AT_ONCE} reminders can be sent at once.` }),
    referencePattern: textSchema({ label: 'The reference pattern', max: REFERENCE_LENGTH }).refine(
      (pattern) => (pattern.match(NUMBER_PLACEHOLDER) ?? []).length === 1,
      {
        error:
          'The reference pattern must hold the note’s number once, as {n} or padded as {nnnnn}: "ODA/2026-{nnnnn}".',
      },
    ),
    firstNumber: wholeNumberSchema({ label: 'The first note number', min: 1, max: MAX_REFERENCE_NUMBER }),
    date: calendarDateSchema('The date of the notes'),
    issuingOffice: textSchema({ label: 'The issuing office', max: OFFICE_CODE_LENGTH }),
    submissionOffice: textSchema({ label: 'The office reports go to', max: OFFICE_CODE_LENGTH }).optional(),
    language: enumSchema(TITLE_LANGUAGES, 'The language of the notes'),
  })
  .superRefine((input, context) => {
    const seen = new Set<string>();
    input.reports.forEach((report, index) => {
      // A State owes one initial report, whatever year is given for it.
      const key = report.kind === 'INITIAL' ? `${report.state}|INITIAL` : `${report.state}|ANNUAL|${report.periodYear}`;
      if (seen.has(key)) {
        context.addIssue({
          code: 'custom',
          path: ['reports', index],
          message: `The ${report.kind.toLowerCase()} report of ${report.state} is listed twice; one reminder each.`,
        });
      }
      seen.add(key);
    });
  });
