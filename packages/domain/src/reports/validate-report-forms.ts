import { FORM_LETTERS, type FormLetter, type FormStatus, type ReportKind } from '../enums/domain-enums.ts';
import type { ValidationIssue } from '../errors/domain-error.ts';

export interface ReportFormEntry {
  letter: FormLetter;
  status: FormStatus;
  /** With status UNCHANGED: the year of the report since which the form is unchanged. */
  unchangedSinceYear?: number | null;
}

export interface ValidateReportFormsOptions {
  kind: ReportKind;
  /** The calendar year the report covers; "unchanged since" must name an earlier year. */
  coveredYear: number;
  forms: readonly ReportFormEntry[];
}

export interface ReportFormsValidation {
  valid: boolean;
  issues: ValidationIssue[];
}

// Form A (national implementation measures, Art. 7(1)(a) and Art. 9) concerns every State Party.
const ALWAYS_APPLICABLE_FORM: FormLetter = 'A';

/**
 * Checks the forms A-J of an Article 7 report and returns every problem, not just the first:
 * each form present exactly once; Form A never "not applicable"; an initial report states everything afresh, so it
 * cannot use "unchanged"; "unchanged since" names a year earlier than the year covered, and only with UNCHANGED.
 */
export function validateReportForms(options: ValidateReportFormsOptions): ReportFormsValidation {
  const issues: ValidationIssue[] = [];
  const seen = new Set<FormLetter>();

  options.forms.forEach((form, index) => {
    const path = `forms.${index}`;
    if (seen.has(form.letter)) {
      issues.push({
        path: `${path}.letter`,
        message: `Form ${form.letter} is given more than once; give each form once.`,
      });
    }
    seen.add(form.letter);

    if (form.letter === ALWAYS_APPLICABLE_FORM && form.status === 'NOT_APPLICABLE') {
      issues.push({
        path: `${path}.status`,
        message:
          'Form A (national implementation measures) applies to every State Party; it cannot be marked not applicable.',
      });
    }

    const sinceYear = form.unchangedSinceYear ?? null;
    if (form.status === 'UNCHANGED') {
      if (options.kind === 'INITIAL') {
        issues.push({
          path: `${path}.status`,
          message: `Form ${form.letter}: an initial report has no earlier report to refer to, so "unchanged" cannot be used; mark it changed or not applicable.`,
        });
      } else if (sinceYear === null) {
        issues.push({
          path: `${path}.unchangedSinceYear`,
          message: `Form ${form.letter}: say since which year's report it is unchanged.`,
        });
      } else if (!Number.isInteger(sinceYear) || sinceYear >= options.coveredYear) {
        issues.push({
          path: `${path}.unchangedSinceYear`,
          message: `Form ${form.letter}: "unchanged since" must be a year before ${options.coveredYear}, the year this report covers; got ${sinceYear}.`,
        });
      }
    } else if (sinceYear !== null) {
      issues.push({
        path: `${path}.unchangedSinceYear`,
        message: `Form ${form.letter}: a year "unchanged since" is only given when the form is marked unchanged.`,
      });
    }
  });

  const missing = FORM_LETTERS.filter((letter) => !seen.has(letter));
  if (missing.length > 0) {
    issues.push({ path: 'forms', message: `Every form A-J needs a status; missing: ${missing.join(', ')}.` });
  }
  return { valid: issues.length === 0, issues };
}
