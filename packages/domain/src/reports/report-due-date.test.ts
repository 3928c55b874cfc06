import { describe, expect, it } from 'vitest';
import { CCM_RULES, type ConventionRules } from '../treaty/convention-rules.ts';
import {
  computeAnnualReportDueDate,
  computeFirstAnnualReportDueDate,
  computeInitialReportDueDate,
} from './report-due-date.ts';

const FIRST_DEADLINE_AFTER_ENTRY: ConventionRules = {
  ...CCM_RULES,
  reporting: { ...CCM_RULES.reporting, firstAnnualReport: 'FIRST_DUE_DATE_AFTER_ENTRY_INTO_FORCE' },
};

describe('reporting deadlines (Art. 7)', () => {
  it.each([
    ['Albania', '2010-08-01', '2011-01-28'],
    ['Nigeria', '2023-08-01', '2024-01-28'],
    ['South Sudan', '2024-02-01', '2024-07-30'],
    ['Trinidad and Tobago', '2012-03-01', '2012-08-28'],
    ['South Africa', '2015-11-01', '2016-04-29'],
  ])('makes the initial report of %s due 180 days after entry into force (%s -> %s)', (_state, inForce, due) => {
    expect(computeInitialReportDueDate({ entryIntoForce: inForce, rules: CCM_RULES })).toBe(due);
  });

  it('makes annual reports due on 30 April', () => {
    expect(computeAnnualReportDueDate({ year: 2023, rules: CCM_RULES })).toBe('2023-04-30');
  });

  it('makes the first annual report due on 30 April of the year after the initial report was due (CCM default)', () => {
    expect(computeFirstAnnualReportDueDate({ entryIntoForce: '2023-08-01', rules: CCM_RULES })).toBe('2025-04-30');
    expect(computeFirstAnnualReportDueDate({ entryIntoForce: '2024-02-01', rules: CCM_RULES })).toBe('2025-04-30');
    expect(computeFirstAnnualReportDueDate({ entryIntoForce: '2010-08-01', rules: CCM_RULES })).toBe('2012-04-30');
  });

  it('can instead make it the first 30 April after entry into force', () => {
    expect(computeFirstAnnualReportDueDate({ entryIntoForce: '2010-08-01', rules: FIRST_DEADLINE_AFTER_ENTRY })).toBe(
      '2011-04-30',
    );
    expect(computeFirstAnnualReportDueDate({ entryIntoForce: '2015-03-01', rules: FIRST_DEADLINE_AFTER_ENTRY })).toBe(
      '2015-04-30',
    );
    expect(computeFirstAnnualReportDueDate({ entryIntoForce: '2015-04-30', rules: FIRST_DEADLINE_AFTER_ENTRY })).toBe(
      '2016-04-30',
    );
  });
});
