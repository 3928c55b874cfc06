import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCalendarDate, type CalendarDate } from '../dates/calendar-date.ts';
import { CCM_RULES } from '../treaty/convention-rules.ts';
import {
  compileReportingCompliance,
  periodYearsFallingDueIn,
  type RecordedReport,
  type ReportingStateRecord,
} from './compile-reporting-compliance.ts';
import { listReportObligations } from './list-report-obligations.ts';

const NUM_RUNS = 500;

type State = { id: string; iso3: string };

// Real cases: Nigeria deposited 2023-02-28, in force 2023-08-01, initial report due 2024-01-28; South Sudan in force
// 2024-02-01, initial report due 2024-07-30; Austria in force with the Convention (2010-08-01), annual reports due
// each 30 April; Lithuania in force 2011-09-01, withdrawal effective 2025-03-06.
const NIGERIA = party('NGA', '2023-08-01');
const SOUTH_SUDAN = party('SSD', '2024-02-01');
const AUSTRIA = party('AUT', '2010-08-01');
const LITHUANIA = party('LTU', '2011-09-01', '2025-03-06');

function party(
  iso3: string,
  entryIntoForce: CalendarDate,
  withdrawalEffective: CalendarDate | null = null,
): ReportingStateRecord<State> {
  return { state: { id: `state-${iso3}`, iso3 }, entryIntoForce, withdrawalEffective };
}

function report(
  of: ReportingStateRecord<State>,
  overrides: Partial<RecordedReport> & Pick<RecordedReport, 'kind' | 'periodYear' | 'dueOn'>,
): RecordedReport & { id: string } {
  return {
    id: `report-${of.state.iso3}-${overrides.kind}-${overrides.periodYear}`,
    stateId: of.state.id,
    dueOnOverridden: false,
    receivedOn: null,
    ...overrides,
  };
}

function compile(options: {
  year: number;
  asOf: CalendarDate;
  states: readonly ReportingStateRecord<State>[];
  reports?: readonly (RecordedReport & { id: string })[];
  recordsBegin?: CalendarDate | null;
}) {
  return compileReportingCompliance({ rules: CCM_RULES, recordsBegin: null, reports: [], ...options });
}

