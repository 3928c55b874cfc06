import { fromCalendarDate, toCalendarDate, type Prisma, type PrismaClient } from '@plenary/db';
import { type ComplianceStatus } from '@plenary/domain';
import { readableReports } from '../../auth/policies.ts';
import { builder } from '../../builder.ts';
import type { Context } from '../../context.ts';
import { ComplianceStatusEnum } from '../enums.ts';
import { UPDATED_SINCE_DESCRIPTION } from '../shared-descriptions.ts';
import { ReportKindEnum } from './enums.ts';

/**
 * A stored report's compliance as SQL, mirroring assessReportCompliance: received on or before `asOf` is ON_TIME
 * or LATE against its due date; otherwise OVERDUE once the due date has passed, else NOT_YET_DUE. A stored report
 * is never NOT_RECORDED.
 */
function complianceCondition(
  prisma: PrismaClient,
  status: ComplianceStatus,
  asOf: Date,
): Prisma.TransparencyReportWhereInput {
  const dueOn = prisma.transparencyReport.fields.dueOn;
  const notYetReceived: Prisma.TransparencyReportWhereInput = {
    OR: [{ receivedOn: null }, { receivedOn: { gt: asOf } }],
  };
  switch (status) {
    case 'ON_TIME':
      return { AND: [{ receivedOn: { lte: asOf } }, { receivedOn: { lte: dueOn } }] };
    case 'LATE':
      return { AND: [{ receivedOn: { lte: asOf } }, { receivedOn: { gt: dueOn } }] };
    case 'OVERDUE':
      return { AND: [notYetReceived, { dueOn: { lt: asOf } }] };
    case 'NOT_YET_DUE':
      return { AND: [notYetReceived, { dueOn: { gte: asOf } }] };
    case 'NOT_RECORDED':
      // A stored report is a record: only an obligation with none can be unknown (reportingCompliance lists those).
      return { id: { in: [] } };
  }
}

export const TransparencyReportFilter = builder.inputType('TransparencyReportFilter', {
  description: 'Which reports to list; conditions combine with AND. Omit a field to not filter by it.',
  fields: (t) => ({
    state: t.string({ description: 'ISO 3166-1 alpha-3 code of the reporting State.' }),
    convention: t.string({ description: 'Convention code, e.g. "CCM".' }),
    year: t.int({
      description: 'The year covered (annual reports) or of entry into force (initial reports): `periodYear`.',
    }),
    kind: t.field({ description: 'Only initial or only annual reports.', type: ReportKindEnum }),
    compliance: t.field({
      type: ComplianceStatusEnum,
      description:
        'Stored reports with this compliance on `asOf`. States with no report at all are in `reportingCompliance`.',
    }),
    asOf: t.field({ type: 'Date', description: 'The day compliance is judged on (default: today).' }),
    updatedSince: t.field({ type: 'DateTime', description: UPDATED_SINCE_DESCRIPTION }),
  }),
});

export const StateReportFilter = builder.inputType('StateReportFilter', {
  description: "Which of the State's reports to list; conditions combine with AND. Omit a field to not filter by it.",
  fields: (t) => ({
    convention: t.string({ description: 'Convention code, e.g. "CCM".' }),
    year: t.int({
      description: 'The year covered (annual reports) or of entry into force (initial reports): `periodYear`.',
    }),
    kind: t.field({ description: 'Only initial or only annual reports.', type: ReportKindEnum }),
    compliance: t.field({ type: ComplianceStatusEnum, description: 'Only reports with this compliance on `asOf`.' }),
    asOf: t.field({ type: 'Date', description: 'The day compliance is judged on (default: today).' }),
  }),
});

/** The reports a filter names, of those the viewer may read; a State's list is the same filter without `state`. */
export function reportWhere(
  filter:
    (typeof StateReportFilter.$inferInput & { state?: string | null; updatedSince?: Date | null }) | null | undefined,
  context: Context,
): Prisma.TransparencyReportWhereInput {
  const conditions: Prisma.TransparencyReportWhereInput[] = [readableReports(context.viewer)];
  if (filter?.state) conditions.push({ state: { iso3: filter.state.trim().toUpperCase() } });
  if (filter?.convention) conditions.push({ convention: { code: filter.convention } });
  if (filter?.year != null) conditions.push({ periodYear: filter.year });
  if (filter?.kind) conditions.push({ kind: filter.kind });
  if (filter?.updatedSince) conditions.push({ updatedAt: { gte: filter.updatedSince } });
  if (filter?.compliance) {
    const asOf = fromCalendarDate(toCalendarDate(filter.asOf ?? context.now()));
    conditions.push(complianceCondition(context.prisma, filter.compliance, asOf));
  }
  return { AND: conditions };
}
