import { describe, expect, it } from 'vitest';
import { validateReportReceipt } from './validate-report-receipt.ts';

// Nigeria: in force 2023-08-01, so its initial report's period ends that day; its first annual report covers 2024.
describe('the day an Article 7 report was received', () => {
  it('accepts a report received on the day its period ends, or later up to today', () => {
    expect(
      validateReportReceipt({ receivedOn: '2023-08-01', periodEnd: '2023-08-01', today: '2024-01-28' }).issues,
    ).toEqual([]);
    expect(
      validateReportReceipt({ receivedOn: '2025-04-29', periodEnd: '2024-12-31', today: '2025-04-29' }).issues,
    ).toEqual([]);
  });

  it('refuses a report received before the period it covers ends', () => {
    expect(
      validateReportReceipt({ receivedOn: '2024-06-30', periodEnd: '2024-12-31', today: '2025-04-29' }).issues,
    ).toEqual([
      {
        path: 'receivedOn',
        message: 'A report cannot be received before the period it covers ends (2024-12-31); got 2024-06-30.',
      },
    ]);
  });

  it('refuses a report received after today', () => {
    expect(
      validateReportReceipt({ receivedOn: '2025-04-30', periodEnd: '2024-12-31', today: '2025-04-29' }).issues,
    ).toEqual([
      { path: 'receivedOn', message: 'A report cannot be received after today (2025-04-29); got 2025-04-30.' },
    ]);
  });
});

describe('the period an Article 7 report covers', () => {
  it('refuses a report on a period still running (a report "for 2099"), whatever day it was said to arrive', () => {
    const issue = {
      path: 'periodYear',
      message:
        'The period this report covers ends on 2099-12-31, after today (2026-11-28); a report on it cannot have been received yet.',
    };
    expect(
      validateReportReceipt({ receivedOn: '2026-11-28', periodEnd: '2099-12-31', today: '2026-11-28' }).issues,
    ).toEqual([issue]);
    expect(
      validateReportReceipt({ receivedOn: '2100-01-05', periodEnd: '2099-12-31', today: '2026-11-28' }).issues,
    ).toEqual([issue]);
  });

  it('refuses the 2022 report "received" in 2020', () => {
    expect(
      validateReportReceipt({ receivedOn: '2020-03-01', periodEnd: '2022-12-31', today: '2026-11-28' }).issues,
    ).toEqual([
      {
        path: 'receivedOn',
        message: 'A report cannot be received before the period it covers ends (2022-12-31); got 2020-03-01.',
      },
    ]);
  });
});
