import { resolveArrayConnection } from '@pothos/plugin-relay';
import { type ComplianceStatus } from '@plenary/domain';
import { mayReadReport } from '../../auth/policies.ts';
import { readableBy, SECRETARIAT_AND_OWN_STATE } from '../../auth/readers.ts';
import { builder, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../../builder.ts';
import { type LoadedReportingCompliance } from '../../use-cases/reports/load-reporting-compliance.ts';
import { ConventionRef } from '../convention/type.ts';
import { ComplianceStatusEnum } from '../enums.ts';
import { nodeConnection } from '../node-connection.ts';
import { StateRef } from '../state/type.ts';
import { ReportKindEnum, TransparencyReportRef } from '../transparency-report/type.ts';

type ComplianceLine = LoadedReportingCompliance['lines'][number];

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

const ReportObligationComplianceRef = builder.objectRef<ComplianceLine>('ReportObligationCompliance').implement({
  description:
    "One State's Article 7 obligation falling due in the year, and whether it was met on the day compliance is judged.",
  fields: (t) => ({
    state: t.field({ description: 'The State that owes the report.', type: StateRef, resolve: (line) => line.state }),
    kind: t.field({
      description: 'Initial report (Art. 7(1)) or annual update (Art. 7(2)).',
      type: ReportKindEnum,
      resolve: (line) => line.kind,
    }),
    periodYear: t.exposeInt('periodYear', {
      description: 'The year covered (annual report) or of entry into force (initial report).',
    }),
    dueOn: t.field({
      description:
        'The day the report is due, as `YYYY-MM-DD`: computed by Art. 7, or the stored date when it differs (`dueOnOverridden`).',
      type: 'Date',
      resolve: (line) => line.dueOn,
    }),
    dueOnOverridden: t.exposeBoolean('dueOnOverridden', {
      description: 'The due date is a stored one that differs from the computed date.',
    }),
    receivedOn: t.field({
      type: 'Date',
      nullable: true,
      description: 'The day the report was received, if that was on or before `asOf`.',
      resolve: (line) => line.receivedOn,
    }),
    status: t.field({
      type: ComplianceStatusEnum,
      description:
        "NOT_RECORDED when unknown: due before the secretariat's records begin (`recordsBeginOn`) and no report is recorded.",
      resolve: (line) => line.status,
    }),
    report: t.prismaField({
      type: TransparencyReportRef,
      nullable: true,
      description:
        'The stored report, when there is one you may see (unpublished reports: the secretariat and the State only).',
      extensions: readableBy(SECRETARIAT_AND_OWN_STATE, 'EVERYONE_ONCE_PUBLISHED'),
      // Prisma answers the page's lookups by ID with one statement.
      resolve: (query, line, _args, context) =>
        line.report && mayReadReport(context.viewer, line.report)
          ? context.prisma.transparencyReport.findUnique({ ...query, where: { id: line.report.id } })
          : null,
    }),
  }),
});

const ReportObligationComplianceConnection = nodeConnection(
  ReportObligationComplianceRef,
  'ReportObligationCompliance',
);

const ReportObligationFilter = builder.inputType('ReportObligationFilter', {
  description: 'Which obligations to list; conditions combine with AND. Omit a field to not filter by it.',
  fields: (t) => ({
    status: t.field({
      type: ComplianceStatusEnum,
      description: 'Only obligations in this compliance status on `asOf`, e.g. OVERDUE.',
    }),
    kind: t.field({
      type: ReportKindEnum,
      description: 'Only initial reports (Art. 7(1)) or only annual updates (Art. 7(2)).',
    }),
    state: t.string({ description: 'ISO 3166-1 alpha-3 code of the State that owes the report.' }),
  }),
});

function obligationMatches(
  line: ComplianceLine,
  filter: typeof ReportObligationFilter.$inferInput | null | undefined,
): boolean {
  if (filter?.status && line.status !== filter.status) return false;
  if (filter?.kind && line.kind !== filter.kind) return false;
  return !filter?.state || line.state.iso3 === filter.state.trim().toUpperCase();
}

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
