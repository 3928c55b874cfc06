import { assertCalendarDate, compareCalendarDates, type CalendarDate } from '../dates/calendar-date.ts';
import type { ComplianceStatus } from '../enums/domain-enums.ts';

export interface AssessReportComplianceOptions {
  /** The computed due date. */
  dueOn: CalendarDate;
  /** A stored due date that wins over the computed one. */
  dueOnOverride?: CalendarDate | null;
  /** The day the report was received, if it has been. */
  receivedOn?: CalendarDate | null;
  /** The day on which compliance is judged. */
  asOf: CalendarDate;
  /**
   * The first day the secretariat's records of received reports are complete from (the convention's
   * `reportRecordsBeginOn`); null when they are complete from the start.
   */
  recordsBegin?: CalendarDate | null;
}

/**
 * Compliance of one Article 7 obligation as of a day. The whole due day counts: a report received on its due date
 * is on time. A report received after `asOf` is treated as not yet received, so the answer is what the secretariat
 * knew on that day.
 * - ON_TIME: received on or before the due date;
 * - LATE: received after the due date;
 * - OVERDUE: not received and the due date has passed;
 * - NOT_RECORDED: no report recorded, and it fell due before the secretariat's records begin: whether it came is
 *   unknown, so it is never counted as overdue;
 * - NOT_YET_DUE: not received and the due date has not passed.
 */
export function assessReportCompliance(options: AssessReportComplianceOptions): ComplianceStatus {
  const asOf = assertCalendarDate({ value: options.asOf, path: 'asOf' });
  const dueOn =
    options.dueOnOverride === null || options.dueOnOverride === undefined
      ? assertCalendarDate({ value: options.dueOn, path: 'dueOn' })
      : assertCalendarDate({ value: options.dueOnOverride, path: 'dueOnOverride' });
  const receivedOn =
    options.receivedOn === null || options.receivedOn === undefined
      ? null
      : assertCalendarDate({ value: options.receivedOn, path: 'receivedOn' });
  const recordsBegin =
    options.recordsBegin === null || options.recordsBegin === undefined
      ? null
      : assertCalendarDate({ value: options.recordsBegin, path: 'recordsBegin' });

  if (receivedOn !== null && compareCalendarDates(receivedOn, asOf) <= 0) {
    return compareCalendarDates(receivedOn, dueOn) <= 0 ? 'ON_TIME' : 'LATE';
  }
  if (compareCalendarDates(asOf, dueOn) <= 0) return 'NOT_YET_DUE';
  // A report received after `asOf` is a record: it was known not to have come by then.
  const unknown = receivedOn === null && recordsBegin !== null && compareCalendarDates(dueOn, recordsBegin) < 0;
  return unknown ? 'NOT_RECORDED' : 'OVERDUE';
}
