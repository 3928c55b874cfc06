import { describe, expect, it } from 'vitest';
import { addCalendarDays, addCalendarMonths, firstDayOfMonth } from './add-calendar-time.ts';

describe('calendar arithmetic', () => {
  it('adds days across months, years and leap days', () => {
    expect(addCalendarDays({ date: '2010-08-01', days: 180 })).toBe('2011-01-28');
    expect(addCalendarDays({ date: '2024-02-01', days: 180 })).toBe('2024-07-30');
    expect(addCalendarDays({ date: '2024-02-28', days: 1 })).toBe('2024-02-29');
    expect(addCalendarDays({ date: '2024-01-01', days: -1 })).toBe('2023-12-31');
  });

  it('is not moved by daylight-saving changes (the last Sunday of March and October in Europe)', () => {
    expect(addCalendarDays({ date: '2023-03-25', days: 2 })).toBe('2023-03-27');
    expect(addCalendarDays({ date: '2023-10-28', days: 2 })).toBe('2023-10-30');
  });

  it('adds months, keeping the day or falling back to the last day of a shorter month', () => {
    expect(addCalendarMonths({ date: '2024-09-06', months: 6 })).toBe('2025-03-06');
    expect(addCalendarMonths({ date: '2024-08-31', months: 6 })).toBe('2025-02-28');
    expect(addCalendarMonths({ date: '2023-08-31', months: 6 })).toBe('2024-02-29');
    expect(addCalendarMonths({ date: '2023-03-15', months: -3 })).toBe('2022-12-15');
  });

  it('finds the first day of the month', () => {
    expect(firstDayOfMonth({ date: '2023-02-28' })).toBe('2023-02-01');
  });
});
