import type { Delegation } from '@plenary/db';
import { assertDelegationMayBeRegistered, ConflictError } from '@plenary/domain';
import { actingUserId, recordAudit, type AuditActor, type TransactionClient } from '../../mutations/audit.ts';
import { notFound } from '../../mutations/global-id.ts';
import { createMembers, parseDelegationInput, snapshot } from './delegation-record.ts';

const FIRST_VERSION = 1;

export interface SubmitDelegationInput {
  invitationId: string;
  /** The invitation's ID as the caller gave it, named in a NotFoundError. */
  invitationKey: string;
  /** The DelegationInput as sent, unchecked. */
  delegation: unknown;
}

/** Registers the one delegation an invitation may have, with its first version in the history; one audit event. */
export async function submitDelegation(options: {
  tx: TransactionClient;
  actor: AuditActor;
  now: Date;
  input: SubmitDelegationInput;
}): Promise<Delegation> {
  const { tx, actor, now, input } = options;
  const { invitationId } = input;
  const delegationInput = parseDelegationInput(input.delegation);
  const invitation = await tx.invitation.findUnique({
    where: { id: invitationId },
    include: { meeting: true, delegation: { select: { id: true } } },
  });
  if (!invitation) throw notFound('Invitation', input.invitationKey);
  assertDelegationMayBeRegistered({ meetingStatus: invitation.meeting.status, invitationStatus: invitation.status });
  if (invitation.delegation)
    throw new ConflictError({ message: 'A delegation was already submitted for this invitation; amend it instead.' });
  const created = await tx.delegation.create({
    data: {
      invitationId,
      submittedAt: now,
      publicListConsent: delegationInput.publicListConsent,
      version: FIRST_VERSION,
    },
  });
  const { members, headMemberId } = await createMembers(tx, created.id, delegationInput.members);
  const delegation = await tx.delegation.update({ where: { id: created.id }, data: { headMemberId } });
  const after = snapshot(delegation, members);
  await tx.delegationChange.create({
    data: {
      delegationId: delegation.id,
      version: FIRST_VERSION,
      changedAt: now,
      changedById: actingUserId(actor),
      after,
    },
  });
  await recordAudit({
    tx,
    actor,
    now,
    entry: { action: 'delegation.submit', entityType: 'Delegation', entityId: delegation.id, after },
  });
  return delegation;
}
