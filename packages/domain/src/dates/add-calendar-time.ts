import { daysInMonth, formatCalendarDate, toCalendarDateParts, type CalendarDate } from './calendar-date.ts';

const MONTHS_IN_YEAR = 12;
const FIRST_DAY_OF_MONTH = 1;

/** `date` plus `days` (negative to go back). Computed on UTC midnight, so no daylight-saving shift can move it. */
export function addCalendarDays(options: { date: CalendarDate; days: number }): CalendarDate {
  const { year, month, day } = toCalendarDateParts(options.date);
  const moment = new Date(0);
  moment.setUTCFullYear(year, month - 1, day + options.days);
  return formatCalendarDate({
    year: moment.getUTCFullYear(),
    month: moment.getUTCMonth() + 1,
    day: moment.getUTCDate(),
  });
}

/**
 * `date` plus whole `months`. A day that does not exist in the target month becomes that month's last day
 * (2024-08-31 + 6 months = 2025-02-28), the usual reading of "six months after".
 */
export function addCalendarMonths(options: { date: CalendarDate; months: number }): CalendarDate {
  const { year, month, day } = toCalendarDateParts(options.date);
  const monthIndex = year * MONTHS_IN_YEAR + (month - 1) + options.months;
  const targetYear = Math.floor(monthIndex / MONTHS_IN_YEAR);
  const targetMonth = (monthIndex % MONTHS_IN_YEAR) + 1;
  return formatCalendarDate({
    year: targetYear,
    month: targetMonth,
    day: Math.min(day, daysInMonth({ year: targetYear, month: targetMonth })),
  });
}

/** The first day of the month containing `date`. */
export function firstDayOfMonth(options: { date: CalendarDate }): CalendarDate {
  const { year, month } = toCalendarDateParts(options.date);
  return formatCalendarDate({ year, month, day: FIRST_DAY_OF_MONTH });
}
