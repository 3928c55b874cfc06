import { describe, expect, it } from 'vitest';
import { CCM_RULES } from '../treaty/convention-rules.ts';
import { annualReportObligation, initialReportObligation } from './report-obligation.ts';

describe('one Article 7 obligation', () => {
  it('makes Nigeria’s initial report cover its day of entry into force and fall due 180 days later', () => {
    expect(initialReportObligation({ entryIntoForce: '2023-08-01', rules: CCM_RULES, override: null })).toEqual({
      kind: 'INITIAL',
      coveredYear: 2023,
      periodStart: '2023-08-01',
      periodEnd: '2023-08-01',
      computedDueDate: '2024-01-28',
      dueOn: '2024-01-28',
      dueOnOverridden: false,
    });
  });

  it('makes an annual report cover the calendar year and fall due on 30 April of the next', () => {
    expect(annualReportObligation({ coveredYear: 2024, rules: CCM_RULES, override: null })).toMatchObject({
      kind: 'ANNUAL',
      periodStart: '2024-01-01',
      periodEnd: '2024-12-31',
      dueOn: '2025-04-30',
    });
  });

  it('lets a recorded due date win over the computed one, keeping both', () => {
    expect(annualReportObligation({ coveredYear: 2024, rules: CCM_RULES, override: '2025-05-02' })).toMatchObject({
      computedDueDate: '2025-04-30',
      dueOn: '2025-05-02',
      dueOnOverridden: true,
    });
  });
});
