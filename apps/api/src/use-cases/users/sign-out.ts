import { recordAudit, type AuditActor, type TransactionClient } from '../../mutations/audit.ts';

/** Ends the session the user signed in with; one audit event. */
export async function signOut(options: {
  tx: TransactionClient;
  actor: AuditActor;
  now: Date;
  input: { userId: string; sessionId: string };
}): Promise<void> {
  const { tx, actor, now, input } = options;
  await tx.session.update({ where: { id: input.sessionId }, data: { revokedAt: now } });
  await recordAudit({ tx, actor, now, entry: { action: 'user.signOut', entityType: 'User', entityId: input.userId } });
}
