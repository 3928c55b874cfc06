import { toCalendarDate, type TransparencyReport } from '@plenary/db';
import { assertReportPublishable, NotFoundError } from '@plenary/domain';
import { recordAudit, type AuditActor, type TransactionClient } from '../../mutations/audit.ts';
import { assertVersionBumped } from '../../mutations/run-in-transaction.ts';

export interface PublishReportInput {
  reportId: string;
  /** The report's ID as the caller gave it, named in a NotFoundError. */
  reportKey: string;
  /** The version the caller read; a stale one is a conflict. */
  version: number;
}

/** Publishes a received report for everyone to read; one audit event. */
export async function publishReport(options: {
  tx: TransactionClient;
  actor: AuditActor;
  now: Date;
  input: PublishReportInput;
}): Promise<TransparencyReport> {
  const { tx, actor, now, input } = options;
  const id = input.reportId;
  const before = await tx.transparencyReport.findUnique({ where: { id } });
  if (!before) throw new NotFoundError({ entity: 'TransparencyReport', key: input.reportKey });
  assertReportPublishable({
    published: before.published,
    receivedOn: before.receivedOn && toCalendarDate(before.receivedOn),
  });
  const updated = await tx.transparencyReport.updateMany({
    where: { id, version: input.version },
    data: { published: true, publishedAt: now, version: { increment: 1 } },
  });
  await assertVersionBumped({
    updatedCount: updated.count,
    entity: 'TransparencyReport',
    key: input.reportKey,
    exists: async () => true,
  });
  const after = await tx.transparencyReport.findUniqueOrThrow({ where: { id } });
  await recordAudit({
    tx,
    actor,
    now,
    entry: { action: 'transparencyReport.publish', entityType: 'TransparencyReport', entityId: id, before, after },
  });
  return after;
}
