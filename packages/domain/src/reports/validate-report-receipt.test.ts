import { describe, expect, it } from 'vitest';
import { validateReportReceipt } from './validate-report-receipt.ts';

// Nigeria: in force 2023-08-01, so its initial report's period ends that day; its first annual report covers 2024.
describe('the day an Article 7 report was received', () => {
  it('accepts a report received on the day its period ends, or later up to today', () => {
    expect(validateReportReceipt({ receivedOn: '2023-08-01', periodEnd: '2023-08-01', today: '2024-01-28' }).issues).toEqual([]);
    expect(validateReportReceipt({ receivedOn: '2025-04-29', periodEnd: '2024-12-31', today: '2025-04-29' }).issues).toEqual([]);
  });

  it('refuses a report received before the period it covers ends', () => {
    expect(validateReportReceipt({ receivedOn: '2024-06-30', periodEnd: '2024-12-31', today: '2025-04-29' }).issues).toEqual([
      { path: 'receivedOn', message: 'A report cannot be received before the period it covers ends (2024-12-31); got 2024-06-30.' },
    ]);
  });

  it('refuses a report received after today', () => {
    expect(validateReportReceipt({ receivedOn: '2025-04-30', periodEnd: '2024-12-31', today: '2025-04-29' }).issues).toEqual([
      { path: 'receivedOn', message: 'A report cannot be received after today (2025-04-29); got 2025-04-30.' },
    ]);
  });
});
