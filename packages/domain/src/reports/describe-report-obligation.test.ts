import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors/domain-error.ts';
import { CCM_RULES } from '../treaty/convention-rules.ts';
import { describeReportObligation } from './describe-report-obligation.ts';
import { listReportObligations } from './list-report-obligations.ts';

const rules = CCM_RULES;

describe('the Article 7 obligation a report answers', () => {
  it("dates Nigeria's initial report 180 days after entry into force (2023-08-01 -> 2024-01-28)", () => {
    expect(
      describeReportObligation({ entryIntoForce: '2023-08-01', kind: 'INITIAL', coveredYear: 2023, rules }),
    ).toEqual({
      kind: 'INITIAL',
      coveredYear: 2023,
      periodStart: '2023-08-01',
      periodEnd: '2023-08-01',
      computedDueDate: '2024-01-28',
      dueOn: '2024-01-28',
      dueOnOverridden: false,
    });
  });

  it('dates an annual report on 30 April of the year after the year it covers, and lets a recorded date win', () => {
    expect(
      describeReportObligation({ entryIntoForce: '2023-08-01', kind: 'ANNUAL', coveredYear: 2024, rules }),
    ).toMatchObject({
      periodStart: '2024-01-01',
      periodEnd: '2024-12-31',
      dueOn: '2025-04-30',
    });
    expect(
      describeReportObligation({
        entryIntoForce: '2023-08-01',
        kind: 'ANNUAL',
        coveredYear: 2024,
        dueOnOverride: '2025-05-15',
        rules,
      }),
    ).toMatchObject({
      computedDueDate: '2025-04-30',
      dueOn: '2025-05-15',
      dueOnOverridden: true,
    });
  });

  it('agrees with listReportObligations (South Sudan, in force 2024-02-01)', () => {
    const listed = listReportObligations({ entryIntoForce: '2024-02-01', fromYear: 2024, toYear: 2027, rules });
    for (const obligation of listed) {
      expect(
        describeReportObligation({
          entryIntoForce: '2024-02-01',
          kind: obligation.kind,
          coveredYear: obligation.coveredYear,
          rules,
        }),
      ).toEqual(obligation);
    }
  });

  it.each([
    [
      'no entry into force',
      { entryIntoForce: null, kind: 'INITIAL' as const, coveredYear: 2023 },
      /has not entered into force/,
    ],
    [
      'an initial report for another year',
      { entryIntoForce: '2023-08-01', kind: 'INITIAL' as const, coveredYear: 2024 },
      /initial report is for 2023/,
    ],
    [
      'an annual report before the first',
      { entryIntoForce: '2023-08-01', kind: 'ANNUAL' as const, coveredYear: 2023 },
      /first annual report covers 2024/,
    ],
    [
      'a report due after withdrawal took effect',
      { entryIntoForce: '2011-09-01', withdrawalEffective: '2025-03-06', kind: 'ANNUAL' as const, coveredYear: 2024 },
      /after the State's withdrawal/,
    ],
  ])('refuses %s', (_case, options, message) => {
    expect(() => describeReportObligation({ ...options, rules })).toThrow(ValidationError);
    expect(() => describeReportObligation({ ...options, rules })).toThrow(message);
  });
});
