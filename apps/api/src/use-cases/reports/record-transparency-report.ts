import { fromCalendarDate, toCalendarDate, type Convention, type Prisma, type TreatyRecord } from '@plenary/db';
import {
  describeReportObligation,
  ForbiddenError,
  validateReportReceipt,
  ValidationError,
  type CalendarDate,
  type ReportChannel,
  type ReportKind,
  type ReportObligation,
} from '@plenary/domain';
import { parseInput } from '@plenary/domain/inputs/parse-input';
import { reportRecordInputSchema, type ReportFormInput } from '@plenary/domain/inputs/report-record-input';
import { mayRecordReportDueDate } from '../../auth/policies.ts';
import { recordAudit, type AuditActor, type TransactionClient } from '../../mutations/audit.ts';
import { conventionRulesOf } from '../../treaty/convention-rules-of.ts';
import { treatyRecordOf } from '../../treaty/treaty-record-of.ts';

/** Forms A-J as stored rows. */
export function formRows(forms: readonly ReportFormInput[]) {
  return forms.map((form) => ({
    letter: form.letter,
    status: form.status,
    unchangedSinceYear: form.unchangedSinceYear ?? null,
  }));
}

export interface ReceivedReport {
  kind: ReportKind;
  periodYear: number;
  receivedOn: CalendarDate;
  channel?: ReportChannel | null;
  /** A published due date that differs from the computed one; it wins. */
  dueOn?: CalendarDate | null;
  forms?: readonly ReportFormInput[];
}

/**
 * The obligation a received report answers, refused (ValidationError) when the State owes no such report or the
 * report could not have been received that day: its period still running, received before the period ends or
 * after `today`. Every path that records a report goes through here.
 */
export function obligationOfReceivedReport(options: {
  convention: Convention;
  record: Pick<TreatyRecord, 'entryIntoForceOn' | 'withdrawalEffectiveOn'> | null;
  report: ReceivedReport;
  today: CalendarDate;
}): ReportObligation {
  const { convention, record, report, today } = options;
  const obligation = describeReportObligation({
    entryIntoForce: record?.entryIntoForceOn ? toCalendarDate(record.entryIntoForceOn) : null,
    withdrawalEffective: record?.withdrawalEffectiveOn ? toCalendarDate(record.withdrawalEffectiveOn) : null,
    kind: report.kind,
    coveredYear: report.periodYear,
    dueOnOverride: report.dueOn ?? null,
    rules: conventionRulesOf(convention),
  });
  const { issues } = validateReportReceipt({ receivedOn: report.receivedOn, periodEnd: obligation.periodEnd, today });
  if (issues.length > 0) throw new ValidationError({ issues });
  return obligation;
}

/**
 * Records a State's Article 7 report as received, the State and convention named (NotFoundError when unknown); the
 * report's period and due date follow from the State's treaty record. Received today unless `receivedOn` says. A due
 * date of the caller's own is refused (ForbiddenError) unless the caller may record one (mayRecordReportDueDate).
 */
export async function recordTransparencyReport(options: {
  tx: TransactionClient;
  actor: AuditActor;
  now: Date;
  input: {
    state: { where: Prisma.StateWhereUniqueInput; key: string };
    conventionCode: string;
    /** The report as sent, unchecked: its kind, period, channel, due date and forms. */
    report: {
      kind: string;
      periodYear: number;
      receivedOn?: CalendarDate | undefined;
      channel?: string | undefined;
      dueOn?: CalendarDate | undefined;
      forms?: readonly unknown[] | undefined;
    };
  };
}) {
  const { tx, actor, now, input } = options;
  const today = toCalendarDate(now);
  const checked = parseInput({
    schema: reportRecordInputSchema,
    input: { ...input.report, receivedOn: input.report.receivedOn ?? today },
  });
  const report = { ...checked, receivedOn: checked.receivedOn ?? today };
  if (report.dueOn !== undefined && !mayRecordReportDueDate(actor.viewer)) {
    throw new ForbiddenError({
      message: 'Only the secretariat records a due date other than the one computed from the Convention.',
    });
  }
  const { state, convention, record } = await treatyRecordOf(tx, input.state, input.conventionCode);
  return storeReceivedReport({
    tx,
    actor,
    now,
    input: { stateId: state.id, convention, record, report },
    action: 'transparencyReport.record',
  });
}

/**
 * Stores a State's Article 7 report as received, with its forms, and audits it under `action`. The unique key
 * (convention, State, kind, period) refuses a duplicate, a concurrent one included (P2002 -> ConflictError).
 */
export async function storeReceivedReport(options: {
  tx: TransactionClient;
  actor: AuditActor;
  now: Date;
  input: {
    stateId: string;
    convention: Convention;
    record: Pick<TreatyRecord, 'entryIntoForceOn' | 'withdrawalEffectiveOn'> | null;
    report: ReceivedReport;
  };
  action: 'transparencyReport.record' | 'transparencyReport.import';
}) {
  const { tx, actor, now, input, action } = options;
  const { report } = input;
  const obligation = obligationOfReceivedReport({
    convention: input.convention,
    record: input.record,
    report,
    today: toCalendarDate(now),
  });
  const created = await tx.transparencyReport.create({
    data: {
      conventionId: input.convention.id,
      stateId: input.stateId,
      kind: report.kind,
      periodYear: report.periodYear,
      periodStart: fromCalendarDate(obligation.periodStart),
      periodEnd: fromCalendarDate(obligation.periodEnd),
      dueOn: fromCalendarDate(obligation.dueOn),
      dueOnOverridden: obligation.dueOnOverridden,
      receivedOn: fromCalendarDate(report.receivedOn),
      channel: report.channel ?? null,
      forms: { create: formRows(report.forms ?? []) },
    },
  });
  const after = await tx.transparencyReport.findUniqueOrThrow({
    where: { id: created.id },
    include: { forms: { orderBy: { letter: 'asc' } } },
  });
  await recordAudit({ tx, actor, now, entry: { action, entityType: 'TransparencyReport', entityId: after.id, after } });
  return after;
}
