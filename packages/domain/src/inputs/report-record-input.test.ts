import { describe, expect, it } from 'vitest';
import { FORM_LETTERS } from '../enums/domain-enums.ts';
import { reportFormsInputSchema, reportRecordInputSchema } from './report-record-input.ts';

function problems(result: { error?: { issues: { path: PropertyKey[]; message: string }[] } }): string[] {
  return (result.error?.issues ?? []).map((issue) => `${issue.path.map(String).join('.')}: ${issue.message}`);
}

const allChanged = FORM_LETTERS.map((letter) => ({ letter, status: 'CHANGED' }));

describe('the report record input', () => {
  it("accepts Nigeria's initial report with forms A-J, or without forms", () => {
    expect(
      reportRecordInputSchema.safeParse({
        kind: 'INITIAL',
        periodYear: 2023,
        receivedOn: '2024-02-10',
        channel: 'EMAIL',
        forms: allChanged,
      }).success,
    ).toBe(true);
    expect(reportRecordInputSchema.safeParse({ kind: 'ANNUAL', periodYear: 2024 }).success).toBe(true);
  });

  it('reports every problem, with the forms checked by validateReportForms', () => {
    const forms = [{ letter: 'A', status: 'NOT_APPLICABLE' }, ...allChanged.slice(1, 9)];
    expect(
      problems(
        reportRecordInputSchema.safeParse({ kind: 'INITIAL', periodYear: 2023, receivedOn: '2024-13-01', forms }),
      ),
    ).toEqual([
      'receivedOn: The date received must be a real date written YYYY-MM-DD, for example 2023-08-31.',
      'forms.0.status: Form A (national implementation measures) applies to every State Party; it cannot be marked not applicable.',
      'forms: Every form A-J needs a status; missing: J.',
    ]);
  });

  it('checks new forms against the stored report: "unchanged since" must name an earlier year', () => {
    const forms = allChanged.map((form) =>
      form.letter === 'B' ? { letter: 'B', status: 'UNCHANGED', unchangedSinceYear: 2024 } : form,
    );
    expect(reportFormsInputSchema({ kind: 'ANNUAL', periodYear: 2025 }).safeParse({ forms }).success).toBe(true);
    expect(problems(reportFormsInputSchema({ kind: 'ANNUAL', periodYear: 2024 }).safeParse({ forms }))).toEqual([
      'forms.1.unchangedSinceYear: Form B: "unchanged since" must be a year before 2024, the year this report covers; got 2024.',
    ]);
  });
});
