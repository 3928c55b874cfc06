import { assertCalendarDate, compareCalendarDates, yearOf, type CalendarDate } from '../dates/calendar-date.ts';
import { COMPLIANCE_STATUSES, type ComplianceStatus, type ReportKind } from '../enums/domain-enums.ts';
import { assessReportCompliance } from './assess-report-compliance.ts';

export interface StateReportObligation {
  /** ISO 3166 alpha-3 code of the State. */
  iso3: string;
  kind: ReportKind;
  dueOn: CalendarDate;
  dueOnOverride?: CalendarDate | null;
  receivedOn?: CalendarDate | null;
}

export interface StateComplianceLine {
  iso3: string;
  kind: ReportKind;
  /** The due date that applied (override or computed). */
  dueOn: CalendarDate;
  receivedOn: CalendarDate | null;
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
    const dueOn = obligation.dueOnOverride ?? obligation.dueOn;
    if (yearOf(dueOn) !== options.year) continue;
    const receivedOn = obligation.receivedOn ?? null;
    const status = assessReportCompliance({ dueOn, receivedOn, asOf, recordsBegin });
    totals[status] += 1;
    // What the secretariat knew on `asOf`: a report received later is shown as not yet received.
    const knownReceivedOn = receivedOn !== null && compareCalendarDates(receivedOn, asOf) <= 0 ? receivedOn : null;
    lines.push({
      iso3: obligation.iso3,
      kind: obligation.kind,
      dueOn,
      receivedOn: knownReceivedOn,
      status,
    });
  }
  lines.sort(
    (a, b) =>
      (a.iso3 < b.iso3 ? -1 : a.iso3 > b.iso3 ? 1 : 0) ||
      compareCalendarDates(a.dueOn, b.dueOn) ||
      (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0),
  );
  return { year: options.year, asOf, recordsBegin, total: lines.length, totals, lines };
}
