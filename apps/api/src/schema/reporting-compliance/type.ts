import { resolveArrayConnection } from '@pothos/plugin-relay';
import { type ComplianceStatus } from '@plenary/domain';
import { builder, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../../builder.ts';
import { type LoadedReportingCompliance } from '../../use-cases/reports/load-reporting-compliance.ts';
import { ConventionRef } from '../convention/type.ts';
import {
  obligationMatches,
  ReportObligationComplianceConnection,
  ReportObligationComplianceRef,
  ReportObligationFilter,
} from './obligation.ts';

const ReportingComplianceTotalsRef = builder
  .objectRef<Record<ComplianceStatus, number>>('ReportingComplianceTotals')
  .implement({
    description:
      'How many obligations are in each compliance status; they add up to `total`. Unknown (not recorded) ones are never counted as overdue.',
    fields: (t) => ({
      onTime: t.int({
        description: 'Obligations met: the report was received on or before its due date.',
        resolve: (totals) => totals.ON_TIME,
      }),
      late: t.int({
        description: 'Obligations met late: the report was received after its due date.',
        resolve: (totals) => totals.LATE,
      }),
      overdue: t.int({
        description: 'Obligations past their due date with no report received by `asOf`.',
        resolve: (totals) => totals.OVERDUE,
      }),
      notYetDue: t.int({
        description: 'Obligations whose due date is after `asOf`.',
        resolve: (totals) => totals.NOT_YET_DUE,
      }),
      notRecorded: t.int({
        description:
          "Unknown: due before the secretariat's records begin, with no report recorded (import past reports to know).",
        resolve: (totals) => totals.NOT_RECORDED,
      }),
    }),
  });

export const ReportingComplianceRef = builder.objectRef<LoadedReportingCompliance>('ReportingCompliance').implement({
  description:
    'Article 7 compliance of every State with an obligation falling due in a year: on time, late, overdue, not yet due, or not recorded ' +
    "(unknown: due before the secretariat's records begin and no report recorded).",
  fields: (t) => ({
    convention: t.field({
      description: 'The convention the reports are owed under.',
      type: ConventionRef,
      resolve: (compliance) => compliance.convention,
    }),
    year: t.exposeInt('year', { description: 'Obligations whose due date (stored or computed) falls in this year.' }),
    asOf: t.field({
      type: 'Date',
      description: 'The day compliance is judged on: reports received later count as not yet received.',
      resolve: (compliance) => compliance.asOf,
    }),
    recordsBeginOn: t.field({
      type: 'Date',
      nullable: true,
      description:
        "The convention's `reportRecordsBeginOn`: obligations due earlier with no report recorded are NOT_RECORDED, not OVERDUE.",
      resolve: (compliance) => compliance.recordsBegin,
    }),
    total: t.int({
      description: 'How many obligations fall due in the year; the `totals` add up to it.',
      resolve: (compliance) => compliance.lines.length,
    }),
    totals: t.field({
      description: 'How many obligations are in each compliance status.',
      type: ReportingComplianceTotalsRef,
      resolve: (compliance) => compliance.totals,
    }),
    obligations: t.connection(
      {
        type: ReportObligationComplianceRef,
        description: 'One entry per obligation (under the CCM, one per State a year), in order of State code.',
        args: {
          filter: t.arg({ description: 'Which obligations to list (default: all).', type: ReportObligationFilter }),
        },
        resolve: (compliance, args) => {
          const lines = compliance.lines.filter((line) => obligationMatches(line, args.filter));
          return {
            ...resolveArrayConnection({ args, defaultSize: DEFAULT_PAGE_SIZE, maxSize: MAX_PAGE_SIZE }, lines),
            totalCount: lines.length,
          };
        },
      },
      ReportObligationComplianceConnection,
    ),
  }),
});
