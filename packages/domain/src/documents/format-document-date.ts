import { compareCalendarDates, toCalendarDateParts, type CalendarDate } from '../dates/calendar-date.ts';
import { WEEKDAYS, type Weekday } from '../enums/domain-enums.ts';
import { ValidationError } from '../errors/domain-error.ts';
import { DOCUMENT_LOCALES, type DocumentLanguage } from './document-language.ts';
import { formatMessage } from './format-message.ts';

// A calendar date is the same day everywhere: it is formatted at midnight UTC, in UTC.
const CALENDAR_TIME_ZONE = 'UTC';
const FIRST_OF_MONTH = 1;
// 1 January 2024 was a Monday: the weekdays' names are those of the days after it.
const A_MONDAY = Date.UTC(2024, 0, 1);
const DAY_MS = 86_400_000;
const DAYS_IN_WEEK = 7;

/** The weekday and date together: "Thursday, 31 August 2023"; in French "jeudi 31 août 2023". */
const WEEKDAY_DATE_MESSAGES: Record<DocumentLanguage, string> = {
  EN: '{weekday}, {date}',
  FR: '{weekday} {date}',
};

/**
 * A meeting's dates in a sentence. `shape` says how much the two ends share: one day, the same month, the same
 * year, or neither ("from 30 December 2023 to 2 January 2024").
 */
const DATE_RANGE_MESSAGES: Record<DocumentLanguage, string> = {
  EN: '{shape, select, day {on {end}} month {from {startDay} to {end}} year {from {startDayMonth} to {end}} other {from {start} to {end}}}',
  FR: '{shape, select, day {le {end}} month {du {startDay} au {end}} year {du {startDayMonth} au {end}} other {du {start} au {end}}}',
};

/**
 * A meeting's dates in a heading or a table. The UN Editorial Manual joins the two ends with an en dash and no
 * spaces, and repeats only what differs (Intl's range format puts thin spaces around the dash in English, which
 * the PDF standard fonts cannot print, and loses the French "1er").
 */
const DATE_SPAN_MESSAGES: Record<DocumentLanguage, string> = {
  EN: '{shape, select, day {{end}} month {{startDay}–{end}} year {{startDayMonth}–{end}} other {{start}–{end}}}',
  FR: '{shape, select, day {{end}} month {{startDay}–{end}} year {{startDayMonth}–{end}} other {{start}–{end}}}',
};

function toUtcDate(date: CalendarDate): Date {
  const { year, month, day } = toCalendarDateParts(date);
  const instant = new Date(0);
  instant.setUTCFullYear(year, month - 1, day);
  return instant;
}

/** French writes the first of a month as an ordinal: "1er septembre". */
function dayText(day: string, language: DocumentLanguage): string {
  return language === 'FR' && Number(day) === FIRST_OF_MONTH ? `${day}er` : day;
}

function formatParts(date: CalendarDate, language: DocumentLanguage, parts: { month: boolean; year: boolean }): string {
  const formatter = new Intl.DateTimeFormat(DOCUMENT_LOCALES[language], {
    day: 'numeric',
    ...(parts.month && { month: 'long' }),
    ...(parts.year && { year: 'numeric' }),
    timeZone: CALENDAR_TIME_ZONE,
  });
  return formatter
    .formatToParts(toUtcDate(date))
    .map((part) => (part.type === 'day' ? dayText(part.value, language) : part.value))
    .join('');
}

/** A calendar date in words: "31 August 2023", "1er septembre 2023". */
export function formatDocumentDate(options: { date: CalendarDate; language: DocumentLanguage }): string {
  return formatParts(options.date, options.language, { month: true, year: true });
}

/** The day of the week `date` falls on. */
export function weekdayOf(date: CalendarDate): Weekday {
  // getUTCDay counts from Sunday (0); WEEKDAYS from Monday.
  const weekday = WEEKDAYS[(toUtcDate(date).getUTCDay() + DAYS_IN_WEEK - 1) % DAYS_IN_WEEK];
  if (!weekday) throw new Error(`unreachable: no weekday for ${date}`);
  return weekday;
}

