import { assertCalendarDate, compareCalendarDates, formatCalendarDate, yearOf, type CalendarDate } from '../dates/calendar-date.ts';
import type { ReportKind } from '../enums/domain-enums.ts';
import { ValidationError } from '../errors/domain-error.ts';
import type { ConventionRules } from '../treaty/convention-rules.ts';
import {
  computeAnnualReportDueDate,
  computeFirstAnnualReportDueDate,
  computeInitialReportDueDate,
} from './report-due-date.ts';

const PREVIOUS_YEAR = 1;
const JANUARY = 1;
const DECEMBER = 12;
const FIRST_DAY = 1;
const LAST_DAY_OF_DECEMBER = 31;

/** A due date recorded by the secretariat; it wins over the computed one (published dates sometimes differ). */
export interface DueDateOverride {
  kind: ReportKind;
  /** For an annual report, the calendar year it covers; omitted for the initial report. */
  coveredYear?: number | null;
  dueDate: CalendarDate;
}

export interface ReportObligation {
  kind: ReportKind;
  /** The calendar year an annual report covers; for the initial report, the year of entry into force. */
  coveredYear: number;
  /** The period reported on: the State's entry into force for the initial report, the calendar year for an annual one. */
  periodStart: CalendarDate;
  periodEnd: CalendarDate;
  computedDueDate: CalendarDate;
  /** The due date that applies: the override when there is one, else the computed date. */
  dueDate: CalendarDate;
  dueDateOverridden: boolean;
}

export interface ListReportObligationsOptions {
  entryIntoForce: CalendarDate;
  /** Inclusive range of years in which the obligations fall due (by their applicable due date). */
  fromYear: number;
  toYear: number;
  rules: ConventionRules;
  /** Once withdrawal has taken effect the State owes no report falling due on or after that day (Art. 20). */
  withdrawalEffective?: CalendarDate | null;
  dueDateOverrides?: readonly DueDateOverride[];
}

function findOverride(overrides: readonly DueDateOverride[], kind: ReportKind, coveredYear: number | null): CalendarDate | null {
  const match = overrides.find((override) => override.kind === kind && (kind === 'INITIAL' || override.coveredYear === coveredYear));
  return match ? assertCalendarDate({ value: match.dueDate, path: 'dueDateOverrides.dueDate' }) : null;
}

/**
 * A State's Article 7 reporting obligations falling due in `fromYear`..`toYear`: the initial report (Art. 7(1))
 * and one annual report a year from the first annual deadline (Art. 7(2)), in due-date order.
 */
export function listReportObligations(options: ListReportObligationsOptions): ReportObligation[] {
  const { rules, fromYear, toYear } = options;
  const entryIntoForce = assertCalendarDate({ value: options.entryIntoForce, path: 'entryIntoForce' });
  if (!Number.isInteger(fromYear) || !Number.isInteger(toYear) || fromYear > toYear) {
    throw new ValidationError({
      issues: [{ path: 'fromYear', message: `The years must be whole numbers with fromYear not after toYear; got ${fromYear}-${toYear}.` }],
    });
  }
  const overrides = options.dueDateOverrides ?? [];
  const withdrawalEffective =
    options.withdrawalEffective === null || options.withdrawalEffective === undefined
      ? null
      : assertCalendarDate({ value: options.withdrawalEffective, path: 'withdrawalEffective' });

  const candidates: ReportObligation[] = [];
  const initialComputed = computeInitialReportDueDate({ entryIntoForce, rules });
  const initialOverride = findOverride(overrides, 'INITIAL', null);
  candidates.push({
    kind: 'INITIAL',
    coveredYear: yearOf(entryIntoForce),
    periodStart: entryIntoForce,
    periodEnd: entryIntoForce,
    computedDueDate: initialComputed,
    dueDate: initialOverride ?? initialComputed,
    dueDateOverridden: initialOverride !== null,
  });

  // An override can move a due date by a few days, never across more than a year: look one year either side.
  const firstAnnualDueYear = yearOf(computeFirstAnnualReportDueDate({ entryIntoForce, rules }));
  for (let dueYear = Math.max(firstAnnualDueYear, fromYear - 1); dueYear <= toYear + 1; dueYear += 1) {
    const coveredYear = dueYear - PREVIOUS_YEAR;
    const computedDueDate = computeAnnualReportDueDate({ year: dueYear, rules });
    const override = findOverride(overrides, 'ANNUAL', coveredYear);
    candidates.push({
      kind: 'ANNUAL',
      coveredYear,
      periodStart: formatCalendarDate({ year: coveredYear, month: JANUARY, day: FIRST_DAY }),
      periodEnd: formatCalendarDate({ year: coveredYear, month: DECEMBER, day: LAST_DAY_OF_DECEMBER }),
      computedDueDate,
      dueDate: override ?? computedDueDate,
      dueDateOverridden: override !== null,
    });
  }

  return candidates
    .filter((obligation) => {
      const dueYear = yearOf(obligation.dueDate);
      const owed = withdrawalEffective === null || compareCalendarDates(obligation.dueDate, withdrawalEffective) < 0;
      return owed && dueYear >= fromYear && dueYear <= toYear;
    })
    .sort((a, b) => compareCalendarDates(a.dueDate, b.dueDate));
}
