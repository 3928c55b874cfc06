import { describe, expect, it } from 'vitest';
import { reportReminderInputSchema } from './report-reminder-input.ts';

function problems(result: { error?: { issues: { path: PropertyKey[]; message: string }[] } }): string[] {
  return (result.error?.issues ?? []).map((issue) => `${issue.path.map(String).join('.')}: ${issue.message}`);
}

// Nigeria's initial report fell due on 2024-01-28; a reminder of 15 March 2024 from ODA.
const NIGERIA_REMINDER = {
  kind: 'INITIAL',
  periodYear: 2023,
  reference: 'ODA/2024-00123',
  date: '2024-03-15',
  issuingOffice: 'ODA',
  language: 'EN',
};

describe('the report reminder input', () => {
  it("accepts the reminder of Nigeria's overdue initial report, with or without a separate submission office", () => {
    expect(reportReminderInputSchema.safeParse(NIGERIA_REMINDER).success).toBe(true);
    expect(
      reportReminderInputSchema.safeParse({ ...NIGERIA_REMINDER, submissionOffice: 'ODA-GENEVA', language: 'FR' })
        .success,
    ).toBe(true);
  });

  it('names every field that is missing or wrong', () => {
    expect(
      problems(
        reportReminderInputSchema.safeParse({
          kind: 'FINAL',
          periodYear: 1850,
          reference: '  ',
          date: '2024-02-30',
          language: 'ES',
        }),
      ),
    ).toEqual([
      'kind: The kind of report must be one of: INITIAL, ANNUAL.',
      'periodYear: The year of the report must be at least 1900.',
      'reference: The note reference cannot be empty.',
      'date: The date of the note must be a real date written YYYY-MM-DD, for example 2023-08-31.',
      'issuingOffice: The issuing office is required.',
      'language: The language of the note must be one of: EN, FR.',
    ]);
  });
});
