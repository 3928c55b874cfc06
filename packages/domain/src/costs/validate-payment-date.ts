import { compareCalendarDates, type CalendarDate } from '../dates/calendar-date.ts';
import type { ValidationIssue } from '../errors/domain-error.ts';

/**
 * A payment answers an assessment notice sent once the meeting was convened (Art. 14), so it cannot be received
 * before the meeting was convened, nor after today. Issues are at `receivedOn`; a draft's `convenedOn` is null.
 */
export function validatePaymentDate(options: {
  receivedOn: CalendarDate;
  convenedOn: CalendarDate | null;
  today: CalendarDate;
}): { issues: ValidationIssue[] } {
  const { receivedOn, convenedOn, today } = options;
  const issues: ValidationIssue[] = [];
  if (convenedOn !== null && compareCalendarDates(receivedOn, convenedOn) < 0) {
    issues.push({
      path: 'receivedOn',
      message: `A payment cannot be received before the meeting was convened (${convenedOn}); got ${receivedOn}.`,
    });
  }
  if (compareCalendarDates(receivedOn, today) > 0) {
    issues.push({
      path: 'receivedOn',
      message: `A payment cannot be received after today (${today}); got ${receivedOn}.`,
    });
  }
  return { issues };
}
