import { addCalendarDays, addCalendarMonths } from '../dates/add-calendar-time.ts';
import { compareCalendarDates, type CalendarDate } from '../dates/calendar-date.ts';

/**
 * Days after its assessment notice within which a share of a meeting's cost is payable. Art. 14 does not say; the
 * Convention's costs are shared on the UN scale, so its terms follow the UN's own: assessed contributions "shall be
 * considered as due and payable in full within 30 days of the receipt of the communication" (UN Financial
 * Regulations and Rules, ST/SGB/2013/4, regulation 3.4). The notice is dated the day the shares were issued.
 */
export const CONTRIBUTION_DUE_DAYS = 30;

const MONTHS_IN_YEAR = 12;

/**
 * How long an amount has been outstanding past its due date, as the UN's status of contributions groups arrears:
 * not yet due, under one year, one to two years, over two years.
 */
export const ARREARS_AGES = ['NOT_YET_DUE', 'UNDER_ONE_YEAR', 'ONE_TO_TWO_YEARS', 'OVER_TWO_YEARS'] as const;
export type ArrearsAge = (typeof ARREARS_AGES)[number];

/**
 * The day a share falls due: CONTRIBUTION_DUE_DAYS after the issue that assessed it. A re-issue is a new notice of a
 * new amount, so its date starts the period again. A payment received on the due date is in time.
 */
export function contributionDueDate(options: { issuedOn: CalendarDate }): CalendarDate {
  return addCalendarDays({ date: options.issuedOn, days: CONTRIBUTION_DUE_DAYS });
}

/**
 * The age of an amount due on `dueOn`, judged on `asOf`: not yet due up to and including the due date; then under one
 * year past it up to the same day a year later; one to two years up to the same day two years later; then over two.
 */
export function arrearsAgeOf(options: { dueOn: CalendarDate; asOf: CalendarDate }): ArrearsAge {
  const { dueOn, asOf } = options;
  if (compareCalendarDates(asOf, dueOn) <= 0) return 'NOT_YET_DUE';
  if (compareCalendarDates(asOf, addCalendarMonths({ date: dueOn, months: MONTHS_IN_YEAR })) <= 0)
    return 'UNDER_ONE_YEAR';
  if (compareCalendarDates(asOf, addCalendarMonths({ date: dueOn, months: 2 * MONTHS_IN_YEAR })) <= 0)
    return 'ONE_TO_TWO_YEARS';
  return 'OVER_TWO_YEARS';
}
