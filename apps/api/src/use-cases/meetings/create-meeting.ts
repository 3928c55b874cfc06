import type { Meeting } from '@plenary/db';
import { meetingRecordInputSchema } from '@plenary/domain/inputs/meeting-record-input';
import { parseInput } from '@plenary/domain/inputs/parse-input';
import { recordAudit } from '../../mutations/audit.ts';
import { notFound } from '../../mutations/global-id.ts';
import { plainInput } from '../../mutations/plain-input.ts';
import { assertCodeIsFree, meetingColumns, type MeetingUseCase } from './meeting-record.ts';

/** Records a new meeting as a draft, its input checked whole by the domain, and audits it. */
export async function createMeeting({ tx, actor, now, input: raw }: MeetingUseCase<unknown>): Promise<Meeting> {
  const input = parseInput({ schema: meetingRecordInputSchema, input: plainInput(raw) });
  const convention = await tx.convention.findUnique({ where: { code: input.conventionCode } });
  if (!convention) throw notFound('Convention', input.conventionCode);
  const columns = await meetingColumns(tx, input);
  await assertCodeIsFree(tx, { conventionId: convention.id, code: columns.code });
  const meeting = await tx.meeting.create({ data: { conventionId: convention.id, ...columns, status: 'DRAFT' } });
  await recordAudit({
    tx,
    actor,
    now,
    entry: { action: 'meeting.create', entityType: 'Meeting', entityId: meeting.id, after: meeting },
  });
  return meeting;
}
