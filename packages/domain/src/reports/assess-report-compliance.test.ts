import { describe, expect, it } from 'vitest';
import { assessReportCompliance } from './assess-report-compliance.ts';

describe('compliance of one report obligation', () => {
  const dueOn = '2024-01-28';

  it('is on time when received on or before the due date', () => {
    expect(assessReportCompliance({ dueOn, receivedOn: '2024-01-28', asOf: '2024-06-01' })).toBe('ON_TIME');
  });

  it('is late when received after the due date', () => {
    expect(assessReportCompliance({ dueOn, receivedOn: '2024-01-29', asOf: '2024-06-01' })).toBe('LATE');
  });

  it('is overdue when not received and the due date has passed', () => {
    expect(assessReportCompliance({ dueOn, asOf: '2024-01-29' })).toBe('OVERDUE');
  });

  it('is not yet due until the due day is over', () => {
    expect(assessReportCompliance({ dueOn, receivedOn: null, asOf: '2024-01-28' })).toBe('NOT_YET_DUE');
  });

  it('judges by what was known on the day: a report received later is not yet received', () => {
    expect(assessReportCompliance({ dueOn, receivedOn: '2024-03-01', asOf: '2024-02-01' })).toBe('OVERDUE');
  });

  it('lets a stored due date win over the computed one', () => {
    expect(
      assessReportCompliance({
        dueOn,
        dueOnOverride: '2024-01-31',
        receivedOn: '2024-01-30',
        asOf: '2024-06-01',
      }),
    ).toBe('ON_TIME');
  });
});

describe('compliance of an obligation due before the secretariat’s records begin', () => {
  const dueOn = '2024-01-28';
  const recordsBegin = '2026-11-28';

  it('is not recorded, never overdue, when no report is recorded', () => {
    expect(assessReportCompliance({ dueOn, asOf: '2026-12-01', recordsBegin })).toBe('NOT_RECORDED');
  });

  it('is judged as usual when a report is recorded', () => {
    expect(assessReportCompliance({ dueOn, receivedOn: '2024-01-20', asOf: '2026-12-01', recordsBegin })).toBe(
      'ON_TIME',
    );
    expect(assessReportCompliance({ dueOn, receivedOn: '2024-03-01', asOf: '2026-12-01', recordsBegin })).toBe('LATE');
    // Recorded as received on 2024-03-01, so on 2024-02-01 it was known to be overdue.
    expect(assessReportCompliance({ dueOn, receivedOn: '2024-03-01', asOf: '2024-02-01', recordsBegin })).toBe(
      'OVERDUE',
    );
  });

  it('is overdue when due on or after the day records begin', () => {
    expect(assessReportCompliance({ dueOn, asOf: '2024-02-01', recordsBegin: '2024-01-28' })).toBe('OVERDUE');
  });

  it('is not yet due before its due date, whenever records begin', () => {
    expect(assessReportCompliance({ dueOn, asOf: '2024-01-28', recordsBegin })).toBe('NOT_YET_DUE');
  });
});