/** A weekday's name in a document language: "Friday", "vendredi". */
export function formatWeekday(options: { weekday: Weekday; language: DocumentLanguage }): string {
  const day = new Date(A_MONDAY + WEEKDAYS.indexOf(options.weekday) * DAY_MS);
  return new Intl.DateTimeFormat(DOCUMENT_LOCALES[options.language], {
    weekday: 'long',
    timeZone: CALENDAR_TIME_ZONE,
  }).format(day);
}

/**
 * A calendar date with its weekday: "Thursday, 31 August 2023", "jeudi 31 août 2023". The weekday is computed from
 * the date, unless `weekdayAsIssued` gives the one a document printed (a reproduced document keeps its wording,
 * even where it disagrees with the calendar; see findIssuedWeekdayDisagreement).
 */
export function formatWeekdayDate(options: {
  date: CalendarDate;
  language: DocumentLanguage;
  weekdayAsIssued?: Weekday | null;
}): string {
  const weekday = formatWeekday({
    weekday: options.weekdayAsIssued ?? weekdayOf(options.date),
    language: options.language,
  });
  return formatMessage({
    message: WEEKDAY_DATE_MESSAGES[options.language],
    language: options.language,
    values: { weekday, date: formatDocumentDate(options) },
  });
}

/**
 * A span of days as a sentence fragment: "from 11 to 14 September 2023", "from 30 September to 2 October 2023",
 * "from 30 December 2023 to 2 January 2024", "on 11 September 2023"; in French "du 11 au 14 septembre 2023".
 */
export function formatDateRange(options: {
  start: CalendarDate;
  end: CalendarDate;
  language: DocumentLanguage;
  path?: string;
}): string {
  const { start, end, language } = options;
  assertOrdered(options);
  return formatMessage({
    message: DATE_RANGE_MESSAGES[language],
    language,
    values: { shape: spanShape(start, end), ...spanEnds(start, end, language) },
  });
}

/** How much the two ends of a span share: one day, the same month, the same year, or neither. */
function spanShape(start: CalendarDate, end: CalendarDate): 'day' | 'month' | 'year' | 'other' {
  const first = toCalendarDateParts(start);
  const last = toCalendarDateParts(end);
  if (start === end) return 'day';
  if (first.year === last.year && first.month === last.month) return 'month';
  return first.year === last.year ? 'year' : 'other';
}

/** The first day with as much as a span may need of it, and the last day in full. */
function spanEnds(
  start: CalendarDate,
  end: CalendarDate,
  language: DocumentLanguage,
): Record<'start' | 'startDayMonth' | 'startDay' | 'end', string> {
  return {
    start: formatParts(start, language, { month: true, year: true }),
    startDayMonth: formatParts(start, language, { month: true, year: false }),
    startDay: formatParts(start, language, { month: false, year: false }),
    end: formatParts(end, language, { month: true, year: true }),
  };
}

function assertOrdered(options: { start: CalendarDate; end: CalendarDate; path?: string }): void {
  if (compareCalendarDates(options.start, options.end) > 0) {
    const path = options.path ?? 'end';
    throw new ValidationError({
      issues: [{ path, message: `The last day (${options.end}) must not be before the first day (${options.start}).` }],
    });
  }
}

/** A span of days for a heading or a table: "14–17 December 2026", "30 November–3 December 2026". */
export function formatDateSpan(options: {
  start: CalendarDate;
  end: CalendarDate;
  language: DocumentLanguage;
  path?: string;
}): string {
  const { start, end, language } = options;
  assertOrdered(options);
  return formatMessage({
    message: DATE_SPAN_MESSAGES[language],
    language,
    values: { shape: spanShape(start, end), ...spanEnds(start, end, language) },
  });
}
