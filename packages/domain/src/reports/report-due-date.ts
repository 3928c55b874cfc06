import { addCalendarDays } from '../dates/add-calendar-time.ts';
import {
  assertCalendarDate,
  compareCalendarDates,
  formatCalendarDate,
  yearOf,
  type CalendarDate,
} from '../dates/calendar-date.ts';
import type { ConventionRules } from '../treaty/convention-rules.ts';

const NEXT_YEAR = 1;

/** Art. 7(1): the initial report is due 180 days after entry into force for the State (2023-08-01 -> 2024-01-28). */
export function computeInitialReportDueDate(options: {
  entryIntoForce: CalendarDate;
  rules: ConventionRules;
}): CalendarDate {
  const entryIntoForce = assertCalendarDate({ value: options.entryIntoForce, path: 'entryIntoForce' });
  return addCalendarDays({ date: entryIntoForce, days: options.rules.reporting.initialReportDays });
}

/** Art. 7(2): the annual report due in `year` (30 April for the CCM); it covers the calendar year before. */
export function computeAnnualReportDueDate(options: { year: number; rules: ConventionRules }): CalendarDate {
  const { annualReportDueMonth, annualReportDueDay } = options.rules.reporting;
  return formatCalendarDate({ year: options.year, month: annualReportDueMonth, day: annualReportDueDay });
}

/**
 * The deadline of a State's first annual report, by the convention's explicit `firstAnnualReport` rule. CCM
 * default: the annual deadline in the year after the initial report's due date (initial due 2024-01-28 -> first
 * annual report due 2025-04-30, covering 2024).
 */
export function computeFirstAnnualReportDueDate(options: {
  entryIntoForce: CalendarDate;
  rules: ConventionRules;
}): CalendarDate {
  const { rules } = options;
  const entryIntoForce = assertCalendarDate({ value: options.entryIntoForce, path: 'entryIntoForce' });
  if (rules.reporting.firstAnnualReport === 'YEAR_AFTER_INITIAL_REPORT_DUE') {
    const initialDue = computeInitialReportDueDate({ entryIntoForce, rules });
    return computeAnnualReportDueDate({ year: yearOf(initialDue) + NEXT_YEAR, rules });
  }
  const sameYear = computeAnnualReportDueDate({ year: yearOf(entryIntoForce), rules });
  return compareCalendarDates(sameYear, entryIntoForce) > 0
    ? sameYear
    : computeAnnualReportDueDate({ year: yearOf(entryIntoForce) + NEXT_YEAR, rules });
}
