import { TZDate } from '@date-fns/tz';
import { ValidationError } from '../errors/domain-error.ts';
import { formatCalendarDate, toCalendarDateParts, type CalendarDate } from './calendar-date.ts';
import { isTimeZone } from './is-time-zone.ts';

/** An instant: a JavaScript Date or an ISO 8601 string with an offset or `Z`. */
export type Instant = Date | string;

const ISO_INSTANT_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

export function assertTimeZone(options: { value: unknown; path: string }): string {
  if (!isTimeZone(options.value)) {
    throw new ValidationError({
      issues: [
        {
          path: options.path,
          message: `${options.path} must be an IANA time zone name such as Europe/Zurich; got ${JSON.stringify(options.value)}.`,
        },
      ],
    });
  }
  return options.value;
}

/**
 * Reads an instant. Strings must carry an offset or `Z`: a bare local time would be read in the server's zone,
 * which is exactly the bug this guards against.
 */
export function toInstant(options: { value: Instant; path: string }): Date {
  const { value, path } = options;
  const instant = typeof value === 'string' && ISO_INSTANT_WITH_OFFSET.test(value) ? new Date(value) : value;
  if (!(instant instanceof Date) || Number.isNaN(instant.getTime())) {
    throw new ValidationError({
      issues: [
        {
          path,
          message: `${path} must be a date and time with its offset, such as 2023-08-31T17:30:00+02:00 or 2023-08-31T15:30:00Z; got ${JSON.stringify(value)}.`,
        },
      ],
    });
  }
  return instant;
}

/** The calendar date an instant falls on in a time zone. */
export function calendarDateInTimeZone(options: { instant: Instant; timeZone: string }): CalendarDate {
  const instant = toInstant({ value: options.instant, path: 'instant' });
  const zoned = new TZDate(instant.getTime(), assertTimeZone({ value: options.timeZone, path: 'timeZone' }));
  return formatCalendarDate({ year: zoned.getFullYear(), month: zoned.getMonth() + 1, day: zoned.getDate() });
}

/** The instant a calendar day begins (local midnight) in a time zone. */
export function startOfCalendarDayInTimeZone(options: { date: CalendarDate; timeZone: string }): Date {
  const { year, month, day } = toCalendarDateParts(options.date);
  const zoned = new TZDate(
    year,
    month - 1,
    day,
    0,
    0,
    0,
    assertTimeZone({ value: options.timeZone, path: 'timeZone' }),
  );
  return new Date(zoned.getTime());
}
