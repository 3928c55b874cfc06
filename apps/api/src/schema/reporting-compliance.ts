import { resolveArrayConnection } from '@pothos/plugin-relay';
import { toCalendarDate, type Convention, type State, type TransparencyReport } from '@plenary/db';
import {
  DEFAULT_CONVENTION_CODE,
  listReportObligations,
  NotFoundError,
  parseInput,
  summariseReportCompliance,
  yearSchema,
  type ComplianceStatus,
  type ReportKind,
  type StateReportObligation,
} from '@plenary/domain';
import { z } from 'zod';
import { readableBy, SECRETARIAT_AND_OWN_STATE } from '../auth/readers.ts';
import { builder, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../builder.ts';
import type { Context } from '../context.ts';
import { ConventionRef } from './convention.ts';
import { ComplianceStatusEnum } from './enums.ts';
import { nodeConnection } from './node-connection.ts';
import { AS_OF_DATE_DESCRIPTION, CONVENTION_CODE_DESCRIPTION } from './shared-descriptions.ts';
import { StateRef } from './state.ts';
import { mayReadReport } from '../auth/policies.ts';
import { conventionRulesOf } from '../treaty/convention-rules-of.ts';
import { ReportKindEnum, TransparencyReportRef } from './transparency-report/type.ts';

// An override can move a due date by a few days, never by more than a year (see listReportObligations); an
// obligation falling due in `year` therefore covers a period of year - 2 (initial report) up to year + 1.
const PERIOD_YEARS_BEFORE = 2;
const PERIOD_YEARS_AFTER = 1;
const DECEMBER = 11;
const LAST_DAY_OF_DECEMBER = 31;

// What compliance is judged from, and who may see the report; a line's `report` loads the rest when asked for.
const STORED_REPORT_COLUMNS = {
  id: true,
  stateId: true,
  kind: true,
  periodYear: true,
  dueOn: true,
  dueOnOverridden: true,
  receivedOn: true,
  published: true,
} as const;
type StoredReport = Pick<TransparencyReport, keyof typeof STORED_REPORT_COLUMNS>;

interface ComplianceLine {
  state: Pick<State, 'id' | 'iso3'>;
  kind: ReportKind;
  periodYear: number;
  dueOn: string;
  dueOnOverridden: boolean;
  receivedOn: string | null;
  status: ComplianceStatus;
  report: StoredReport | null;
}

interface ReportingCompliance {
  convention: Convention;
  year: number;
  asOf: string;
  recordsBegin: string | null;
  totals: Record<ComplianceStatus, number>;
  lines: ComplianceLine[];
}

function obligationKey(stateId: string, kind: ReportKind, periodYear: number): string {
  // A State has one initial report, whatever year is recorded for it.
  return kind === 'INITIAL' ? `${stateId}|INITIAL` : `${stateId}|ANNUAL|${periodYear}`;
}

/**
 * Compliance of every State with Article 7 obligations falling due in `year`, as known on `asOf`. Three queries
 * whatever the number of States and reports: the convention, the treaty records in force by the end of the year
 * (with their States), and the stored reports of the periods concerned. Stored due dates win over computed ones.
 */
async function assessReportingCompliance(
  context: Context,
  options: { conventionCode: string; year: number; asOf: string },
): Promise<ReportingCompliance> {
  const { asOf } = options;
  const { year } = parseInput({ schema: z.object({ year: yearSchema('The year') }), input: { year: options.year } });
  const convention = await context.prisma.convention.findUnique({ where: { code: options.conventionCode } });
  if (!convention) throw new NotFoundError({ entity: 'Convention', key: options.conventionCode });
  const rules = conventionRulesOf(convention);
  const [records, reports] = await Promise.all([
    context.prisma.treatyRecord.findMany({
      where: {
        conventionId: convention.id,
        entryIntoForceOn: { not: null, lte: new Date(Date.UTC(year, DECEMBER, LAST_DAY_OF_DECEMBER)) },
      },
      // Only what the obligations are computed from; the State's other fields load when a query asks for them.
      select: {
        stateId: true,
        entryIntoForceOn: true,
        withdrawalEffectiveOn: true,
        state: { select: { id: true, iso3: true } },
      },
    }),
    context.prisma.transparencyReport.findMany({
      where: {
        conventionId: convention.id,
        periodYear: { gte: year - PERIOD_YEARS_BEFORE, lte: year + PERIOD_YEARS_AFTER },
      },
      select: STORED_REPORT_COLUMNS,
    }),
  ]);
  const reportsByObligation = new Map(
    reports.map((report) => [obligationKey(report.stateId, report.kind, report.periodYear), report]),
  );
  const reportsByState = new Map<string, StoredReport[]>();
  for (const report of reports)
    reportsByState.set(report.stateId, [...(reportsByState.get(report.stateId) ?? []), report]);

  const obligations: (StateReportObligation & { line: Omit<ComplianceLine, 'status' | 'receivedOn'> })[] = [];
  for (const record of records) {
    if (!record.entryIntoForceOn) continue;
    const stored = reportsByState.get(record.stateId) ?? [];
    const listed = listReportObligations({
      entryIntoForce: toCalendarDate(record.entryIntoForceOn),
      withdrawalEffective: record.withdrawalEffectiveOn && toCalendarDate(record.withdrawalEffectiveOn),
      fromYear: year,
      toYear: year,
      rules,
      dueOnOverrides: stored
        .filter((report) => report.dueOnOverridden)
        .map((report) => ({
          kind: report.kind,
          coveredYear: report.periodYear,
          dueOn: toCalendarDate(report.dueOn),
        })),
    });
    for (const obligation of listed) {
      const report =
        reportsByObligation.get(obligationKey(record.stateId, obligation.kind, obligation.coveredYear)) ?? null;
      // The stored day, even if after `asOf`: a recorded report is known, so never NOT_RECORDED (summariseReportCompliance).
      obligations.push({
        iso3: record.state.iso3,
        kind: obligation.kind,
        dueOn: obligation.dueOn,
        receivedOn: report?.receivedOn ? toCalendarDate(report.receivedOn) : null,
        line: {
          state: record.state,
          kind: obligation.kind,
          periodYear: obligation.coveredYear,
          dueOn: obligation.dueOn,
          dueOnOverridden: obligation.dueOnOverridden,
          report,
        },
      });
    }
  }

  const recordsBegin = convention.reportRecordsBeginOn ? toCalendarDate(convention.reportRecordsBeginOn) : null;
  const summary = summariseReportCompliance({ year, asOf, recordsBegin, obligations });
  const byLineKey = new Map(
    obligations.map((obligation) => [`${obligation.iso3}|${obligation.kind}|${obligation.dueOn}`, obligation.line]),
  );
  const lines = summary.lines.map((summaryLine) => {
    const line = byLineKey.get(`${summaryLine.iso3}|${summaryLine.kind}|${summaryLine.dueOn}`);
    if (!line) throw new Error(`compliance line without its obligation: ${summaryLine.iso3} ${summaryLine.kind}`);
    return { ...line, receivedOn: summaryLine.receivedOn, status: summaryLine.status };
  });
  return { convention, year, asOf: summary.asOf, recordsBegin, totals: summary.totals, lines };
}

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

const ReportingComplianceRef = builder.objectRef<ReportingCompliance>('ReportingCompliance').implement({
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

builder.queryField('reportingCompliance', (t) =>
  t.field({
    type: ReportingComplianceRef,
    description:
      'Per State with Article 7 obligations falling due in `year` (from its entry into force and withdrawal; stored due dates win): on time, late, overdue or not yet due as of `asOf` (default: today), with totals. ' +
      "An obligation due before the convention's `reportRecordsBeginOn` with no report recorded is NOT_RECORDED: unknown, counted apart, never overdue.",
    args: {
      convention: t.arg.string({ description: CONVENTION_CODE_DESCRIPTION, defaultValue: DEFAULT_CONVENTION_CODE }),
      year: t.arg.int({ description: 'The calendar year whose due dates to judge, e.g. 2024.', required: true }),
      asOf: t.arg({
        description: AS_OF_DATE_DESCRIPTION + ' Reports received later count as not yet received.',
        type: 'Date',
      }),
    },
    resolve: (_parent, args, context) =>
      assessReportingCompliance(context, {
        conventionCode: args.convention ?? DEFAULT_CONVENTION_CODE,
        year: args.year,
        asOf: toCalendarDate(args.asOf ?? context.now()),
      }),
  }),
);
