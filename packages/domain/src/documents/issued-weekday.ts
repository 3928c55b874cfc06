import type { CalendarDate } from '../dates/calendar-date.ts';
import type { Weekday } from '../enums/domain-enums.ts';
import { formatDocumentDate, formatWeekday, weekdayOf } from './format-document-date.ts';

/** A document as issued names a date with a weekday the calendar does not give that date. */
export interface IssuedWeekdayDisagreement {
  date: CalendarDate;
  weekdayAsIssued: Weekday;
  weekdayOfDate: Weekday;
  /** For the secretariat, in English: what the document says, what the calendar says, and what Plenary does. */
  message: string;
}

/**
 * Whether a weekday printed beside `date` in a document as issued disagrees with the calendar: null when none was
 * recorded or when they agree. The document is still reproduced as issued; this only tells the secretariat, who
 * may correct the date or issue a corrigendum.
 */
export function findIssuedWeekdayDisagreement(options: {
  date: CalendarDate;
  weekdayAsIssued: Weekday | null | undefined;
  what: string;
}): IssuedWeekdayDisagreement | null {
  const { date, weekdayAsIssued, what } = options;
  if (!weekdayAsIssued) return null;
  const weekdayOfDate = weekdayOf(date);
  if (weekdayOfDate === weekdayAsIssued) return null;
  const day = formatDocumentDate({ date, language: 'EN' });
  const printed = formatWeekday({ weekday: weekdayAsIssued, language: 'EN' });
  const actual = formatWeekday({ weekday: weekdayOfDate, language: 'EN' });
  return {
    date,
    weekdayAsIssued,
    weekdayOfDate,
    message: `The note as issued gives ${what} as ${printed}, ${day}, but ${day} is a ${actual}. Plenary reproduces the note as issued; correct the date or the weekday if the note is to be reissued.`,
  };
}
