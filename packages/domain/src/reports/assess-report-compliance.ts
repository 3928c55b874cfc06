import { assertCalendarDate, compareCalendarDates, type CalendarDate } from '../dates/calendar-date.ts';
import type { ComplianceStatus } from '../enums/domain-enums.ts';

export interface AssessReportComplianceOptions {
  /** The computed due date. */
  dueDate: CalendarDate;
  /** A stored due date that wins over the computed one. */
  dueDateOverride?: CalendarDate | null;
  /** The day the report was received, if it has been. */
  receivedDate?: CalendarDate | null;
  /** The day on which compliance is judged. */
  asOf: CalendarDate;
}

/**
 * Compliance of one Article 7 obligation as of a day. The whole due day counts: a report received on its due date
 * is on time. A report received after `asOf` is treated as not yet received, so the answer is what the secretariat
 * knew on that day.
 * - ON_TIME: received on or before the due date;
 * - LATE: received after the due date;
 * - OVERDUE: not received and the due date has passed;
 * - NOT_YET_DUE: not received and the due date has not passed.
 */
export function assessReportCompliance(options: AssessReportComplianceOptions): ComplianceStatus {
  const asOf = assertCalendarDate({ value: options.asOf, path: 'asOf' });
  const dueDate =
    options.dueDateOverride === null || options.dueDateOverride === undefined
      ? assertCalendarDate({ value: options.dueDate, path: 'dueDate' })
      : assertCalendarDate({ value: options.dueDateOverride, path: 'dueDateOverride' });
  const receivedDate =
    options.receivedDate === null || options.receivedDate === undefined
      ? null
      : assertCalendarDate({ value: options.receivedDate, path: 'receivedDate' });

  if (receivedDate !== null && compareCalendarDates(receivedDate, asOf) <= 0) {
    return compareCalendarDates(receivedDate, dueDate) <= 0 ? 'ON_TIME' : 'LATE';
  }
  return compareCalendarDates(asOf, dueDate) > 0 ? 'OVERDUE' : 'NOT_YET_DUE';
}
