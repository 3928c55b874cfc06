import { fromCalendarDate, toCalendarDate, type Prisma } from '@plenary/db';
import { reassessInvitationCapacity, type InvitationCapacity } from '@plenary/domain';
import { recordAudit, type AuditActor, type TransactionClient } from '../../mutations/audit.ts';
import { STANDING_COLUMNS, standingOn } from '../../treaty/standing-on.ts';

export interface ReassessInvitationCapacitiesInput {
  /** Whose invitations: a State's under one convention after a treaty action, or one meeting's after its opening day moved. */
  scope: { stateId: string; conventionId: string } | { meetingId: string };
  /** The audit action that moved them, kept with each change, e.g. "treatyRecord.deposit". */
  cause: string;
}

export interface CapacityChange {
  invitationId: string;
  previousCapacity: InvitationCapacity;
  capacity: InvitationCapacity;
}

function invitationsIn(scope: ReassessInvitationCapacitiesInput['scope']): Prisma.InvitationWhereInput {
  // Only States are invited by their standing; organisations' capacities come from rules 1.2 and 1.3.
  const meetings = 'meetingId' in scope ? { id: scope.meetingId } : { conventionId: scope.conventionId };
  return { stateId: 'stateId' in scope ? scope.stateId : { not: null }, meeting: { ...meetings, status: 'CONVENED' } };
}

/**
 * Re-reads States' invitations against their treaty status on each meeting's opening day, for meetings convened and
 * not yet open (rule 1.1); meetings already open keep the capacities they opened with. Every move is kept as an
 * InvitationCapacityChange and in the audit trail; the invitation, and any delegation registered on it, stay.
 */
export async function reassessInvitationCapacities(options: {
  tx: TransactionClient;
  actor: AuditActor;
  now: Date;
  input: ReassessInvitationCapacitiesInput;
}): Promise<CapacityChange[]> {
  const { tx, actor, now, input } = options;
  const invitations = await tx.invitation.findMany({
    where: invitationsIn(input.scope),
    select: {
      id: true,
      capacity: true,
      meeting: {
        select: { id: true, status: true, opensOn: true, timeZone: true, conventionId: true, convention: true },
      },
      state: { select: { treatyRecords: { select: { conventionId: true, ...STANDING_COLUMNS } } } },
    },
    orderBy: { id: 'asc' },
  });
  const changes: CapacityChange[] = [];
  for (const invitation of invitations) {
    const { meeting } = invitation;
    const opensOn = toCalendarDate(meeting.opensOn);
    const record = invitation.state?.treatyRecords.find((status) => status.conventionId === meeting.conventionId);
    const reassessment = reassessInvitationCapacity({
      meetingStatus: meeting.status,
      opensOn,
      timeZone: meeting.timeZone,
      now,
      capacity: invitation.capacity,
      statusOnOpeningDay: standingOn(record && { ...record, convention: meeting.convention }, opensOn).status,
    });
    if (reassessment.outcome !== 'CHANGED') continue;
    const { previousCapacity, capacity } = reassessment;
    // Only from the capacity read: a concurrent reassessment that moved it first wins, and this one adds nothing.
    const { count } = await tx.invitation.updateMany({
      where: { id: invitation.id, capacity: previousCapacity },
      data: { capacity },
    });
    if (count === 0) continue;
    await tx.invitationCapacityChange.create({
      data: {
        invitationId: invitation.id,
        changedAt: now,
        previousCapacity,
        capacity,
        standingOn: fromCalendarDate(opensOn),
        cause: input.cause,
      },
    });
    await recordAudit({
      tx,
      actor,
      now,
      entry: {
        action: 'invitation.changeCapacity',
        entityType: 'Invitation',
        entityId: invitation.id,
        before: { capacity: previousCapacity },
        after: { capacity, standingOn: opensOn, meetingId: meeting.id, cause: input.cause },
      },
    });
    changes.push({ invitationId: invitation.id, previousCapacity, capacity });
  }
  return changes;
}
