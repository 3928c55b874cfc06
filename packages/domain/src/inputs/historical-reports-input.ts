import { z } from 'zod';
import { REPORT_CHANNELS, REPORT_KINDS } from '../enums/domain-enums.ts';
import { businessDateSchema, enumSchema, iso3Schema, yearSchema } from './common-schemas.ts';

/** Enough for every State Party's reports since 2010 (about 120 States, one report a year) in one import. */
export const HISTORICAL_REPORTS_MAX_ROWS = 5000;

/** One past Article 7 report: who sent which report, and the day it was received (required: it is history). */
export const historicalReportRowSchema = z.object({
  iso3: iso3Schema,
  kind: enumSchema(REPORT_KINDS, 'The kind of report'),
  /** The calendar year covered (annual) or the year of entry into force (initial). */
  periodYear: yearSchema('The year covered'),
  receivedOn: businessDateSchema('The date received'),
  channel: enumSchema(REPORT_CHANNELS, 'The channel').optional(),
});
export type HistoricalReportRow = z.infer<typeof historicalReportRowSchema>;

/** Past reports recorded all or nothing; issues are at `rows.<index>.<field>`, counting rows from 0. */
export const historicalReportsInputSchema = z.object({
  rows: z
    .array(historicalReportRowSchema, { error: 'The reports must be a list of rows.' })
    .min(1, { error: 'Give at least one report to import.' })
    .max(HISTORICAL_REPORTS_MAX_ROWS, { error: `Import at most ${HISTORICAL_REPORTS_MAX_ROWS} reports at a time.` }),
});
