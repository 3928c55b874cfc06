import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors/domain-error.ts';
import { isTimeZone } from './is-time-zone.ts';
import { assertTimeZone, calendarDateInTimeZone, startOfCalendarDayInTimeZone, toInstant } from './time-zone.ts';

describe('time zones', () => {
  it('knows IANA zone names and rejects others', () => {
    expect(isTimeZone('Europe/Zurich')).toBe(true);
    expect(isTimeZone('Europe/Nowhere')).toBe(false);
    expect(isTimeZone('')).toBe(false);
    expect(isTimeZone(3)).toBe(false);
    expect(() => assertTimeZone({ value: 'CEST+2', path: 'timeZone' })).toThrow(ValidationError);
  });

  it('finds the Geneva calendar day of an instant', () => {
    expect(calendarDateInTimeZone({ instant: '2023-08-31T22:30:00Z', timeZone: 'Europe/Zurich' })).toBe('2023-09-01');
    expect(calendarDateInTimeZone({ instant: new Date('2023-08-31T21:30:00Z'), timeZone: 'Europe/Zurich' })).toBe(
      '2023-08-31',
    );
  });

  it('finds local midnight in summer and in winter time', () => {
    expect(startOfCalendarDayInTimeZone({ date: '2023-09-01', timeZone: 'Europe/Zurich' }).toISOString()).toBe(
      '2023-08-31T22:00:00.000Z',
    );
    expect(startOfCalendarDayInTimeZone({ date: '2024-01-15', timeZone: 'Europe/Zurich' }).toISOString()).toBe(
      '2024-01-14T23:00:00.000Z',
    );
    expect(startOfCalendarDayInTimeZone({ date: '2023-09-01', timeZone: 'America/New_York' }).toISOString()).toBe(
      '2023-09-01T04:00:00.000Z',
    );
  });

  it('refuses instants without an offset, which would be read in the server zone', () => {
    expect(() => toInstant({ value: '2023-08-31T17:00:00', path: 'submittedAt' })).toThrow(/offset/);
    expect(() => toInstant({ value: new Date(Number.NaN), path: 'submittedAt' })).toThrow(ValidationError);
    expect(toInstant({ value: '2023-08-31T17:00:00+02:00', path: 'submittedAt' }).toISOString()).toBe(
      '2023-08-31T15:00:00.000Z',
    );
  });
});
