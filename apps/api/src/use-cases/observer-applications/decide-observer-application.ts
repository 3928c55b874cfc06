import { ConflictError, decideObserverApplication as decide, type ObserverDecision } from '@plenary/domain';
import { observerDecisionNoteSchema } from '@plenary/domain/inputs/meeting-record-input';
import { parseInput } from '@plenary/domain/inputs/parse-input';
import { recordAudit, type AuditActor, type TransactionClient } from '../../mutations/audit.ts';
import { notFound } from '../../mutations/global-id.ts';

/**
 * Provisionally invites, approves or rejects an application (rule 1.3), adding the new status to its history. The
 * note, as sent, is checked here (ValidationError).
 */
export async function decideObserverApplication(options: {
  tx: TransactionClient;
  actor: AuditActor;
  now: Date;
  input: { invitationId: string; decision: ObserverDecision; note: string | null | undefined };
}) {
  const { tx, actor, now } = options;
  const input = {
    ...options.input,
    note: parseInput({ schema: observerDecisionNoteSchema, input: options.input.note ?? undefined }) ?? null,
  };
  const before = await tx.invitation.findUnique({ where: { id: input.invitationId } });
  if (!before || before.capacity !== 'ORGANISATION_ON_REQUEST' || before.status === 'ISSUED') {
    throw notFound('Observer application', input.invitationId);
  }
  const status = decide({ from: before.status, decision: input.decision, note: input.note });
  // Decided once: a concurrent decision on the same application finds it no longer in its former status.
  const { count } = await tx.invitation.updateMany({
    where: { id: input.invitationId, status: before.status },
    data: { status, decidedAt: now, decisionNote: input.note },
  });
  if (count === 0)
    throw new ConflictError({
      message: 'Someone decided on this application at the same time. Reload it to see the decision.',
    });
  await tx.invitationStatusChange.create({
    data: { invitationId: input.invitationId, status, at: now, note: input.note },
  });
  const after = await tx.invitation.findUniqueOrThrow({ where: { id: input.invitationId } });
  await recordAudit({
    tx,
    actor,
    now,
    entry: {
      action: 'observerApplication.decide',
      entityType: 'Invitation',
      entityId: input.invitationId,
      before,
      after,
    },
  });
  return after;
}
