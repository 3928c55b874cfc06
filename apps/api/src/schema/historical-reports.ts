import { toCalendarDate, type TransparencyReport } from '@plenary/db';
import { DEFAULT_CONVENTION_CODE } from '@plenary/domain';
import { readableBy, SECRETARIAT } from '../auth/readers.ts';
import { builder } from '../builder.ts';
import { CSV_LIMIT_DESCRIPTION, csvError, readCsvRecords } from '../mutations/csv-text.ts';
import { runInTransaction } from '../mutations/run-in-transaction.ts';
import { importHistoricalReports } from '../use-cases/reports/import-historical-reports.ts';
import { MUTATION_ERRORS } from './errors.ts';
import {
  CONVENTION_CODE_DESCRIPTION,
  MUTATION_DATA_DESCRIPTION,
  MUTATION_INPUT_DESCRIPTION,
} from './shared-descriptions.ts';
import { ReportChannelEnum, ReportKindEnum } from './transparency-report/enums.ts';
import { TransparencyReportRef } from './transparency-report/type.ts';

const CSV_COLUMNS = ['iso3', 'kind', 'periodYear', 'receivedOn'] as const;
const CSV_MAX_LENGTH = 1_000_000;
const WHOLE_NUMBER = /^\d+$/;

/** The rows of CSV text, in order, as the domain's schema reads them; problems with the text itself are on `csv`. */
function readReportsCsv(text: string): Record<string, unknown>[] {
  const records = readCsvRecords({ text, maxLength: CSV_MAX_LENGTH });
  const header = Object.keys(records[0] ?? {});
  const missing = CSV_COLUMNS.filter((column) => !header.includes(column));
  if (records.length > 0 && missing.length > 0) {
    throw csvError(
      `The CSV header must name the columns ${CSV_COLUMNS.join(', ')} (channel is optional); missing: ${missing.join(', ')}.`,
    );
  }
  return records.map((record) => ({
    iso3: record.iso3?.toUpperCase(),
    kind: record.kind?.toUpperCase(),
    // A year that is not a whole number stays text, so the schema says what was expected.
    periodYear: WHOLE_NUMBER.test(record.periodYear ?? '') ? Number(record.periodYear) : record.periodYear,
    receivedOn: record.receivedOn,
    channel: record.channel ? record.channel.toUpperCase() : undefined,
  }));
}

const HistoricalReportRowInput = builder.inputType('HistoricalReportRowInput', {
  description: 'One past Article 7 report: who sent which report, and when it was received.',
  fields: (t) => ({
    iso3: t.string({ required: true, description: 'ISO 3166-1 alpha-3 code of the reporting State.' }),
    kind: t.field({
      description: 'Initial report (Art. 7(1)) or annual update (Art. 7(2)).',
      type: ReportKindEnum,
      required: true,
    }),
    periodYear: t.int({
      required: true,
      description: 'The year covered (annual report) or the year of entry into force (initial report).',
    }),
    receivedOn: t.field({
      description: 'The day the secretariat received the report, as `YYYY-MM-DD`.',
      type: 'Date',
      required: true,
    }),
    channel: t.field({ description: 'How the report reached the secretariat, when known.', type: ReportChannelEnum }),
  }),
});

const ImportHistoricalReportsInput = builder.inputType('ImportHistoricalReportsInput', {
  description:
    'Past reports, exactly one of: `rows`, or `csv` text (`@oneOf`; both or neither is refused with BAD_USER_INPUT).',
  isOneOf: true,
  fields: (t) => ({
    rows: t.field({
      description: 'The reports as structured rows (instead of `csv`).',
      type: [HistoricalReportRowInput],
    }),
    csv: t.string({
      description:
        'CSV text with a header row naming the columns iso3, kind (INITIAL or ANNUAL), periodYear and receivedOn (YYYY-MM-DD), and optionally ' +
        `channel; lines starting with # are comments. Row 1 is the first line after the header. ${CSV_LIMIT_DESCRIPTION}`,
    }),
  }),
});

const HistoricalReportsImportRef = builder
  .objectRef<{ reports: TransparencyReport[] }>('HistoricalReportsImport')
  .implement({
    description: 'The past Article 7 reports an import recorded, in the order given.',
    fields: (t) => ({
      imported: t.int({
        description: 'How many reports the import recorded.',
        resolve: (result) => result.reports.length,
      }),
      reports: t.field({
        description: 'The reports recorded, in the order given.',
        type: [TransparencyReportRef],
        extensions: readableBy(SECRETARIAT),
        resolve: (result) => result.reports,
      }),
    }),
  });

builder.mutationField('importHistoricalReports', (t) =>
  t.field({
    type: HistoricalReportsImportRef,
    description:
      'Secretariat only: records past Article 7 reports as received, all or nothing. Every problem of every row is reported at once at ' +
      '`rows.<index>.<field>` (counting from 0): an unknown State, a report the State did not owe that year, a report already recorded or given ' +
      'twice, a date received before the period ended or after today, a period still running. Each report is audited.',
    errors: { types: MUTATION_ERRORS, dataField: { name: 'result', description: MUTATION_DATA_DESCRIPTION } },
    authScopes: { secretariat: true },
    args: {
      convention: t.arg.string({ description: CONVENTION_CODE_DESCRIPTION, defaultValue: DEFAULT_CONVENTION_CODE }),
      input: t.arg({ description: MUTATION_INPUT_DESCRIPTION, type: ImportHistoricalReportsInput, required: true }),
    },
    resolve: async (_parent, args, context) => {
      const { rows, csv } = args.input;
      const given = rows
        ? rows.map((row) => ({
            ...row,
            iso3: row.iso3.trim().toUpperCase(),
            receivedOn: toCalendarDate(row.receivedOn),
            channel: row.channel ?? undefined,
          }))
        : readReportsCsv(csv ?? '');
      const conventionCode = args.convention ?? DEFAULT_CONVENTION_CODE;
      const reports = await runInTransaction(context, (tx) =>
        importHistoricalReports({ tx, actor: context, now: context.now(), input: { conventionCode, rows: given } }),
      );
      return { reports };
    },
  }),
);
