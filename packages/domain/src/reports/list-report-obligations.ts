import { assertCalendarDate, compareCalendarDates, yearOf, type CalendarDate } from '../dates/calendar-date.ts';
import type { ReportKind } from '../enums/domain-enums.ts';
import { ValidationError } from '../errors/domain-error.ts';
import type { ConventionRules } from '../treaty/convention-rules.ts';
import { computeFirstAnnualReportDueDate } from './report-due-date.ts';
import { annualReportObligation, initialReportObligation, type ReportObligation } from './report-obligation.ts';

const PREVIOUS_YEAR = 1;

/** A due date recorded by the secretariat; it wins over the computed one (published dates sometimes differ). */
export interface DueDateOverride {
  kind: ReportKind;
  /** For an annual report, the calendar year it covers; omitted for the initial report. */
  coveredYear?: number | null;
  dueOn: CalendarDate;
}

export interface ListReportObligationsOptions {
  entryIntoForce: CalendarDate;
  /** Inclusive range of years in which the obligations fall due (by their applicable due date). */
  fromYear: number;
  toYear: number;
  rules: ConventionRules;
  /** Once withdrawal has taken effect the State owes no report falling due on or after that day (Art. 20). */
  withdrawalEffective?: CalendarDate | null;
  dueOnOverrides?: readonly DueDateOverride[];
}

function findOverride(
  overrides: readonly DueDateOverride[],
  kind: ReportKind,
  coveredYear: number | null,
): CalendarDate | null {
  const match = overrides.find(
    (override) => override.kind === kind && (kind === 'INITIAL' || override.coveredYear === coveredYear),
  );
  return match ? assertCalendarDate({ value: match.dueOn, path: 'dueOnOverrides.dueOn' }) : null;
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
      issues: [
        {
          path: 'fromYear',
          message: `The years must be whole numbers with fromYear not after toYear; got ${fromYear}-${toYear}.`,
        },
      ],
    });
  }
  const overrides = options.dueOnOverrides ?? [];
  const withdrawalEffective =
    options.withdrawalEffective === null || options.withdrawalEffective === undefined
      ? null
      : assertCalendarDate({ value: options.withdrawalEffective, path: 'withdrawalEffective' });

  const candidates: ReportObligation[] = [
    initialReportObligation({ entryIntoForce, rules, override: findOverride(overrides, 'INITIAL', null) }),
  ];
  // An override can move a due date by a few days, never across more than a year: look one year either side.
  const firstAnnualDueYear = yearOf(computeFirstAnnualReportDueDate({ entryIntoForce, rules }));
  for (let dueYear = Math.max(firstAnnualDueYear, fromYear - 1); dueYear <= toYear + 1; dueYear += 1) {
    const coveredYear = dueYear - PREVIOUS_YEAR;
    candidates.push(
      annualReportObligation({ coveredYear, rules, override: findOverride(overrides, 'ANNUAL', coveredYear) }),
    );
  }

  return candidates
    .filter((obligation) => {
      const dueYear = yearOf(obligation.dueOn);
      const owed = withdrawalEffective === null || compareCalendarDates(obligation.dueOn, withdrawalEffective) < 0;
      return owed && dueYear >= fromYear && dueYear <= toYear;
    })
    .sort((a, b) => compareCalendarDates(a.dueOn, b.dueOn));
}
