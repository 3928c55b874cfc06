import { ValidationError } from '@plenary/domain';
import { parse } from 'csv-parse/sync';

/**
 * The records of CSV text given to an import mutation, keyed by its header row (lines starting with # are comments).
 * Text too long or unreadable is a ValidationError on `csv`; checking the columns is the caller's.
 */
export function readCsvRecords(options: { text: string; maxLength: number }): Record<string, string>[] {
  const { text, maxLength } = options;
  if (text.length > maxLength) throw csvError(`The CSV text is too long: at most ${maxLength} characters.`);
  try {
    return parse(text, { columns: true, comment: '#', skip_empty_lines: true, trim: true, bom: true }) as Record<string, string>[];
  } catch (error) {
    throw csvError(`The CSV text cannot be read: ${error instanceof Error ? error.message : 'unknown error'}.`);
  }
}

export function csvError(message: string): ValidationError {
  return new ValidationError({ issues: [{ path: 'csv', message }] });
}
