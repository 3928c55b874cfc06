import type { User } from '@plenary/db';
import { assignUserState, ConflictError, NotFoundError } from '@plenary/domain';
import { updateUserInputSchema } from '@plenary/domain/inputs/access-input';
import { parseInput } from '@plenary/domain/inputs/parse-input';
import { viewerUser } from '../../context.ts';
import { recordAudit, type AuditActor, type TransactionClient } from '../../mutations/audit.ts';
import { auditedUser, stateIdOf } from './user-record.ts';

export interface UpdateUserInput {
  userId: string;
  /** The user's ID as the caller gave it, named in a NotFoundError. */
  userKey: string;
  /** The fields to change, as given. */
  changes: unknown;
}

function assertMayChangeOwnAccount(
  actor: AuditActor,
  userId: string,
  changes: { role?: string | undefined; active?: boolean | undefined },
): void {
  if (viewerUser(actor.viewer)?.id !== userId) return;
  // An administrator who locks themself out may leave nobody able to manage users.
  if (changes.active === false || (changes.role !== undefined && changes.role !== 'ADMIN')) {
    throw new ConflictError({
      message: 'You cannot deactivate your own account or give up your own ADMIN role; ask another administrator.',
    });
  }
}

/**
 * Changes a user's name, role, State or whether they may sign in. Deactivating a user ends their sessions; the audit
 * event says how many.
 */
export async function updateUser(options: {
  tx: TransactionClient;
  actor: AuditActor;
  now: Date;
  input: UpdateUserInput;
}): Promise<User> {
  const { tx, actor, now, input } = options;
  const { userId } = input;
  const changes = parseInput({ schema: updateUserInputSchema, input: input.changes });
  assertMayChangeOwnAccount(actor, userId, changes);
  const before = await tx.user.findUnique({ where: { id: userId }, include: { state: { select: { iso3: true } } } });
  if (!before) throw new NotFoundError({ entity: 'User', key: input.userKey });
  const { role, stateIso3 } = assignUserState({
    currentRole: before.role,
    currentStateIso3: before.state?.iso3 ?? null,
    role: changes.role,
    stateIso3: changes.stateIso3,
  });
  const stateId = await stateIdOf(tx, stateIso3);
  const user = await tx.user.update({
    where: { id: userId },
    data: { name: changes.name, role, stateId, active: changes.active },
  });
  const revoked =
    before.active && !user.active
      ? await tx.session.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: now } })
      : { count: 0 };
  await recordAudit({
    tx,
    actor,
    now,
    entry: {
      action: 'user.update',
      entityType: 'User',
      entityId: userId,
      before: auditedUser(before),
      after: { ...auditedUser(user), ...(revoked.count > 0 && { sessionsEnded: revoked.count }) },
    },
  });
  return user;
}
