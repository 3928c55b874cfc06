import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors/domain-error.ts';
import {
  assertCalendarDate,
  compareCalendarDates,
  daysInMonth,
  formatCalendarDate,
  isCalendarDate,
  toCalendarDateParts,
  yearOf,
} from './calendar-date.ts';

describe('calendar dates', () => {
  it('accepts real YYYY-MM-DD dates, leap days included', () => {
    expect(isCalendarDate('2023-08-31')).toBe(true);
    expect(isCalendarDate('2024-02-29')).toBe(true);
  });

  it('rejects days that do not exist and other shapes', () => {
    for (const value of [
      '2023-02-29',
      '2023-13-01',
      '2023-00-10',
      '2023-04-31',
      '2023-04-00',
      '23-04-01',
      '2023-4-1',
      '2023-04-01T00:00',
      20230401,
      null,
    ]) {
      expect(isCalendarDate(value)).toBe(false);
    }
  });

  it('names the field and the expected form when a date is wrong', () => {
    expect(() => assertCalendarDate({ value: '31/08/2023', path: 'deadline' })).toThrow(ValidationError);
    try {
      assertCalendarDate({ value: '31/08/2023', path: 'deadline' });
    } catch (error) {
      expect((error as ValidationError).issues).toEqual([
        { path: 'deadline', message: expect.stringContaining('YYYY-MM-DD') },
      ]);
    }
  });

  it('orders dates by calendar, and works as a sort comparator', () => {
    expect(['2024-01-28', '2010-08-01', '2023-08-01'].sort(compareCalendarDates)).toEqual([
      '2010-08-01',
      '2023-08-01',
      '2024-01-28',
    ]);
    expect(compareCalendarDates('2025-03-06', '2025-03-06')).toBe(0);
    expect(compareCalendarDates('2025-03-07', '2025-03-06')).toBe(1);
  });

  it('splits and formats dates, keeping years below 100 literal', () => {
    expect(toCalendarDateParts('2015-11-01')).toEqual({ year: 2015, month: 11, day: 1 });
    expect(formatCalendarDate({ year: 2015, month: 11, day: 1 })).toBe('2015-11-01');
    expect(formatCalendarDate({ year: 99, month: 2, day: 28 })).toBe('0099-02-28');
    expect(daysInMonth({ year: 2100, month: 2 })).toBe(28);
    expect(daysInMonth({ year: 2000, month: 2 })).toBe(29);
    expect(yearOf('2012-08-28')).toBe(2012);
    expect(() => formatCalendarDate({ year: 2023, month: 2, day: 30 })).toThrow(ValidationError);
  });

  it('counts the days of every month of years 1 to 2400 as the Gregorian calendar of Date does', () => {
    const fromDate = (year: number, month: number) => {
      const lastDay = new Date(0);
      lastDay.setUTCFullYear(year, month, 0);
      return lastDay.getUTCDate();
    };
    const disagreements: string[] = [];
    for (let year = 1; year <= 2400; year += 1)
      for (let month = 1; month <= 12; month += 1)
        if (daysInMonth({ year, month }) !== fromDate(year, month)) disagreements.push(`${year}-${month}`);
    expect(disagreements).toEqual([]);
  });
});
