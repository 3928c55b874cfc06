import type { Delegation } from '@plenary/db';
import { assertDelegationMayBeRegistered } from '@plenary/domain';
import { actingUserId, recordAudit, type AuditActor, type TransactionClient } from '../../mutations/audit.ts';
import { notFound } from '../../mutations/global-id.ts';
import { assertVersionBumped } from '../../mutations/run-in-transaction.ts';
import { createMembers, parseDelegationInput, snapshot } from './delegation-record.ts';

export interface AmendDelegationInput {
  delegationId: string;
  /** The delegation's ID as the caller gave it, named in a NotFoundError or ConflictError. */
  delegationKey: string;
  /** The version the caller read; a stale one is a conflict. */
  version: number;
  /** The whole new DelegationInput as sent, unchecked: it replaces the stored list. */
  delegation: unknown;
}

/** Replaces a delegation's list of members as a new version, kept in its history beside the old one; one audit event. */
export async function amendDelegation(options: {
  tx: TransactionClient;
  actor: AuditActor;
  now: Date;
  input: AmendDelegationInput;
}): Promise<Delegation> {
  const { tx, actor, now, input } = options;
  const { delegationId } = input;
  const delegationInput = parseDelegationInput(input.delegation);
  const current = await tx.delegation.findUnique({
    where: { id: delegationId },
    include: { members: true, invitation: { include: { meeting: true } } },
  });
  if (!current) throw notFound('Delegation', input.delegationKey);
  assertDelegationMayBeRegistered({
    meetingStatus: current.invitation.meeting.status,
    invitationStatus: current.invitation.status,
  });
  // The version check is the first write: it takes the row's lock, so a concurrent amendment waits and then fails.
  const { count } = await tx.delegation.updateMany({
    where: { id: delegationId, version: input.version },
    data: { version: { increment: 1 }, lastAmendedAt: now, publicListConsent: delegationInput.publicListConsent },
  });
  await assertVersionBumped({
    updatedCount: count,
    entity: 'Delegation',
    key: input.delegationKey,
    exists: async () => (await tx.delegation.count({ where: { id: delegationId } })) > 0,
  });
  // New members first, then the head pointer, then the old members: the head is always a member.
  const { members, headMemberId } = await createMembers(tx, delegationId, delegationInput.members);
  const delegation = await tx.delegation.update({ where: { id: delegationId }, data: { headMemberId } });
  await tx.delegationMember.deleteMany({ where: { id: { in: current.members.map((member) => member.id) } } });
  const before = snapshot(current, current.members);
  const after = snapshot(delegation, members);
  await tx.delegationChange.create({
    data: {
      delegationId,
      version: delegation.version,
      changedAt: now,
      changedById: actingUserId(actor),
      before,
      after,
    },
  });
  await recordAudit({
    tx,
    actor,
    now,
    entry: { action: 'delegation.amend', entityType: 'Delegation', entityId: delegationId, before, after },
  });
  return delegation;
}
