import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors/domain-error.ts';
import { CCM_RULES } from '../treaty/convention-rules.ts';
import { listReportObligations } from './list-report-obligations.ts';

describe("a State's reporting obligations", () => {
  it('lists Nigeria’s initial report and then an annual report each 30 April, covering the previous year', () => {
    const obligations = listReportObligations({
      entryIntoForce: '2023-08-01',
      fromYear: 2023,
      toYear: 2026,
      rules: CCM_RULES,
    });
    expect(obligations.map((o) => [o.kind, o.coveredYear, o.dueOn])).toEqual([
      ['INITIAL', 2023, '2024-01-28'],
      ['ANNUAL', 2024, '2025-04-30'],
      ['ANNUAL', 2025, '2026-04-30'],
    ]);
    expect(obligations[1]).toMatchObject({
      periodStart: '2024-01-01',
      periodEnd: '2024-12-31',
      dueOnOverridden: false,
    });
    expect(obligations[0]).toMatchObject({ periodStart: '2023-08-01', periodEnd: '2023-08-01' });
  });

  it('lists South Sudan’s initial report due 2024-07-30', () => {
    const [initial] = listReportObligations({
      entryIntoForce: '2024-02-01',
      fromYear: 2024,
      toYear: 2024,
      rules: CCM_RULES,
    });
    expect(initial).toMatchObject({ kind: 'INITIAL', dueOn: '2024-07-30' });
  });

  it('keeps only obligations falling due in the range of years', () => {
    const obligations = listReportObligations({
      entryIntoForce: '2010-08-01',
      fromYear: 2020,
      toYear: 2021,
      rules: CCM_RULES,
    });
    expect(obligations.map((o) => o.dueOn)).toEqual(['2020-04-30', '2021-04-30']);
  });

  it('lets a stored due date win over the computed one, for the initial and for an annual report', () => {
    const obligations = listReportObligations({
      entryIntoForce: '2015-11-01',
      fromYear: 2016,
      toYear: 2017,
      rules: CCM_RULES,
      dueOnOverrides: [
        { kind: 'INITIAL', dueOn: '2016-05-01' },
        { kind: 'ANNUAL', coveredYear: 2016, dueOn: '2017-05-02' },
      ],
    });
    expect(obligations.map((o) => [o.kind, o.computedDueDate, o.dueOn, o.dueOnOverridden])).toEqual([
      ['INITIAL', '2016-04-29', '2016-05-01', true],
      ['ANNUAL', '2017-04-30', '2017-05-02', true],
    ]);
  });

  it('owes nothing falling due once withdrawal has taken effect (Lithuania, 2025-03-06)', () => {
    const obligations = listReportObligations({
      entryIntoForce: '2011-09-01',
      fromYear: 2024,
      toYear: 2026,
      rules: CCM_RULES,
      withdrawalEffective: '2025-03-06',
    });
    expect(obligations.map((o) => o.dueOn)).toEqual(['2024-04-30']);
  });

  it('rejects a reversed range of years', () => {
    expect(() =>
      listReportObligations({ entryIntoForce: '2011-09-01', fromYear: 2026, toYear: 2024, rules: CCM_RULES }),
    ).toThrow(ValidationError);
  });
});
