import { assertCalendarDate, compareCalendarDates, yearOf, type CalendarDate } from '../dates/calendar-date.ts';
import type { ReportKind } from '../enums/domain-enums.ts';
import { ValidationError } from '../errors/domain-error.ts';
import type { ConventionRules } from '../treaty/convention-rules.ts';
import { computeFirstAnnualReportDueDate } from './report-due-date.ts';
import { annualReportObligation, initialReportObligation, type ReportObligation } from './report-obligation.ts';

const NEXT_YEAR = 1;

export interface DescribeReportObligationOptions {
  /** Entry into force for the State; null when it has none (no deposit, or not yet dated). */
  entryIntoForce: CalendarDate | null;
  withdrawalEffective?: CalendarDate | null;
  kind: ReportKind;
  /** The calendar year an annual report covers; for the initial report, the year of entry into force. */
  coveredYear: number;
  /** A due date recorded by the secretariat; it wins over the computed one. */
  dueOnOverride?: CalendarDate | null;
  rules: ConventionRules;
}

/**
 * The one Article 7 obligation a report answers: its period and due date (Art. 7(1) initial report, Art. 7(2)
 * annual report), computed from entry into force, or the recorded due date when there is one. Refuses a report no
 * State owes: before entry into force, an initial report for another year, an annual report for a year before the
 * first annual report's, or one falling due once withdrawal has taken effect (Art. 20). Built by the
 * same rules as listReportObligations (report-obligation.ts), so the two agree.
 */
export function describeReportObligation(options: DescribeReportObligationOptions): ReportObligation {
  const { kind, coveredYear, rules } = options;
  const override =
    options.dueOnOverride === null || options.dueOnOverride === undefined
      ? null
      : assertCalendarDate({ value: options.dueOnOverride, path: 'dueOnOverride' });
  if (options.entryIntoForce === null) {
    throw new ValidationError({
      issues: [
        {
          path: 'state',
          message: `The Convention (${rules.conventionCode}) has not entered into force for this State, so it owes no Article 7 report yet; record its instrument first.`,
        },
      ],
    });
  }
  const entryIntoForce = assertCalendarDate({ value: options.entryIntoForce, path: 'entryIntoForce' });
  let obligation: ReportObligation;
  if (kind === 'INITIAL') {
    if (coveredYear !== yearOf(entryIntoForce)) {
      throw new ValidationError({
        issues: [
          {
            path: 'periodYear',
            message: `The initial report is for ${yearOf(entryIntoForce)}, the year the Convention entered into force for the State (${entryIntoForce}); got ${coveredYear}.`,
          },
        ],
      });
    }
    obligation = initialReportObligation({ entryIntoForce, rules, override });
  } else {
    const firstCoveredYear = yearOf(computeFirstAnnualReportDueDate({ entryIntoForce, rules })) - NEXT_YEAR;
    if (coveredYear < firstCoveredYear) {
      throw new ValidationError({
        issues: [
          {
            path: 'periodYear',
            message: `The State's first annual report covers ${firstCoveredYear}; there is no annual report for ${coveredYear}.`,
          },
        ],
      });
    }
    obligation = annualReportObligation({ coveredYear, rules, override });
  }
  const withdrawalEffective = options.withdrawalEffective ?? null;
  if (
    withdrawalEffective !== null &&
    compareCalendarDates(
      obligation.dueOn,
      assertCalendarDate({ value: withdrawalEffective, path: 'withdrawalEffective' }),
    ) >= 0
  ) {
    throw new ValidationError({
      issues: [
        {
          path: 'periodYear',
          message: `This report would fall due on ${obligation.dueOn}, after the State's withdrawal took effect (${withdrawalEffective}); it owes no such report.`,
        },
      ],
    });
  }
  return obligation;
}
