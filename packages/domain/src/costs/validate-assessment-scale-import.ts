import { ValidationError, type ValidationIssue } from '../errors/domain-error.ts';
import { assessmentScaleImportInputSchema, type AssessmentScaleImportInput } from '../inputs/assessment-scale-import-input.ts';
import { toValidationIssues } from '../inputs/parse-input.ts';

function rowsOf(input: unknown): unknown[] {
  if (typeof input !== 'object' || input === null) return [];
  const rows = (input as { rows?: unknown }).rows;
  return Array.isArray(rows) ? rows : [];
}

function codeOf(row: unknown): string | null {
  if (typeof row !== 'object' || row === null) return null;
  const code = (row as { stateCode?: unknown }).stateCode;
  return typeof code === 'string' ? code : null;
}

/**
 * A scale of assessment is imported as a whole or not at all, so every problem is reported at once: each bad
 * rate, each code that names no known State, each State given twice, whatever else is wrong with the rows.
 * Returns the parsed scale; throws a ValidationError with one issue per problem (paths `rows.<n>.stateCode`,
 * `rows.<n>.ratePercent`, ...).
 */
export function validateAssessmentScaleImport(options: { input: unknown; knownStateCodes: ReadonlySet<string> }): AssessmentScaleImportInput {
  const result = assessmentScaleImportInputSchema.safeParse(options.input);
  const issues: ValidationIssue[] = result.success ? [] : toValidationIssues(result.error);
  const reported = new Set(issues.map((issue) => `${issue.path}|${issue.message}`));
  const report = (issue: ValidationIssue) => {
    const key = `${issue.path}|${issue.message}`;
    if (!reported.has(key)) issues.push(issue);
    reported.add(key);
  };

  // zod skips its own checks across rows when a row is malformed; these run regardless.
  const seen = new Set<string>();
  rowsOf(options.input).forEach((row, index) => {
    const code = codeOf(row)?.trim() ?? null;
    if (code === null || !/^[A-Z]{3}$/.test(code)) return;
    if (seen.has(code)) report({ path: `rows.${index}.stateCode`, message: `${code} appears more than once in the scale.` });
    else if (!options.knownStateCodes.has(code)) report({ path: `rows.${index}.stateCode`, message: `No State has the code ${code}; use the ISO 3166 alpha-3 code of a State, such as CHE.` });
    seen.add(code);
  });

  if (issues.length > 0 || !result.success) throw new ValidationError({ issues: issues.sort((a, b) => comparePaths(a.path, b.path)) });
  return result.data;
}

/** Paths in reading order: `rows.2` before `rows.10`. */
function comparePaths(a: string, b: string): number {
  const left = a.split('.');
  const right = b.split('.');
  for (let index = 0; index < Math.min(left.length, right.length); index += 1) {
    const x = left[index] as string;
    const y = right[index] as string;
    if (x === y) continue;
    const bothNumbers = /^\d+$/.test(x) && /^\d+$/.test(y);
    if (bothNumbers) return Number(x) - Number(y);
    return x < y ? -1 : 1;
  }
  return left.length - right.length;
}
