import { formatCalendarDate, yearOf, type CalendarDate } from '../dates/calendar-date.ts';
import type { ReportKind } from '../enums/domain-enums.ts';
import type { ConventionRules } from '../treaty/convention-rules.ts';
import { computeAnnualReportDueDate, computeInitialReportDueDate } from './report-due-date.ts';

const NEXT_YEAR = 1;
const JANUARY = 1;
const DECEMBER = 12;
const FIRST_DAY = 1;
const LAST_DAY_OF_DECEMBER = 31;

export interface ReportObligation {
  kind: ReportKind;
  /** The calendar year an annual report covers; for the initial report, the year of entry into force. */
  coveredYear: number;
  /** The period reported on: the State's entry into force for the initial report, the calendar year for an annual one. */
  periodStart: CalendarDate;
  periodEnd: CalendarDate;
  computedDueDate: CalendarDate;
  /** The due date that applies: the override when there is one, else the computed date. */
  dueOn: CalendarDate;
  dueOnOverridden: boolean;
}

/** The initial report (Art. 7(1)): on the State's entry into force, due the number of days after it the rules give. */
export function initialReportObligation(options: {
  entryIntoForce: CalendarDate;
  rules: ConventionRules;
  override: CalendarDate | null;
}): ReportObligation {
  const { entryIntoForce, rules, override } = options;
  const computedDueDate = computeInitialReportDueDate({ entryIntoForce, rules });
  return {
    kind: 'INITIAL',
    coveredYear: yearOf(entryIntoForce),
    periodStart: entryIntoForce,
    periodEnd: entryIntoForce,
    computedDueDate,
    dueOn: override ?? computedDueDate,
    dueOnOverridden: override !== null,
  };
}

/** The annual report (Art. 7(2)) on calendar year `coveredYear`, due in the following year. */
export function annualReportObligation(options: {
  coveredYear: number;
  rules: ConventionRules;
  override: CalendarDate | null;
}): ReportObligation {
  const { coveredYear, rules, override } = options;
  const computedDueDate = computeAnnualReportDueDate({ year: coveredYear + NEXT_YEAR, rules });
  return {
    kind: 'ANNUAL',
    coveredYear,
    periodStart: formatCalendarDate({ year: coveredYear, month: JANUARY, day: FIRST_DAY }),
    periodEnd: formatCalendarDate({ year: coveredYear, month: DECEMBER, day: LAST_DAY_OF_DECEMBER }),
    computedDueDate,
    dueOn: override ?? computedDueDate,
    dueOnOverridden: override !== null,
  };
}
