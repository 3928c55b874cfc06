import { NotFoundError } from '@plenary/domain';
import { parseInput } from '@plenary/domain/inputs/parse-input';
import { reportFormsInputSchema } from '@plenary/domain/inputs/report-record-input';
import { recordAudit, type AuditActor, type TransactionClient } from '../../mutations/audit.ts';
import { assertVersionBumped } from '../../mutations/run-in-transaction.ts';
import { formRows } from './record-transparency-report.ts';

export interface UpdateReportFormsInput {
  reportId: string;
  /** The report's ID as the caller gave it, named in a NotFoundError. */
  reportKey: string;
  /** The version the caller read; a stale one is a conflict. */
  version: number;
  /** All forms A-J as sent, unchecked: they are validated against the report's kind and period here. */
  forms: unknown;
}

/** Replaces a report's forms A-J, checked against its kind and period; one audit event. */
export async function updateReportForms(options: {
  tx: TransactionClient;
  actor: AuditActor;
  now: Date;
  input: UpdateReportFormsInput;
}) {
  const { tx, actor, now, input } = options;
  const id = input.reportId;
  const before = await tx.transparencyReport.findUnique({
    where: { id },
    include: { forms: { orderBy: { letter: 'asc' } } },
  });
  if (!before) throw new NotFoundError({ entity: 'TransparencyReport', key: input.reportKey });
  const { forms } = parseInput({
    schema: reportFormsInputSchema({ kind: before.kind, periodYear: before.periodYear }),
    input: { forms: input.forms },
  });
  const updated = await tx.transparencyReport.updateMany({
    where: { id, version: input.version },
    data: { version: { increment: 1 } },
  });
  await assertVersionBumped({
    updatedCount: updated.count,
    entity: 'TransparencyReport',
    key: input.reportKey,
    exists: async () => true,
  });
  await tx.reportForm.deleteMany({ where: { reportId: id } });
  await tx.reportForm.createMany({ data: formRows(forms).map((form) => ({ ...form, reportId: id })) });
  const after = await tx.transparencyReport.findUniqueOrThrow({
    where: { id },
    include: { forms: { orderBy: { letter: 'asc' } } },
  });
  await recordAudit({
    tx,
    actor,
    now,
    entry: { action: 'transparencyReport.updateForms', entityType: 'TransparencyReport', entityId: id, before, after },
  });
  return after;
}
