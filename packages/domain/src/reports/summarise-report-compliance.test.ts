import { describe, expect, it } from 'vitest';
import { summariseReportCompliance } from './summarise-report-compliance.ts';

describe('compliance across States for a year', () => {
  it('counts each status among the obligations due that year, and ignores the others', () => {
    const summary = summariseReportCompliance({
      year: 2024,
      asOf: '2024-05-15',
      obligations: [
        { iso3: 'ZAF', kind: 'ANNUAL', dueOn: '2024-04-30', receivedOn: '2024-04-12' },
        { iso3: 'NGA', kind: 'INITIAL', dueOn: '2024-01-28', receivedOn: '2024-02-20' },
        { iso3: 'SSD', kind: 'INITIAL', dueOn: '2024-07-30' },
        { iso3: 'ALB', kind: 'ANNUAL', dueOn: '2024-04-30' },
        {
          iso3: 'AUT',
          kind: 'ANNUAL',
          dueOn: '2024-04-30',
          dueOnOverride: '2024-05-02',
          receivedOn: '2024-05-02',
        },
        { iso3: 'AUT', kind: 'ANNUAL', dueOn: '2023-04-30', receivedOn: '2023-04-30' },
      ],
    });
    expect(summary.total).toBe(5);
    expect(summary.totals).toEqual({ ON_TIME: 2, LATE: 1, OVERDUE: 1, NOT_YET_DUE: 1, NOT_RECORDED: 0 });
    expect(summary.lines.map((line) => `${line.iso3}:${line.status}`)).toEqual([
      'ALB:OVERDUE',
      'AUT:ON_TIME',
      'NGA:LATE',
      'SSD:NOT_YET_DUE',
      'ZAF:ON_TIME',
    ]);
  });

  it('orders several obligations of one State by due date, then kind', () => {
    const summary = summariseReportCompliance({
      year: 2025,
      asOf: '2025-12-31',
      obligations: [
        { iso3: 'VUT', kind: 'ANNUAL', dueOn: '2025-04-30' },
        { iso3: 'VUT', kind: 'INITIAL', dueOn: '2025-04-30' },
        { iso3: 'VUT', kind: 'INITIAL', dueOn: '2025-01-10' },
      ],
    });
    expect(summary.lines.map((line) => `${line.kind}:${line.dueOn}`)).toEqual([
      'INITIAL:2025-01-10',
      'ANNUAL:2025-04-30',
      'INITIAL:2025-04-30',
    ]);
  });

  it('counts obligations due before records begin with no report apart, as not recorded, never as overdue', () => {
    const summary = summariseReportCompliance({
      year: 2024,
      asOf: '2026-12-01',
      recordsBegin: '2026-11-28',
      obligations: [
        { iso3: 'ALB', kind: 'ANNUAL', dueOn: '2024-04-30' },
        { iso3: 'NGA', kind: 'INITIAL', dueOn: '2024-01-28', receivedOn: '2024-02-20' },
        { iso3: 'ZAF', kind: 'ANNUAL', dueOn: '2024-04-30', receivedOn: '2027-01-05' },
      ],
    });
    expect(summary.recordsBegin).toBe('2026-11-28');
    expect(summary.totals).toEqual({ ON_TIME: 0, LATE: 1, OVERDUE: 1, NOT_YET_DUE: 0, NOT_RECORDED: 1 });
    // South Africa's report is recorded as received after the day judged: known then not to have come.
    expect(summary.lines.map((line) => `${line.iso3}:${line.status}:${line.receivedOn}`)).toEqual([
      'ALB:NOT_RECORDED:null',
      'NGA:LATE:2024-02-20',
      'ZAF:OVERDUE:null',
    ]);
  });
});
