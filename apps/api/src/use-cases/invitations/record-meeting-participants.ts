import { toCalendarDate, type Invitation } from '@plenary/db';
import {
  calendarDateInTimeZone,
  validateRecordedParticipants,
  type KnownParticipantState,
  type RecordedParticipantRow,
} from '@plenary/domain';
import { recordAudit, type AuditActor, type TransactionClient } from '../../mutations/audit.ts';
import { notFound } from '../../mutations/global-id.ts';
import { STANDING_COLUMNS, standingOn } from '../../treaty/standing-on.ts';

export interface RecordMeetingParticipantsInput {
  meetingId: string;
  /** As read from the list of participants: ISO3 code and capacity, unchecked. */
  rows: readonly RecordedParticipantRow[];
}

/**
 * Records who took part in a past meeting whose invitations were never kept here (the 11th Meeting, 2023), from
 * its list of participants: each State becomes an invitation in its capacity, marked as recorded after the fact,
 * which counts as participating for Art. 14 as a registered delegation does. All or nothing; one audit event.
 */
export async function recordMeetingParticipants(options: {
  tx: TransactionClient;
  actor: AuditActor;
  now: Date;
  input: RecordMeetingParticipantsInput;
}): Promise<Invitation[]> {
  const { tx, actor, now, input } = options;
  const meeting = await tx.meeting.findUnique({ where: { id: input.meetingId }, include: { convention: true } });
  if (!meeting) throw notFound('Meeting', input.meetingId);
  const opensOn = toCalendarDate(meeting.opensOn);
  const states = await tx.state.findMany({
    select: {
      id: true,
      iso3: true,
      nameEn: true,
      treatyRecords: { where: { conventionId: meeting.conventionId }, select: STANDING_COLUMNS },
      invitations: { where: { meetingId: meeting.id }, select: { id: true } },
    },
  });
  const known = new Map<string, KnownParticipantState>(
    states.map((state) => {
      const record = state.treatyRecords[0];
      return [
        state.iso3,
        {
          name: state.nameEn,
          statusOnOpeningDay: standingOn(record && { ...record, convention: meeting.convention }, opensOn).status,
          invited: state.invitations.length > 0,
        },
      ];
    }),
  );
  const participants = validateRecordedParticipants({
    meetingCode: meeting.code,
    opensOn,
    today: calendarDateInTimeZone({ instant: now, timeZone: meeting.timeZone }),
    rows: input.rows,
    states: known,
  });
  const stateIdOf = new Map(states.map((state) => [state.iso3, state.id]));
  const stateIds = participants.map((participant) => stateIdOf.get(participant.iso3) as string);
  await tx.invitation.createMany({
    data: participants.map((participant, index) => ({
      meetingId: meeting.id,
      stateId: stateIds[index] as string,
      capacity: participant.capacity,
      status: 'ISSUED' as const,
      participationRecordedAt: now,
    })),
  });
  await recordAudit({
    tx,
    actor,
    now,
    entry: {
      action: 'meeting.recordParticipants',
      entityType: 'Meeting',
      entityId: meeting.id,
      after: {
        meeting: meeting.code,
        opensOn,
        participants: participants.map((participant) => ({
          iso3: participant.iso3,
          capacity: participant.capacity,
        })),
      },
    },
  });
  return tx.invitation.findMany({
    where: { meetingId: meeting.id, stateId: { in: stateIds } },
    orderBy: [{ capacity: 'asc' }, { state: { nameEn: 'asc' } }],
  });
}
