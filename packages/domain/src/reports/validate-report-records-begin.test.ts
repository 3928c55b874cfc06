import { describe, expect, it } from 'vitest';
import { validateReportRecordsBegin } from './validate-report-records-begin.ts';

// The CCM entered into force on 2010-08-01.
describe('the day the secretariat’s records of Article 7 reports begin', () => {
  it('accepts the Convention’s entry into force (records complete from the start) and any day up to today', () => {
    expect(
      validateReportRecordsBegin({
        reportRecordsBeginOn: '2010-08-01',
        conventionEntryIntoForce: '2010-08-01',
        today: '2026-11-28',
      }).issues,
    ).toEqual([]);
    expect(
      validateReportRecordsBegin({
        reportRecordsBeginOn: '2026-11-28',
        conventionEntryIntoForce: '2010-08-01',
        today: '2026-11-28',
      }).issues,
    ).toEqual([]);
  });

  it('refuses a day before the Convention entered into force', () => {
    expect(
      validateReportRecordsBegin({
        reportRecordsBeginOn: '2008-05-30',
        conventionEntryIntoForce: '2010-08-01',
        today: '2026-11-28',
      }).issues,
    ).toEqual([
      {
        path: 'reportRecordsBeginOn',
        message:
          'Records cannot begin before the Convention entered into force (2010-08-01); give that day for records complete from the start. Got 2008-05-30.',
      },
    ]);
  });

  it('refuses a day after today', () => {
    expect(
      validateReportRecordsBegin({
        reportRecordsBeginOn: '2026-11-29',
        conventionEntryIntoForce: '2010-08-01',
        today: '2026-11-28',
      }).issues,
    ).toEqual([
      { path: 'reportRecordsBeginOn', message: 'Records cannot begin after today (2026-11-28); got 2026-11-29.' },
    ]);
  });
});
