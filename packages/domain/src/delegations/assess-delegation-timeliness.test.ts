import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors/domain-error.ts';
import { assessDelegationTimeliness, deadlineEndInstant, isAfterDeadline } from './assess-delegation-timeliness.ts';

// 11th Meeting of States Parties: delegations by Friday, 31 August 2023, Geneva.
const deadline = '2023-08-31';
const timeZone = 'Europe/Zurich';

describe('delegation submitted on time or late', () => {
  it('counts the whole deadline day in Geneva: 23:59:59 local time on 31 August is on time', () => {
    expect(assessDelegationTimeliness({ submittedAt: '2023-08-31T23:59:59+02:00', deadline, timeZone })).toBe(
      'ON_TIME',
    );
    expect(assessDelegationTimeliness({ submittedAt: '2023-08-31T21:59:59.999Z', deadline, timeZone })).toBe('ON_TIME');
  });

  it('is late from midnight in Geneva, even though it is still 31 August in UTC and New York', () => {
    expect(assessDelegationTimeliness({ submittedAt: new Date('2023-08-31T22:00:00Z'), deadline, timeZone })).toBe(
      'LATE',
    );
    expect(assessDelegationTimeliness({ submittedAt: '2023-08-31T18:30:00-04:00', deadline, timeZone })).toBe('LATE');
  });

  it('is on time early on the deadline day', () => {
    expect(assessDelegationTimeliness({ submittedAt: '2023-08-31T00:00:00+02:00', deadline, timeZone })).toBe(
      'ON_TIME',
    );
  });

  it('ends a winter deadline day at 23:00 UTC', () => {
    expect(deadlineEndInstant({ deadline: '2024-01-15', timeZone }).toISOString()).toBe('2024-01-15T23:00:00.000Z');
  });

  it('follows the deadline in force: a delegation of 15 August 2023 is late once the deadline is brought forward to 10 August', () => {
    const submittedAt = '2023-08-15T09:00:00Z';
    expect(assessDelegationTimeliness({ submittedAt, deadline, timeZone })).toBe('ON_TIME');
    expect(assessDelegationTimeliness({ submittedAt, deadline: '2023-08-10', timeZone })).toBe('LATE');
  });

  it('counts nothing late while the meeting has no deadline', () => {
    expect(assessDelegationTimeliness({ submittedAt: '2023-09-11T08:00:00Z', deadline: null, timeZone })).toBe(
      'ON_TIME',
    );
    expect(isAfterDeadline({ at: '2023-09-11T08:00:00Z', deadline: null, timeZone })).toBe(false);
  });

  it('places an amendment after the deadline from midnight in Geneva', () => {
    expect(isAfterDeadline({ at: '2023-08-31T21:59:59Z', deadline, timeZone })).toBe(false);
    expect(isAfterDeadline({ at: '2023-08-31T22:00:00Z', deadline, timeZone })).toBe(true);
  });

  it('rejects an unknown time zone and an instant without offset', () => {
    expect(() =>
      assessDelegationTimeliness({ submittedAt: '2023-08-31T10:00:00Z', deadline, timeZone: 'Geneva' }),
    ).toThrow(ValidationError);
    expect(() => assessDelegationTimeliness({ submittedAt: '2023-08-31 10:00', deadline, timeZone })).toThrow(
      ValidationError,
    );
  });
});
