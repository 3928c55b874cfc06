import { fromCalendarDate, toCalendarDate, type Convention } from '@plenary/db';
import { NotFoundError, validateReportRecordsBegin, ValidationError, type CalendarDate } from '@plenary/domain';
import { recordAudit, type AuditActor, type TransactionClient } from '../../mutations/audit.ts';

/**
 * Sets the day from which the secretariat's records of Article 7 reports are complete: an obligation due earlier
 * with no report recorded is NOT_RECORDED, not overdue. Validated (validateReportRecordsBegin) and audited.
 */
export async function setReportRecordsBegin(options: {
  tx: TransactionClient;
  actor: AuditActor;
  now: Date;
  input: { conventionCode: string; reportRecordsBeginOn: CalendarDate };
}): Promise<Convention> {
  const { tx, actor, now, input } = options;
  const before = await tx.convention.findUnique({ where: { code: input.conventionCode } });
  if (!before) throw new NotFoundError({ entity: 'Convention', key: input.conventionCode });
  const { issues } = validateReportRecordsBegin({
    reportRecordsBeginOn: input.reportRecordsBeginOn,
    conventionEntryIntoForce: before.entryIntoForceOn ? toCalendarDate(before.entryIntoForceOn) : null,
    today: toCalendarDate(now),
  });
  if (issues.length > 0) throw new ValidationError({ issues });
  const after = await tx.convention.update({
    where: { id: before.id },
    data: { reportRecordsBeginOn: fromCalendarDate(input.reportRecordsBeginOn) },
  });
  await recordAudit({
    tx,
    actor,
    now,
    entry: {
      action: 'convention.setReportRecordsBegin',
      entityType: 'Convention',
      entityId: after.id,
      before: { reportRecordsBeginOn: before.reportRecordsBeginOn },
      after: { reportRecordsBeginOn: after.reportRecordsBeginOn },
    },
  });
  return after;
}