describe('reporting compliance of every State for a year (Art. 7)', () => {
  it('lists the obligations falling due in the year, in order of State code, each judged as of the day', () => {
    const compliance = compile({ year: 2024, asOf: '2024-03-01', states: [SOUTH_SUDAN, NIGERIA, AUSTRIA] });
    expect(
      compliance.lines.map((line) => [line.state.iso3, line.kind, line.periodYear, line.dueOn, line.status]),
    ).toEqual([
      // Austria's annual update on 2023 is due 30 April 2024 (Art. 7(2)).
      ['AUT', 'ANNUAL', 2023, '2024-04-30', 'NOT_YET_DUE'],
      // Nigeria's initial report, 180 days after 2023-08-01 (Art. 7(1)); its first annual update falls due in 2025.
      ['NGA', 'INITIAL', 2023, '2024-01-28', 'OVERDUE'],
      ['SSD', 'INITIAL', 2024, '2024-07-30', 'NOT_YET_DUE'],
    ]);
    expect(compliance).toMatchObject({ year: 2024, asOf: '2024-03-01', recordsBegin: null });
    expect(compliance.totals).toEqual({ ON_TIME: 0, LATE: 0, OVERDUE: 1, NOT_YET_DUE: 2, NOT_RECORDED: 0 });
  });

  it('meets each obligation with the report recorded for it, and only with that one', () => {
    const nigeriaInitial = report(NIGERIA, {
      kind: 'INITIAL',
      periodYear: 2023,
      dueOn: '2024-01-28',
      receivedOn: '2024-02-10',
    });
    const austria2023 = report(AUSTRIA, {
      kind: 'ANNUAL',
      periodYear: 2023,
      dueOn: '2024-04-30',
      receivedOn: '2024-04-12',
    });
    // Austria's update on 2022 (due 2023) does not meet the one on 2023.
    const austria2022 = report(AUSTRIA, {
      kind: 'ANNUAL',
      periodYear: 2022,
      dueOn: '2023-04-30',
      receivedOn: '2023-04-28',
    });
    const compliance = compile({
      year: 2024,
      asOf: '2024-12-31',
      states: [NIGERIA, AUSTRIA],
      reports: [austria2022, nigeriaInitial, austria2023],
    });
    expect(compliance.lines.map((line) => [line.state.iso3, line.receivedOn, line.status, line.report?.id])).toEqual([
      ['AUT', '2024-04-12', 'ON_TIME', austria2023.id],
      ['NGA', '2024-02-10', 'LATE', nigeriaInitial.id],
    ]);
  });

  it("meets a State's one initial report with its recorded report, whatever period year was recorded for it", () => {
    const initial = report(NIGERIA, {
      kind: 'INITIAL',
      periodYear: 2024,
      dueOn: '2024-01-28',
      receivedOn: '2024-01-20',
    });
    const [line] = compile({ year: 2024, asOf: '2024-03-01', states: [NIGERIA], reports: [initial] }).lines;
    expect(line).toMatchObject({ periodYear: 2023, status: 'ON_TIME', report: initial });
  });

  it('lets a recorded due date win over the computed one only when it is marked as overridden', () => {
    const moved = report(AUSTRIA, {
      kind: 'ANNUAL',
      periodYear: 2023,
      dueOn: '2024-05-02',
      dueOnOverridden: true,
      receivedOn: '2024-05-02',
    });
    const notMoved = report(NIGERIA, {
      kind: 'INITIAL',
      periodYear: 2023,
      dueOn: '2024-02-28',
      receivedOn: '2024-02-10',
    });
    const compliance = compile({
      year: 2024,
      asOf: '2024-12-31',
      states: [AUSTRIA, NIGERIA],
      reports: [moved, notMoved],
    });
    expect(compliance.lines.map((line) => [line.state.iso3, line.dueOn, line.dueOnOverridden, line.status])).toEqual([
      ['AUT', '2024-05-02', true, 'ON_TIME'],
      ['NGA', '2024-01-28', false, 'LATE'],
    ]);
  });

  it('owes nothing falling due once withdrawal has taken effect (Lithuania, 2025-03-06)', () => {
    expect(compile({ year: 2025, asOf: '2025-12-31', states: [LITHUANIA] }).lines).toEqual([]);
    expect(compile({ year: 2024, asOf: '2024-12-31', states: [LITHUANIA] }).lines).toMatchObject([
      { kind: 'ANNUAL', periodYear: 2023, dueOn: '2024-04-30', status: 'OVERDUE' },
    ]);
  });

  it('counts an obligation due before the records begin with no report as not recorded, and one whose report came after the day as overdue', () => {
    const cameLater = report(AUSTRIA, {
      kind: 'ANNUAL',
      periodYear: 2023,
      dueOn: '2024-04-30',
      receivedOn: '2027-01-05',
    });
    const compliance = compile({
      year: 2024,
      asOf: '2026-12-01',
      recordsBegin: '2026-11-28',
      states: [AUSTRIA, NIGERIA],
      reports: [cameLater],
    });
    // Austria's report is recorded as received after the day judged: known then not to have come.
    expect(compliance.lines.map((line) => [line.state.iso3, line.status, line.receivedOn, line.report?.id])).toEqual([
      ['AUT', 'OVERDUE', null, cameLater.id],
      ['NGA', 'NOT_RECORDED', null, undefined],
    ]);
    expect(compliance).toMatchObject({ recordsBegin: '2026-11-28', totals: { OVERDUE: 1, NOT_RECORDED: 1 } });
  });
});

describe('the recorded reports that bear on a year', () => {
  it('are those on the periods from two years before the year to the year after it', () => {
    expect(periodYearsFallingDueIn({ year: 2024 })).toEqual({ fromPeriodYear: 2022, toPeriodYear: 2025 });
  });

  it('cover the period of every obligation falling due in the year, whenever the State joined', () => {
    const day = fc
      .record({
        year: fc.integer({ min: 2010, max: 2040 }),
        month: fc.integer({ min: 1, max: 12 }),
        day: fc.integer({ min: 1, max: 28 }),
      })
      .map((parts) => formatCalendarDate(parts));
    fc.assert(
      fc.property(day, fc.integer({ min: 2010, max: 2042 }), (entryIntoForce, year) => {
        const { fromPeriodYear, toPeriodYear } = periodYearsFallingDueIn({ year });
        const obligations = listReportObligations({ entryIntoForce, fromYear: year, toYear: year, rules: CCM_RULES });
        return obligations.every(
          (obligation) => obligation.coveredYear >= fromPeriodYear && obligation.coveredYear <= toPeriodYear,
        );
      }),
      { numRuns: NUM_RUNS },
    );
  });
});
