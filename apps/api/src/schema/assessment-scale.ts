import type { Prisma } from '@plenary/db';
import { ConflictError, SCALE_RATE_DECIMAL_PLACES, ValidationError, validateAssessmentScaleImport, type ValidationIssue } from '@plenary/domain';
import { builder } from '../builder.ts';
import { ISO3_DESCRIPTION, MUTATION_DATA_DESCRIPTION, MUTATION_INPUT_DESCRIPTION } from './shared-descriptions.ts';
import { CSV_LIMIT_DESCRIPTION, csvError, readCsvRecords } from '../mutations/csv-text.ts';
import { recordAudit } from '../mutations/audit.ts';
import { runInTransaction } from '../mutations/run-in-transaction.ts';
import { MUTATION_ERRORS } from './errors.ts';

/** Rates are shown with at least the scale's three decimals ("22.000", "0.001"), and any finer agreed rate in full. */
export function formatRate(rate: Prisma.Decimal | null): string | null {
  return rate === null ? null : rate.toFixed(Math.max(SCALE_RATE_DECIMAL_PLACES, rate.decimalPlaces()));
}

const AssessmentRateRef = builder.prismaObject('AssessmentRate', {
  description: "One State's rate on a UN scale of assessment.",
  fields: (t) => ({
    state: t.relation('state', { description: 'The State the rate is for.' }),
    ratePercent: t.field({ type: 'Decimal', description: 'The rate in per cent, e.g. "1.134".', resolve: (rate) => formatRate(rate.ratePercent) ?? '' }),
    verification: t.exposeString('verification', { nullable: true, description: 'How the rate was checked against its source.' }),
  }),
});

export const AssessmentScaleRef = builder.prismaNode('AssessmentScale', {
  // An unknown ID loads as null (node and nodes answer null), not as Prisma's not-found error.
  nullable: true,
  id: { field: 'id' },
  description: 'A UN scale of assessment for a period (2022-2024 under A/RES/76/238), imported with its source.',
  fields: (t) => ({
    name: t.exposeString('name', { description: 'E.g. "2022-2024".' }),
    firstYear: t.exposeInt('firstYear', { description: 'The first calendar year the scale applies to, e.g. 2022.' }),
    lastYear: t.exposeInt('lastYear', { description: 'The last calendar year the scale applies to, e.g. 2024.' }),
    resolution: t.exposeString('resolution', { description: 'The General Assembly resolution adopting it, e.g. "A/RES/76/238".' }),
    source: t.exposeString('source', { description: 'Where the rates were taken from.' }),
    complete: t.exposeBoolean('complete', {
      description: 'True when the whole UN scale is held (every Member State, summing to 100 per cent). Shares cannot be issued on an incomplete scale that lacks a rate for a State sharing the cost.',
    }),
    importedAt: t.expose('importedAt', { description: 'When the scale was imported into Plenary (UTC).', type: 'DateTime' }),
    rates: t.relatedConnection('rates', {
      cursor: 'id',
      totalCount: true,
      description: 'The rates, highest first.',
      query: () => ({ orderBy: [{ ratePercent: 'desc' }, { state: { iso3: 'asc' } }] }),
    }),
    rate: t.field({
      type: AssessmentRateRef,
      nullable: true,
      description: "One State's rate, or null when the scale has none for it.",
      args: { iso3: t.arg.string({ description: ISO3_DESCRIPTION, required: true }) },
      select: (args, _context, nestedSelection) => ({
        rates: nestedSelection({ where: { state: { iso3: args.iso3.trim().toUpperCase() } }, take: 1 }),
      }),
      resolve: (scale) => scale.rates[0] ?? null,
    }),
  }),
});

builder.queryFields((t) => ({
  assessmentScales: t.prismaConnection({
    type: 'AssessmentScale',
    cursor: 'id',
    description: 'The scales of assessment held, most recent period first.',
    totalCount: (_parent, _args, context) => context.prisma.assessmentScale.count(),
    resolve: (query, _parent, _args, context) => context.prisma.assessmentScale.findMany({ ...query, orderBy: [{ firstYear: 'desc' }, { name: 'asc' }] }),
  }),
  assessmentScale: t.prismaField({
    description: 'One scale of assessment by its name; null when there is none.',
    type: 'AssessmentScale',
    nullable: true,
    args: { name: t.arg.string({ required: true, description: 'E.g. "2022-2024".' }) },
    resolve: (query, _parent, args, context) => context.prisma.assessmentScale.findUnique({ ...query, where: { name: args.name.trim() } }),
  }),
}));

// ------------------------------------------------------------------------------------------------ import

const AssessmentRateRowInput = builder.inputType('AssessmentRateRowInput', {
  description: "One State's rate on the scale.",
  fields: (t) => ({
    iso3: t.string({ required: true, description: 'ISO 3166-1 alpha-3 code of the State, e.g. "CHE".' }),
    ratePercent: t.field({ type: 'Decimal', required: true, description: 'The rate in per cent with at most three decimals, e.g. "1.134".' }),
  }),
});

