import { describe, expect, it } from 'vitest';
import { fromCalendarDate, toCalendarDate } from '../src/calendar-date.ts';

describe('calendar dates as the database holds them (a Date at UTC midnight)', () => {
  it('writes every seventh day of years 1 to 10000 as toISOString does, and reads it back', () => {
    const disagreements: string[] = [];
    const day = new Date(0);
    day.setUTCFullYear(1, 0, 1);
    const end = Date.UTC(10000, 11, 31);
    for (let time = day.getTime(); time <= end; time += 86_400_000 * 7) {
      const date = new Date(time);
      const written = toCalendarDate(date);
      if (written !== date.toISOString().slice(0, 10)) disagreements.push(written);
      else if (/^\d{4}-\d{2}-\d{2}$/.test(written) && fromCalendarDate(written).getTime() !== time)
        disagreements.push(written);
    }
    expect(disagreements).toEqual([]);
  });

  it('keeps the day of a time after midnight UTC', () => {
    expect(toCalendarDate(new Date('2023-02-28T23:59:59.999Z'))).toBe('2023-02-28');
  });
});
