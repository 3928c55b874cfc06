import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { z } from 'zod';

/** The committed data files the seed loads (packages/db/data); their `#` lines say where each fact comes from. */
export const DATA_DIR = path.resolve(import.meta.dirname, '../../data');

const PROVENANCE_MARK = '#';
const CALENDAR_DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

export interface DataFile<Row> {
  name: string;
  /** The file's `#` lines, without the mark: its provenance, kept with whatever is loaded from it. */
  provenance: string[];
  rows: Row[];
}

function isRealCalendarDate(value: string): boolean {
  // Date parsing rolls 2023-02-30 over to March; a real date survives the round trip unchanged.
  const parsed = new Date(value);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
}

export const calendarDateColumn = z
  .string()
  .regex(CALENDAR_DATE_PATTERN, 'must be a date written YYYY-MM-DD')
  .refine(isRealCalendarDate, 'must be a real calendar date');

/** An empty cell is a fact not held (an accession has no signature date), never a guess. */
export const optionalCalendarDateColumn = z
  .union([z.literal(''), calendarDateColumn])
  .transform((value) => (value === '' ? null : value));

export const optionalTextColumn = z.string().transform((value) => (value.trim() === '' ? null : value.trim()));

export const iso3Column = z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 3166 alpha-3 code such as NOR');

/**
 * Reads one CSV data file: its provenance lines, then rows checked against `row`. A bad cell stops the seed with
 * the file, the row and the column, so a data error is found where it was made.
 */
export async function readDataFile<Row extends z.ZodType>(options: {
  name: string;
  row: Row;
  dataDir?: string;
}): Promise<DataFile<z.output<Row>>> {
  const text = await readFile(path.join(options.dataDir ?? DATA_DIR, options.name), 'utf8');
  const provenance = text
    .split('\n')
    .filter((line) => line.startsWith(PROVENANCE_MARK))
    .map((line) => line.slice(PROVENANCE_MARK.length).trim());
  const records: Record<string, string>[] = parse(text, {
    columns: true,
    comment: PROVENANCE_MARK,
    comment_no_infix: true,
    skip_empty_lines: true,
  });
  const rows = records.map((record, index) => {
    const result = options.row.safeParse(record);
    if (!result.success) {
      const problems = result.error.issues
        .map((issue) => `${issue.path.join('.') || 'row'} ${issue.message}`)
        .join('; ');
      throw new Error(`${options.name}, data row ${index + 1}: ${problems}`);
    }
    return result.data;
  });
  return { name: options.name, provenance, rows };
}

/** A calendar date as Prisma stores it in a `@db.Date` column: UTC midnight of that day. */
export function databaseDate(date: string): Date {
  return new Date(date);
}

/** Same, for a date that may not be held. */
export function optionalDatabaseDate(date: string | null): Date | null {
  return date === null ? null : databaseDate(date);
}
