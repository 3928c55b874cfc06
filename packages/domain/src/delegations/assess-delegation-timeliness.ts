import { addCalendarDays } from '../dates/add-calendar-time.ts';
import { assertCalendarDate, type CalendarDate } from '../dates/calendar-date.ts';
import { startOfCalendarDayInTimeZone, toInstant, type Instant } from '../dates/time-zone.ts';
import type { DelegationTimeliness } from '../enums/domain-enums.ts';

const NEXT_DAY = 1;

/**
 * The first instant after a deadline day: the whole deadline day counts, in the meeting's time zone
 * (31 August 2023 in Europe/Zurich ends at 2023-08-31T22:00:00Z, midnight summer time).
 */
export function deadlineEndInstant(options: { deadline: CalendarDate; timeZone: string }): Date {
  const deadline = assertCalendarDate({ value: options.deadline, path: 'deadline' });
  return startOfCalendarDayInTimeZone({
    date: addCalendarDays({ date: deadline, days: NEXT_DAY }),
    timeZone: options.timeZone,
  });
}

/**
 * Whether a submission or amendment made at `at` falls after the deadline in force: the deadline is read each time,
 * never stored with the delegation, so moving it moves every verdict. A meeting without a deadline has nothing late.
 */
export function isAfterDeadline(options: { at: Instant; deadline: CalendarDate | null; timeZone: string }): boolean {
  const at = toInstant({ value: options.at, path: 'at' });
  if (options.deadline === null) return false;
  return at.getTime() >= deadlineEndInstant({ deadline: options.deadline, timeZone: options.timeZone }).getTime();
}

/** ON_TIME when the delegation was submitted before the end of the deadline day in force, in the meeting's time zone. */
export function assessDelegationTimeliness(options: {
  submittedAt: Instant;
  deadline: CalendarDate | null;
  timeZone: string;
}): DelegationTimeliness {
  return isAfterDeadline({ at: options.submittedAt, deadline: options.deadline, timeZone: options.timeZone })
    ? 'LATE'
    : 'ON_TIME';
}
