import type { User } from '@plenary/db';
import { ConflictError } from '@plenary/domain';
import { createUserInputSchema } from '@plenary/domain/inputs/access-input';
import { parseInput } from '@plenary/domain/inputs/parse-input';
import { hashPassword } from '../../auth/passwords.ts';
import { recordAudit, type AuditActor, type TransactionClient } from '../../mutations/audit.ts';
import { auditedUser, stateIdOf } from './user-record.ts';

export interface NewUser {
  email: string;
  name: string;
  role: User['role'];
  stateIso3?: string | null | undefined;
  passwordHash: string;
}

/** The user to register, checked, with the password hashed: call it before the transaction opens, as hashing is slow on purpose. */
export async function newUserOf(raw: unknown): Promise<NewUser> {
  const { password, ...user } = parseInput({ schema: createUserInputSchema, input: raw });
  return { ...user, passwordHash: await hashPassword(password) };
}

/** Registers an admin-app user under an e-mail address nobody has; one audit event, without the password hash. */
export async function createUser(options: {
  tx: TransactionClient;
  actor: AuditActor;
  now: Date;
  input: NewUser;
}): Promise<User> {
  const { tx, actor, now, input } = options;
  if (await tx.user.findUnique({ where: { email: input.email }, select: { id: true } })) {
    throw new ConflictError({ message: `There is already a user with the e-mail address ${input.email}.` });
  }
  const stateId = await stateIdOf(tx, input.stateIso3);
  const user = await tx.user.create({
    data: { email: input.email, name: input.name, role: input.role, stateId, passwordHash: input.passwordHash },
  });
  await recordAudit({
    tx,
    actor,
    now,
    entry: { action: 'user.create', entityType: 'User', entityId: user.id, after: auditedUser(user) },
  });
  return user;
}
