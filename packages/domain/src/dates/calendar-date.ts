import { ValidationError } from '../errors/domain-error.ts';

/**
 * A calendar date as `YYYY-MM-DD`, with no time and no time zone: "deposited on 2023-02-28" is the same day
 * everywhere. Dates are plain strings so they pass unchanged through the database, GraphQL and JSON; every rule
 * function checks the dates it is given.
 */
export type CalendarDate = string;

export interface CalendarDateParts {
  year: number;
  /** 1-12 */
  month: number;
  /** 1-31 */
  day: number;
}

const CALENDAR_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTHS_IN_YEAR = 12;
const FIRST_DAY_OF_MONTH = 1;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in a month of the proleptic Gregorian calendar; month is 1-12. */
export function daysInMonth(options: { year: number; month: number }): number {
  const { year, month } = options;
  // Computed, not read from a Date: every date a rule compares is checked, a thousand of them for a page of States.
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month === 2 && leap ? 29 : (DAYS_IN_MONTH[month - 1] ?? Number.NaN);
}

/** True when `value` is a `YYYY-MM-DD` string naming a day that exists (2023-02-29 does not). */
export function isCalendarDate(value: unknown): value is CalendarDate {
  if (typeof value !== 'string') return false;
  const match = CALENDAR_DATE_PATTERN.exec(value);
  if (!match) return false;
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > MONTHS_IN_YEAR || day < FIRST_DAY_OF_MONTH) return false;
  return day <= daysInMonth({ year: Number(match[1]), month });
}

/** Throws a ValidationError (at `path`) unless `value` is a real `YYYY-MM-DD` date. */
export function assertCalendarDate(options: { value: unknown; path: string }): CalendarDate {
  if (!isCalendarDate(options.value)) {
    throw new ValidationError({
      issues: [
        {
          path: options.path,
          message: `${options.path || 'The date'} must be a real calendar date written YYYY-MM-DD (for example 2023-08-31); got ${JSON.stringify(options.value)}.`,
        },
      ],
    });
  }
  return options.value;
}

export function toCalendarDateParts(date: CalendarDate): CalendarDateParts {
  const valid = assertCalendarDate({ value: date, path: 'date' });
  return { year: Number(valid.slice(0, 4)), month: Number(valid.slice(5, 7)), day: Number(valid.slice(8, 10)) };
}

/** Formats parts as `YYYY-MM-DD`; throws when the day does not exist. */
export function formatCalendarDate(parts: CalendarDateParts): CalendarDate {
  const text = `${String(parts.year).padStart(4, '0')}-${String(parts.month).padStart(2, '0')}-${String(parts.day).padStart(2, '0')}`;
  return assertCalendarDate({ value: text, path: 'date' });
}

/**
 * Orders two calendar dates: negative when `a` is earlier, 0 when equal, positive when later. Positional (not an
 * options object) so that it can be passed straight to `Array.prototype.sort`.
 */
export function compareCalendarDates(a: CalendarDate, b: CalendarDate): number {
  const first = assertCalendarDate({ value: a, path: 'date' });
  const second = assertCalendarDate({ value: b, path: 'date' });
  // Zero-padded ISO dates sort lexically in calendar order.
  if (first === second) return 0;
  return first < second ? -1 : 1;
}

export function yearOf(date: CalendarDate): number {
  return toCalendarDateParts(date).year;
}
