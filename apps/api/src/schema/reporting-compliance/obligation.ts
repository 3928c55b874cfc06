import { mayReadReport } from '../../auth/policies.ts';
import { readableBy, SECRETARIAT_AND_OWN_STATE } from '../../auth/readers.ts';
import { builder } from '../../builder.ts';
import { type LoadedReportingCompliance } from '../../use-cases/reports/load-reporting-compliance.ts';
import { ComplianceStatusEnum } from '../enums.ts';
import { nodeConnection } from '../node-connection.ts';
import { StateRef } from '../state/type.ts';
import { ReportKindEnum } from '../transparency-report/enums.ts';
import { TransparencyReportRef } from '../transparency-report/type.ts';

/** One State's obligation to report for one period, as the reporting compliance lists it. */
type ComplianceLine = LoadedReportingCompliance['lines'][number];

export const ReportObligationComplianceRef = builder.objectRef<ComplianceLine>('ReportObligationCompliance').implement({
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

export const ReportObligationComplianceConnection = nodeConnection(
  ReportObligationComplianceRef,
  'ReportObligationCompliance',
);

export const ReportObligationFilter = builder.inputType('ReportObligationFilter', {
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

export function obligationMatches(
  line: ComplianceLine,
  filter: typeof ReportObligationFilter.$inferInput | null | undefined,
): boolean {
  if (filter?.status && line.status !== filter.status) return false;
  if (filter?.kind && line.kind !== filter.kind) return false;
  return !filter?.state || line.state.iso3 === filter.state.trim().toUpperCase();
}
