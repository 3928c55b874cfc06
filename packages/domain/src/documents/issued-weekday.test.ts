import { describe, expect, it } from 'vitest';
import { formatWeekday, formatWeekdayDate, weekdayOf } from './format-document-date.ts';
import { findIssuedWeekdayDisagreement } from './issued-weekday.ts';

describe('weekdays as issued', () => {
  it('finds the weekday of a date from the calendar', () => {
    expect(weekdayOf('2023-08-31')).toBe('THURSDAY');
    expect(weekdayOf('2024-01-01')).toBe('MONDAY');
    expect(weekdayOf('2023-09-03')).toBe('SUNDAY');
  });

  it('names each weekday in English and in French', () => {
    expect(formatWeekday({ weekday: 'FRIDAY', language: 'EN' })).toBe('Friday');
    expect(formatWeekday({ weekday: 'FRIDAY', language: 'FR' })).toBe('vendredi');
    expect(formatWeekday({ weekday: 'SUNDAY', language: 'EN' })).toBe('Sunday');
  });

  it('prints the weekday a document was issued with, and the calendar’s when none was recorded', () => {
    expect(formatWeekdayDate({ date: '2023-08-31', language: 'EN', weekdayAsIssued: 'FRIDAY' })).toBe(
      'Friday, 31 August 2023',
    );
    expect(formatWeekdayDate({ date: '2023-08-31', language: 'FR', weekdayAsIssued: 'FRIDAY' })).toBe(
      'vendredi 31 août 2023',
    );
    expect(formatWeekdayDate({ date: '2023-08-31', language: 'EN', weekdayAsIssued: null })).toBe(
      'Thursday, 31 August 2023',
    );
  });

  it('flags the Eleventh Meeting’s deadline, printed "Friday, 31 August 2023" on a Thursday', () => {
    const disagreement = findIssuedWeekdayDisagreement({
      date: '2023-08-31',
      weekdayAsIssued: 'FRIDAY',
      what: 'the deadline for delegations',
    });
    expect(disagreement).toMatchObject({ date: '2023-08-31', weekdayAsIssued: 'FRIDAY', weekdayOfDate: 'THURSDAY' });
    expect(disagreement?.message).toContain(
      'gives the deadline for delegations as Friday, 31 August 2023, but 31 August 2023 is a Thursday',
    );
  });

  it('flags nothing when the weekday agrees with the calendar or none was recorded', () => {
    expect(
      findIssuedWeekdayDisagreement({ date: '2024-08-30', weekdayAsIssued: 'FRIDAY', what: 'the deadline' }),
    ).toBeNull();
    expect(
      findIssuedWeekdayDisagreement({ date: '2023-08-31', weekdayAsIssued: null, what: 'the deadline' }),
    ).toBeNull();
  });
});
