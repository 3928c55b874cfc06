import { ValidationError, type ValidationIssue } from '../errors/domain-error.ts';
import { SCALE_RATE_DECIMAL_PLACES } from '../inputs/scale-input.ts';
import { ExactDecimal, readPlainDecimal } from './exact-decimal.ts';
import {
  assessmentScaleImportInputSchema,
  type AssessmentScaleImportInput,
} from '../inputs/assessment-scale-import-input.ts';
import { toValidationIssues } from '../inputs/parse-input.ts';

function rowsOf(input: unknown): unknown[] {
  if (typeof input !== 'object' || input === null) return [];
  const rows = (input as { rows?: unknown }).rows;
  return Array.isArray(rows) ? rows : [];
}

function codeOf(row: unknown): string | null {
  if (typeof row !== 'object' || row === null) return null;
  const code = (row as { iso3?: unknown }).iso3;
  return typeof code === 'string' ? code : null;
}

function rateOf(row: unknown): string | null {
  if (typeof row !== 'object' || row === null) return null;
  const rate = (row as { ratePercent?: unknown }).ratePercent;
  return typeof rate === 'string' ? rate : null;
}

const HUNDRED_PER_CENT = '100';

/**
 * How far the printed rates of a complete scale may sum from 100 per cent: each rate is printed rounded to three
 * decimals, so it is off by at most half a unit of the third decimal (0.0005), and n rates by at most n times that.
 * The shipped scales sum to exactly 100.000; two States at 75 per cent each sum to 150 and are refused.
 */
export function scaleSumTolerance(options: { rateCount: number }): InstanceType<typeof ExactDecimal> {
  return new ExactDecimal(options.rateCount).times(new ExactDecimal(10).pow(-SCALE_RATE_DECIMAL_PLACES)).dividedBy(2);
}

/**
 * A scale marked complete is the whole UN scale: every Member State exactly once (a missing one would silently pay
 * nothing), and rates summing to 100 per cent within the rounding of the printed rates.
 */
function completenessIssues(options: { rows: unknown[]; memberStateCodes: ReadonlySet<string> }): ValidationIssue[] {
  const codes = new Set(
    options.rows.map((row) => codeOf(row)?.trim()).filter((code): code is string => code !== undefined),
  );
  const missing = [...options.memberStateCodes].filter((code) => !codes.has(code)).sort();
  const issues: ValidationIssue[] = [];
  if (missing.length > 0) {
    issues.push({
      path: 'complete',
      message: `A complete scale holds every UN Member State; this one lacks ${missing.length}: ${missing.join(', ')}. Add their rates, or import it as incomplete.`,
    });
  }
  const rates = options.rows.map((row) => readPlainDecimal(rateOf(row) ?? ''));
  if (rates.every((rate) => rate !== null)) {
    const sum = rates.reduce((total, rate) => total.plus(rate), new ExactDecimal(0));
    const tolerance = scaleSumTolerance({ rateCount: rates.length });
    if (sum.minus(HUNDRED_PER_CENT).abs().greaterThan(tolerance)) {
      issues.push({
        path: 'rows',
        message: `The rates of a complete scale add up to 100 per cent (within ${tolerance.toFixed()} for the rounding of ${rates.length} printed rates); these add up to ${sum.toFixed()}.`,
      });
    }
  }
  return issues;
}

/**
 * A scale of assessment is imported as a whole or not at all, so every problem is reported at once: each bad
 * rate, each code that names no known State, each State given twice, whatever else is wrong with the rows; and for
 * a scale marked complete, each Member State it lacks and a sum other than 100 per cent.
 * Returns the parsed scale; throws a ValidationError with one issue per problem (paths `rows.<n>.iso3`,
 * `rows.<n>.ratePercent`, ...).
 */
export function validateAssessmentScaleImport(options: {
  input: unknown;
  knownStateCodes: ReadonlySet<string>;
  /** The UN Member States (the States table's unStatus MEMBER): a complete scale holds each of them. */
  memberStateCodes: ReadonlySet<string>;
}): AssessmentScaleImportInput {
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
    if (seen.has(code)) report({ path: `rows.${index}.iso3`, message: `${code} appears more than once in the scale.` });
    else if (!options.knownStateCodes.has(code))
      report({
        path: `rows.${index}.iso3`,
        message: `No State has the code ${code}; use the ISO 3166 alpha-3 code of a State, such as CHE.`,
      });
    seen.add(code);
  });
  if (
    typeof options.input === 'object' &&
    options.input !== null &&
    (options.input as { complete?: unknown }).complete === true
  ) {
    completenessIssues({ rows: rowsOf(options.input), memberStateCodes: options.memberStateCodes }).forEach(report);
  }

  if (issues.length > 0 || !result.success)
    throw new ValidationError({ issues: issues.sort((a, b) => comparePaths(a.path, b.path)) });
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
