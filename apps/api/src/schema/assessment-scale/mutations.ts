import { ValidationError, type ValidationIssue } from '@plenary/domain';
import { builder } from '../../builder.ts';
import { MUTATION_DATA_DESCRIPTION, MUTATION_INPUT_DESCRIPTION } from '../shared-descriptions.ts';
import { CSV_LIMIT_DESCRIPTION, csvError, readCsvRecords } from '../../mutations/csv-text.ts';
import { runInTransaction } from '../../mutations/run-in-transaction.ts';
import { importAssessmentScale, type RateRow } from '../../use-cases/assessment-scales/import-assessment-scale.ts';
import { MUTATION_ERRORS } from '../errors.ts';
import { AssessmentScaleRef } from './type.ts';

// Importing a scale: its rates as rows or as CSV text.

const AssessmentRateRowInput = builder.inputType('AssessmentRateRowInput', {
  description: "One State's rate on the scale.",
  fields: (t) => ({
    iso3: t.string({ required: true, description: 'ISO 3166-1 alpha-3 code of the State, e.g. "CHE".' }),
    ratePercent: t.field({
      type: 'Decimal',
      required: true,
      description: 'The rate in per cent with at most three decimals, e.g. "1.134".',
    }),
  }),
});

const AssessmentRatesInput = builder.inputType('AssessmentRatesInput', {
  isOneOf: true,
  description:
    'The rates of a scale, exactly one of: `rows`, or `csv` text (`@oneOf`; both or neither is refused with BAD_USER_INPUT).',
  fields: (t) => ({
    rows: t.field({ description: 'The rates as structured rows (instead of `csv`).', type: [AssessmentRateRowInput] }),
    csv: t.string({
      description: `CSV text with a header row naming an \`iso3\` column and a \`rate_percent\` (or \`ratePercent\`) column; other columns are ignored, lines starting with # are comments. ${CSV_LIMIT_DESCRIPTION}`,
    }),
  }),
});

const ImportAssessmentScaleInput = builder.inputType('ImportAssessmentScaleInput', {
  description: 'A whole scale: its period, where it comes from, and its rates (as rows or as CSV text).',
  fields: (t) => ({
    name: t.string({ required: true, description: 'E.g. "2022-2024"; unique.' }),
    firstYear: t.int({ description: 'The first calendar year the scale applies to.', required: true }),
    lastYear: t.int({
      description: 'The last calendar year the scale applies to; not before `firstYear`.',
      required: true,
    }),
    resolution: t.string({ required: true, description: 'E.g. "A/RES/76/238".' }),
    source: t.string({ required: true, description: 'Where the rates come from: document, annex, file.' }),
    complete: t.boolean({
      defaultValue: false,
      description:
        'True for the whole UN scale: it must then hold every UN Member State exactly once, with rates adding up to 100 per cent within the rounding of the printed rates (n × 0.0005 for n rates).',
    }),
    rates: t.field({
      type: AssessmentRatesInput,
      required: true,
      description:
        'The rates, as `{ rows: [...] }` or `{ csv: "..." }`. A problem with a rate is reported at `rates.rows.<index>.<field>` (counting from 0, also for CSV text), with the text itself at `rates.csv`.',
    }),
  }),
});

const CSV_CODE_COLUMNS = ['iso3', 'state_code', 'stateCode'];
const CSV_RATE_COLUMNS = ['rate_percent', 'ratePercent', 'rate'];
const CSV_MAX_LENGTH = 1_000_000;

/** The rows of a scale given as CSV text, in order; problems with the text itself are ValidationErrors on `csv`. */
function readScaleCsv(text: string): RateRow[] {
  const records = readCsvRecords({ text, maxLength: CSV_MAX_LENGTH });
  const header = Object.keys(records[0] ?? {});
  const codeColumn = CSV_CODE_COLUMNS.find((column) => header.includes(column));
  const rateColumn = CSV_RATE_COLUMNS.find((column) => header.includes(column));
  if (records.length > 0 && (codeColumn === undefined || rateColumn === undefined)) {
    throw csvError(
      `The CSV header must name an "iso3" column and a "rate_percent" column; it has: ${header.join(', ')}.`,
    );
  }
  return records.map((record) => ({
    iso3: record[codeColumn ?? '']?.toUpperCase(),
    ratePercent: record[rateColumn ?? ''],
  }));
}

/** The rates (`rows`, `csv`) are given inside `rates`. */
function toApiPaths(issues: readonly ValidationIssue[]): ValidationIssue[] {
  return issues.map((issue) => ({
    ...issue,
    path: issue.path.replace(/^(rows|csv)(\.|$)/, 'rates.$1$2'),
  }));
}

/** The rows of the rates as given (exactly one of the two forms, which @oneOf ensures). */
function ratesOf(rates: {
  rows?: readonly { iso3: string; ratePercent: unknown }[] | null;
  csv?: string | null;
}): RateRow[] {
  return rates.rows
    ? rates.rows.map((row) => ({ iso3: row.iso3.trim().toUpperCase(), ratePercent: row.ratePercent }))
    : readScaleCsv(rates.csv ?? '');
}

/** Runs `work`, saying the paths of its ValidationError in the API's names. */
async function inApiPaths<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw error instanceof ValidationError ? new ValidationError({ issues: toApiPaths(error.issues) }) : error;
  }
}

builder.mutationField('importAssessmentScale', (t) =>
  t.field({
    type: AssessmentScaleRef,
    description:
      'Imports a whole scale of assessment, all or nothing: every bad row is reported at once and nothing is stored.',
    errors: { types: MUTATION_ERRORS, dataField: { name: 'assessmentScale', description: MUTATION_DATA_DESCRIPTION } },
    authScopes: { secretariat: true },
    args: {
      input: t.arg({ description: MUTATION_INPUT_DESCRIPTION, type: ImportAssessmentScaleInput, required: true }),
    },
    resolve: (_parent, args, context) => {
      const { rates, ...metadata } = args.input;
      return inApiPaths(async () => {
        const input = { ...metadata, complete: metadata.complete ?? false, rows: ratesOf(rates) };
        return runInTransaction(context, (tx) =>
          importAssessmentScale({ tx, actor: context, now: context.now(), input }),
        );
      });
    },
  }),
);
