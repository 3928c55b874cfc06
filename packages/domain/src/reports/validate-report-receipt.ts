import { compareCalendarDates, type CalendarDate } from '../dates/calendar-date.ts';
import type { ValidationIssue } from '../errors/domain-error.ts';

/**
 * An Article 7 report reports on a period, so it cannot be recorded while that period is still running (a report
 * "for 2099"), cannot arrive before the period ends (the initial report's period ends on entry into force, an
 * annual report's on 31 December of the year covered), nor after today. A period still running is said at
 * `periodYear` alone, since no date received could then be right; the other issues are at `receivedOn`.
 */
export function validateReportReceipt(options: {
  receivedOn: CalendarDate;
  periodEnd: CalendarDate;
  today: CalendarDate;
}): { issues: ValidationIssue[] } {
  const { receivedOn, periodEnd, today } = options;
  if (compareCalendarDates(periodEnd, today) > 0) {
    return {
      issues: [
        {
          path: 'periodYear',
          message: `The period this report covers ends on ${periodEnd}, after today (${today}); a report on it cannot have been received yet.`,
        },
      ],
    };
  }
  const issues: ValidationIssue[] = [];
  if (compareCalendarDates(receivedOn, periodEnd) < 0) {
    issues.push({
      path: 'receivedOn',
      message: `A report cannot be received before the period it covers ends (${periodEnd}); got ${receivedOn}.`,
    });
  }
  if (compareCalendarDates(receivedOn, today) > 0) {
    issues.push({
      path: 'receivedOn',
      message: `A report cannot be received after today (${today}); got ${receivedOn}.`,
    });
  }
  return { issues };
}
