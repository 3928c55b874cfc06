import { compareCalendarDates, type CalendarDate } from '../dates/calendar-date.ts';
import type { ValidationIssue } from '../errors/domain-error.ts';

/**
 * The day from which the secretariat's records of Article 7 reports are complete. It is a fact about the past, so
 * it cannot be after today; and no report falls due before the Convention enters into force, so a day before that
 * says nothing more than entry into force itself (records complete from the start). Issues are at
 * `reportRecordsBeginOn`.
 */
export function validateReportRecordsBegin(options: {
  reportRecordsBeginOn: CalendarDate;
  conventionEntryIntoForce: CalendarDate | null;
  today: CalendarDate;
}): { issues: ValidationIssue[] } {
  const { reportRecordsBeginOn, conventionEntryIntoForce, today } = options;
  const issues: ValidationIssue[] = [];
  if (conventionEntryIntoForce !== null && compareCalendarDates(reportRecordsBeginOn, conventionEntryIntoForce) < 0) {
    issues.push({
      path: 'reportRecordsBeginOn',
      message: `Records cannot begin before the Convention entered into force (${conventionEntryIntoForce}); give that day for records complete from the start. Got ${reportRecordsBeginOn}.`,
    });
  }
  if (compareCalendarDates(reportRecordsBeginOn, today) > 0) {
    issues.push({
      path: 'reportRecordsBeginOn',
      message: `Records cannot begin after today (${today}); got ${reportRecordsBeginOn}.`,
    });
  }
  return { issues };
}
