import type { Meeting } from '@plenary/db';
import { changeMeetingStatus as allowedStatusChange, type MeetingStatus } from '@plenary/domain';
import { recordAudit } from '../../mutations/audit.ts';
import { notFound } from '../../mutations/global-id.ts';
import { assertVersionBumped } from '../../mutations/run-in-transaction.ts';
import { auditedState, staleMeeting, type MeetingUseCase } from './meeting-record.ts';

export interface ChangeMeetingStatusInput {
  id: string;
  /** The meeting's ID as the caller gave it, named in a NotFoundError. */
  key: string;
  /** The version the caller read; a stale one is a conflict. */
  version: number;
  status: MeetingStatus;
}

/** Opens, closes or cancels a meeting as the domain's workflow allows; one audit event with the status before and after. */
export async function changeMeetingStatus({
  tx,
  actor,
  now,
  input,
}: MeetingUseCase<ChangeMeetingStatusInput>): Promise<Meeting> {
  const { id, version } = input;
  const before = await tx.meeting.findUnique({ where: { id } });
  if (!before) throw notFound('Meeting', input.key);
  if (before.version !== version) throw staleMeeting(before);
  const status = allowedStatusChange({ from: before.status, to: input.status });
  const { count } = await tx.meeting.updateMany({
    where: { id, version, status: before.status },
    data: { status, version: { increment: 1 } },
  });
  await assertVersionBumped({
    updatedCount: count,
    entity: 'Meeting',
    key: before.code,
    exists: async () => (await tx.meeting.count({ where: { id } })) > 0,
  });
  const after = await tx.meeting.findUniqueOrThrow({ where: { id } });
  await recordAudit({
    tx,
    actor,
    now,
    entry: {
      action: 'meeting.changeStatus',
      entityType: 'Meeting',
      entityId: id,
      before: auditedState(before),
      after: auditedState(after),
    },
  });
  return after;
}
