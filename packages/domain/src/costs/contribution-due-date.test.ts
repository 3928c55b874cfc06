import { describe, expect, it } from 'vitest';
import { arrearsAgeOf, contributionDueDate } from './contribution-due-date.ts';

describe('when a share of a meeting’s cost falls due', () => {
  it('falls due 30 days after the shares were issued, as UN assessments do (financial regulation 3.4)', () => {
    expect(contributionDueDate({ issuedOn: '2023-10-02' })).toBe('2023-11-01');
    expect(contributionDueDate({ issuedOn: '2024-02-15' })).toBe('2024-03-16');
  });
});

describe('the age of an amount outstanding', () => {
  it('is not yet due up to and including the due date', () => {
    expect(arrearsAgeOf({ dueOn: '2025-03-05', asOf: '2025-01-01' })).toBe('NOT_YET_DUE');
    expect(arrearsAgeOf({ dueOn: '2025-03-05', asOf: '2025-03-05' })).toBe('NOT_YET_DUE');
  });

  it('is under one year from the day after the due date to the same day a year later', () => {
    expect(arrearsAgeOf({ dueOn: '2025-03-05', asOf: '2025-03-06' })).toBe('UNDER_ONE_YEAR');
    expect(arrearsAgeOf({ dueOn: '2025-03-05', asOf: '2026-03-05' })).toBe('UNDER_ONE_YEAR');
  });

  it('is one to two years, then over two years', () => {
    expect(arrearsAgeOf({ dueOn: '2025-03-05', asOf: '2026-03-06' })).toBe('ONE_TO_TWO_YEARS');
    expect(arrearsAgeOf({ dueOn: '2025-03-05', asOf: '2027-03-05' })).toBe('ONE_TO_TWO_YEARS');
    expect(arrearsAgeOf({ dueOn: '2025-03-05', asOf: '2027-03-06' })).toBe('OVER_TWO_YEARS');
  });

  it('counts a year from 29 February to 28 February', () => {
    expect(arrearsAgeOf({ dueOn: '2024-02-29', asOf: '2025-02-28' })).toBe('UNDER_ONE_YEAR');
    expect(arrearsAgeOf({ dueOn: '2024-02-29', asOf: '2025-03-01' })).toBe('ONE_TO_TWO_YEARS');
  });
});
