import { describe, expect, it } from 'vitest';
import { FORM_LETTERS } from '../enums/domain-enums.ts';
import { validateReportForms, type ReportFormEntry } from './validate-report-forms.ts';

const allChanged: ReportFormEntry[] = FORM_LETTERS.map((letter) => ({ letter, status: 'CHANGED' }));
const withForm = (entry: ReportFormEntry) => allChanged.map((form) => (form.letter === entry.letter ? entry : form));

describe('report forms A-J', () => {
  it('accepts an annual report with every form changed, unchanged since an earlier year, or not applicable', () => {
    const forms = withForm({ letter: 'B', status: 'UNCHANGED', unchangedSinceYear: 2019 }).map((form) =>
      form.letter === 'J' ? { letter: 'J' as const, status: 'NOT_APPLICABLE' as const } : form,
    );
    expect(validateReportForms({ kind: 'ANNUAL', coveredYear: 2023, forms })).toEqual({ valid: true, issues: [] });
  });

  it('never lets Form A be not applicable', () => {
    const result = validateReportForms({
      kind: 'ANNUAL',
      coveredYear: 2023,
      forms: withForm({ letter: 'A', status: 'NOT_APPLICABLE' }),
    });
    expect(result.issues).toEqual([{ path: 'forms.0.status', message: expect.stringContaining('Form A') }]);
  });

  it('does not let an initial report use "unchanged"', () => {
    const result = validateReportForms({
      kind: 'INITIAL',
      coveredYear: 2023,
      forms: withForm({ letter: 'C', status: 'UNCHANGED', unchangedSinceYear: 2020 }),
    });
    expect(result.valid).toBe(false);
    expect(result.issues[0]?.message).toMatch(/initial report/);
  });

  it('needs "unchanged since" to name a year before the year covered, and only with UNCHANGED', () => {
    const forms: ReportFormEntry[] = [
      { letter: 'A', status: 'CHANGED', unchangedSinceYear: 2020 },
      { letter: 'B', status: 'UNCHANGED' },
      { letter: 'C', status: 'UNCHANGED', unchangedSinceYear: 2023 },
      ...allChanged.slice(3),
    ];
    const result = validateReportForms({ kind: 'ANNUAL', coveredYear: 2023, forms });
    expect(result.issues.map((issue) => issue.path)).toEqual([
      'forms.0.unchangedSinceYear',
      'forms.1.unchangedSinceYear',
      'forms.2.unchangedSinceYear',
    ]);
  });

  it('returns every problem at once: duplicates, missing forms and bad statuses', () => {
    const forms: ReportFormEntry[] = [
      { letter: 'A', status: 'NOT_APPLICABLE' },
      { letter: 'A', status: 'CHANGED' },
      { letter: 'B', status: 'UNCHANGED', unchangedSinceYear: 2030 },
    ];
    const result = validateReportForms({ kind: 'ANNUAL', coveredYear: 2023, forms });
    expect(result.issues.map((issue) => issue.path)).toEqual([
      'forms.0.status',
      'forms.1.letter',
      'forms.2.unchangedSinceYear',
      'forms',
    ]);
    expect(result.issues.at(-1)?.message).toContain('C, D, E, F, G, H, I, J');
  });
});