const ImportAssessmentScaleInput = builder.inputType('ImportAssessmentScaleInput', {
  description: 'A whole scale: give its rates either as `rows` or as `csv` text, not both.',
  fields: (t) => ({
    name: t.string({ required: true, description: 'E.g. "2022-2024"; unique.' }),
    firstYear: t.int({ description: 'The first calendar year the scale applies to.', required: true }),
    lastYear: t.int({ description: 'The last calendar year the scale applies to; not before `firstYear`.', required: true }),
    resolution: t.string({ required: true, description: 'E.g. "A/RES/76/238".' }),
    source: t.string({ required: true, description: 'Where the rates come from: document, annex, file.' }),
    complete: t.boolean({
      defaultValue: false,
      description: 'True for the whole UN scale: it must then hold every UN Member State exactly once, with rates adding up to 100 per cent within the rounding of the printed rates (n × 0.0005 for n rates).',
    }),
    rows: t.field({ description: 'The rates as structured rows (instead of `csv`).', type: [AssessmentRateRowInput] }),
    csv: t.string({
      description: `CSV text with a header row naming an \`iso3\` column and a \`rate_percent\` (or \`ratePercent\`) column; other columns are ignored, lines starting with # are comments. ${CSV_LIMIT_DESCRIPTION}`,
    }),
  }),
});

interface RateRow {
  stateCode: unknown;
  ratePercent: unknown;
}

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
    throw csvError(`The CSV header must name an "iso3" column and a "rate_percent" column; it has: ${header.join(', ')}.`);
  }
  return records.map((record) => ({ stateCode: record[codeColumn ?? '']?.toUpperCase(), ratePercent: record[rateColumn ?? ''] }));
}

/** The domain names a State's code `stateCode`; the API calls it `iso3`, as everywhere else in the schema. */
function toApiPaths(issues: readonly ValidationIssue[]): ValidationIssue[] {
  return issues.map((issue) => ({ ...issue, path: issue.path.replace(/^rows\.(\d+)\.stateCode$/, 'rows.$1.iso3') }));
}

builder.mutationField('importAssessmentScale', (t) =>
  t.field({
    type: AssessmentScaleRef,
    description: 'Imports a whole scale of assessment, all or nothing: every bad row is reported at once and nothing is stored.',
    errors: { types: MUTATION_ERRORS, dataField: { name: 'assessmentScale', description: MUTATION_DATA_DESCRIPTION } },
    authScopes: { secretariat: true },
    args: { input: t.arg({ description: MUTATION_INPUT_DESCRIPTION, type: ImportAssessmentScaleInput, required: true }) },
    resolve: async (_parent, args, context) => {
      const { rows, csv, ...metadata } = args.input;
      if ((rows == null) === (csv == null)) {
        throw new ValidationError({ issues: [{ path: 'rows', message: 'Give the rates either as rows or as CSV text, not both and not neither.' }] });
      }
      const rateRows: RateRow[] = rows ? rows.map((row) => ({ stateCode: row.iso3.trim().toUpperCase(), ratePercent: row.ratePercent })) : readScaleCsv(csv ?? '');
      const codes = rateRows.map((row) => row.stateCode).filter((code): code is string => typeof code === 'string');
      const known = await context.prisma.state.findMany({ where: { iso3: { in: codes } }, select: { id: true, iso3: true } });
      const stateIds = new Map(known.map((state) => [state.iso3, state.id]));
      // A complete scale is checked against the UN Member States of the States table.
      const members = metadata.complete ? await context.prisma.state.findMany({ where: { unStatus: 'MEMBER' }, select: { iso3: true } }) : [];

      let scale;
      try {
        scale = validateAssessmentScaleImport({ input: { ...metadata, complete: metadata.complete ?? false, rows: rateRows }, knownStateCodes: new Set(stateIds.keys()), memberStateCodes: new Set(members.map((state) => state.iso3)) });
      } catch (error) {
        throw error instanceof ValidationError ? new ValidationError({ issues: toApiPaths(error.issues) }) : error;
      }

      return runInTransaction(context, async (transaction) => {
        if (await transaction.assessmentScale.findUnique({ where: { name: scale.name }, select: { id: true } })) {
          throw new ConflictError({ message: `A scale named "${scale.name}" is already held; scales are never overwritten. Import it under another name.` });
        }
        const importedById = context.viewer.kind === 'user' ? context.viewer.user.id : null;
        const created = await transaction.assessmentScale.create({
          data: {
            name: scale.name,
            firstYear: scale.firstYear,
            lastYear: scale.lastYear,
            resolution: scale.resolution,
            source: scale.source,
            complete: scale.complete,
            importedAt: context.now(),
            importedById,
            rates: { createMany: { data: scale.rows.map((row) => ({ stateId: stateIds.get(row.stateCode) as string, ratePercent: row.ratePercent })) } },
          },
        });
        await recordAudit(transaction, context, {
          action: 'assessmentScale.import',
          entityType: 'AssessmentScale',
          entityId: created.id,
          after: { ...scale, rows: scale.rows.map((row) => ({ iso3: row.stateCode, ratePercent: row.ratePercent })) },
        });
        return created;
      });
    },
  }),
);
