import { ValidationError } from '@plenary/domain';
import { parse } from 'csv-parse/sync';

/**
 * Records one import may hold: every State's reports for fifteen years fit, and the import's statements and the list
 * its answer returns (priced per record by query-cost.ts) stay bounded.
 */
export const CSV_MAX_RECORDS = 2_000;

/** Appended to the description of every CSV input, so a partner knows the limit before meeting it. */
export const CSV_LIMIT_DESCRIPTION = `At most ${CSV_MAX_RECORDS} rows in one import; more is a ValidationError on this field: split the text.`;

/**
 * The records of CSV text given to an import mutation, keyed by its header row (lines starting with # are comments).
 * Text too long, with more than CSV_MAX_RECORDS records, or unreadable is a ValidationError on `csv`; checking the
 * columns is the caller's.
 */
export function readCsvRecords(options: { text: string; maxLength: number }): Record<string, string>[] {
  const { text, maxLength } = options;
  if (text.length > maxLength) throw csvError(`The CSV text is too long: at most ${maxLength} characters.`);
  let records: Record<string, string>[];
  try {
    // One record past the limit is enough to refuse: the rest is not parsed.
    records = parse<Record<string, string>>(text, {
      columns: true,
      comment: '#',
      skip_empty_lines: true,
      trim: true,
      bom: true,
      to: CSV_MAX_RECORDS + 1,
    });
  } catch (error) {
    throw csvError(`The CSV text cannot be read: ${error instanceof Error ? error.message : 'unknown error'}.`);
  }
  if (records.length > CSV_MAX_RECORDS)
    throw csvError(
      `The CSV text has too many rows: at most ${CSV_MAX_RECORDS} in one import. Split it into several imports.`,
    );
  return records;
}

export function csvError(message: string): ValidationError {
  return new ValidationError({ issues: [{ path: 'csv', message }] });
}
