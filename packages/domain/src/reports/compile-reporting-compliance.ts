import type { CalendarDate } from '../dates/calendar-date.ts';
import type { ComplianceStatus, ReportKind } from '../enums/domain-enums.ts';
import type { ConventionRules } from '../treaty/convention-rules.ts';
import { listReportObligations } from './list-report-obligations.ts';
import { summariseReportCompliance, type StateReportObligation } from './summarise-report-compliance.ts';

// A stored due date moves an obligation by a few days, never by more than a year (listReportObligations looks one
// year either side): an obligation falling due in `year` covers a period of year - 2 (initial report) up to year + 1.
const PERIOD_YEARS_BEFORE = 2;
const PERIOD_YEARS_AFTER = 1;

/** A State whose Convention is in force, as its treaty record says. */
export interface ReportingStateRecord<State extends { id: string; iso3: string }> {
  state: State;
  entryIntoForce: CalendarDate;
  withdrawalEffective: CalendarDate | null;
}

/** A report the secretariat has recorded (TransparencyReport): its due date wins when `dueOnOverridden`. */
export interface RecordedReport {
  stateId: string;
  kind: ReportKind;
  /** The year covered (annual report) or of entry into force (initial report). */
  periodYear: number;
  dueOn: CalendarDate;
  dueOnOverridden: boolean;
  receivedOn: CalendarDate | null;
}

export interface ReportingComplianceLine<State, Report> {
  state: State;
  kind: ReportKind;
  periodYear: number;
  /** The due date that applies: the recorded one when it differs (`dueOnOverridden`), else the computed one. */
  dueOn: CalendarDate;
  dueOnOverridden: boolean;
  /** The day the report was received, if that was on or before `asOf`. */
  receivedOn: CalendarDate | null;
  status: ComplianceStatus;
  /** The recorded report meeting the obligation, if there is one. */
  report: Report | null;
}

export interface ReportingCompliance<State, Report> {
  year: number;
  asOf: CalendarDate;
  recordsBegin: CalendarDate | null;
  totals: Record<ComplianceStatus, number>;
  /** One line per obligation, ordered by State code, then due date, then kind. */
  lines: ReportingComplianceLine<State, Report>[];
}

/** The period years of the recorded reports that can bear on the obligations falling due in `year`. */
export function periodYearsFallingDueIn(options: { year: number }): { fromPeriodYear: number; toPeriodYear: number } {
  return { fromPeriodYear: options.year - PERIOD_YEARS_BEFORE, toPeriodYear: options.year + PERIOD_YEARS_AFTER };
}

function obligationKey(stateId: string, kind: ReportKind, periodYear: number): string {
  // A State has one initial report, whatever year is recorded for it.
  return kind === 'INITIAL' ? `${stateId}|INITIAL` : `${stateId}|ANNUAL|${periodYear}`;
}

/**
 * Every State's Article 7 obligations falling due in `year` (listReportObligations, from its entry into force and
 * withdrawal), each met or not by the report recorded for it and judged as of `asOf` (summariseReportCompliance).
 * A recorded due date wins over the computed one when it is marked as overridden.
 */
export function compileReportingCompliance<
  State extends { id: string; iso3: string },
  Report extends RecordedReport,
>(options: {
  year: number;
  asOf: CalendarDate;
  recordsBegin: CalendarDate | null;
  rules: ConventionRules;
  states: readonly ReportingStateRecord<State>[];
  reports: readonly Report[];
}): ReportingCompliance<State, Report> {
  const { year, asOf, recordsBegin, rules } = options;
  const reportsByObligation = new Map(
    options.reports.map((report) => [obligationKey(report.stateId, report.kind, report.periodYear), report]),
  );
  const reportsByState = new Map<string, Report[]>();
  for (const report of options.reports)
    reportsByState.set(report.stateId, [...(reportsByState.get(report.stateId) ?? []), report]);

  type Line = Omit<ReportingComplianceLine<State, Report>, 'status' | 'receivedOn'>;
  const obligations: (StateReportObligation & { line: Line })[] = [];
  for (const record of options.states) {
    const recorded = reportsByState.get(record.state.id) ?? [];
    const listed = listReportObligations({
      entryIntoForce: record.entryIntoForce,
      withdrawalEffective: record.withdrawalEffective,
      fromYear: year,
      toYear: year,
      rules,
      dueOnOverrides: recorded
        .filter((report) => report.dueOnOverridden)
        .map((report) => ({ kind: report.kind, coveredYear: report.periodYear, dueOn: report.dueOn })),
    });
    for (const obligation of listed) {
      const report =
        reportsByObligation.get(obligationKey(record.state.id, obligation.kind, obligation.coveredYear)) ?? null;
      // The recorded day, even if after `asOf`: a recorded report is known, so never NOT_RECORDED (summariseReportCompliance).
      obligations.push({
        iso3: record.state.iso3,
        kind: obligation.kind,
        dueOn: obligation.dueOn,
        receivedOn: report?.receivedOn ?? null,
        line: {
          state: record.state,
          kind: obligation.kind,
          periodYear: obligation.coveredYear,
          dueOn: obligation.dueOn,
          dueOnOverridden: obligation.dueOnOverridden,
          report,
        },
      });
    }
  }

  const summary = summariseReportCompliance({ year, asOf, recordsBegin, obligations });
  const byLineKey = new Map(
    obligations.map((obligation) => [`${obligation.iso3}|${obligation.kind}|${obligation.dueOn}`, obligation.line]),
  );
  const lines = summary.lines.map((summaryLine) => {
    const line = byLineKey.get(`${summaryLine.iso3}|${summaryLine.kind}|${summaryLine.dueOn}`);
    if (!line) throw new Error(`compliance line without its obligation: ${summaryLine.iso3} ${summaryLine.kind}`);
    return { ...line, receivedOn: summaryLine.receivedOn, status: summaryLine.status };
  });
  return { year, asOf: summary.asOf, recordsBegin, totals: summary.totals, lines };
}
