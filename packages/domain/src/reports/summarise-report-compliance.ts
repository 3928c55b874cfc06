import { assertCalendarDate, compareCalendarDates, yearOf, type CalendarDate } from '../dates/calendar-date.ts';
import { COMPLIANCE_STATUSES, type ComplianceStatus, type ReportKind } from '../enums/domain-enums.ts';
import { assessReportCompliance } from './assess-report-compliance.ts';

export interface StateReportObligation {
  /** ISO 3166 alpha-3 code of the State. */
  stateCode: string;
  kind: ReportKind;
  dueDate: CalendarDate;
  dueDateOverride?: CalendarDate | null;
  receivedDate?: CalendarDate | null;
}

export interface StateComplianceLine {
  stateCode: string;
  kind: ReportKind;
  /** The due date that applied (override or computed). */
  dueDate: CalendarDate;
  receivedDate: CalendarDate | null;
  status: ComplianceStatus;
}

export interface ComplianceSummary {
  year: number;
  asOf: CalendarDate;
  /** The first day the secretariat's records are complete from; null when complete from the start. */
  recordsBegin: CalendarDate | null;
  total: number;
  /** One count per status; NOT_RECORDED (unknown) lines are counted apart, never as OVERDUE. */
  totals: Record<ComplianceStatus, number>;
  /** One line per obligation, ordered by State code, then due date, then kind. */
  lines: StateComplianceLine[];
}

/**
 * Compliance across many States for the obligations falling due in `year` (by the due date that applies), judged
 * as of `asOf`: a line per obligation and a total per status. Obligations due in other years are ignored. With
 * `recordsBegin`, an obligation due before it with no report recorded is NOT_RECORDED (assessReportCompliance).
 */
export function summariseReportCompliance(options: {
  year: number;
  asOf: CalendarDate;
  recordsBegin?: CalendarDate | null;
  obligations: readonly StateReportObligation[];
}): ComplianceSummary {
  const asOf = assertCalendarDate({ value: options.asOf, path: 'asOf' });
  const recordsBegin = options.recordsBegin ?? null;
  const totals = Object.fromEntries(COMPLIANCE_STATUSES.map((status) => [status, 0])) as Record<
    ComplianceStatus,
    number
  >;
  const lines: StateComplianceLine[] = [];
  for (const obligation of options.obligations) {
    const dueDate = obligation.dueDateOverride ?? obligation.dueDate;
    if (yearOf(dueDate) !== options.year) continue;
    const receivedDate = obligation.receivedDate ?? null;
    const status = assessReportCompliance({ dueDate, receivedDate, asOf, recordsBegin });
    totals[status] += 1;
    // What the secretariat knew on `asOf`: a report received later is shown as not yet received.
    const knownReceivedDate =
      receivedDate !== null && compareCalendarDates(receivedDate, asOf) <= 0 ? receivedDate : null;
    lines.push({
      stateCode: obligation.stateCode,
      kind: obligation.kind,
      dueDate,
      receivedDate: knownReceivedDate,
      status,
    });
  }
  lines.sort(
    (a, b) =>
      (a.stateCode < b.stateCode ? -1 : a.stateCode > b.stateCode ? 1 : 0) ||
      compareCalendarDates(a.dueDate, b.dueDate) ||
      (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0),
  );
  return { year: options.year, asOf, recordsBegin, total: lines.length, totals, lines };
}
