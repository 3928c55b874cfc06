import type { Meeting } from '@plenary/db';
import { meetingRecordInputSchema } from '@plenary/domain/inputs/meeting-record-input';
import { parseInput } from '@plenary/domain/inputs/parse-input';
import { recordAudit } from '../../mutations/audit.ts';
import { notFound } from '../../mutations/global-id.ts';
import { assertVersionBumped } from '../../mutations/run-in-transaction.ts';
import { reassessInvitationCapacities } from '../invitations/reassess-invitation-capacities.ts';
import {
  assertCodeIsFree,
  MEETING_RECORD,
  meetingColumns,
  mergeUpdate,
  staleMeeting,
  type MeetingUseCase,
} from './meeting-record.ts';

export interface UpdateMeetingInput {
  id: string;
  /** The version the caller read: a meeting changed since is refused, not overwritten. */
  version: number;
  /** The fields to change; `null` clears one. */
  changes: Record<string, unknown>;
}

/**
 * Changes a meeting: the stored meeting with the changes applied is checked whole by the domain (so a change cannot
 * leave it inconsistent), the version is bumped, and the audit trail keeps the row before and after.
 */
export async function updateMeeting({ tx, actor, now, input }: MeetingUseCase<UpdateMeetingInput>): Promise<Meeting> {
  const { id, version, changes } = input;
  const before = await tx.meeting.findUnique({ where: { id }, include: MEETING_RECORD });
  if (!before) throw notFound('Meeting', id);
  if (before.version !== version) throw staleMeeting(before);
  const record = parseInput({ schema: meetingRecordInputSchema, input: mergeUpdate(before, changes) });
  const columns = await meetingColumns(tx, record);
  await assertCodeIsFree(tx, { conventionId: before.conventionId, code: columns.code, exceptId: id });
  const { count } = await tx.meeting.updateMany({
    where: { id, version },
    data: { ...columns, version: { increment: 1 } },
  });
  await assertVersionBumped({
    updatedCount: count,
    entity: 'Meeting',
    key: before.code,
    exists: async () => (await tx.meeting.count({ where: { id } })) > 0,
  });
  const after = await tx.meeting.findUniqueOrThrow({ where: { id } });
  const {
    convention: _convention,
    presidentState: _presidentState,
    noteIssuingOffice: _note,
    secretariatOffice: _secretariat,
    mandateResolution: _resolution,
    ...beforeRow
  } = before;
  await recordAudit({
    tx,
    actor,
    now,
    entry: { action: 'meeting.update', entityType: 'Meeting', entityId: id, before: beforeRow, after },
  });
  // A new opening day is a new day on which the States' standing decides their capacity.
  if (before.opensOn.getTime() !== after.opensOn.getTime()) {
    await reassessInvitationCapacities({
      tx,
      actor,
      now,
      input: { scope: { meetingId: id }, cause: 'meeting.update' },
    });
  }
  return after;
}
