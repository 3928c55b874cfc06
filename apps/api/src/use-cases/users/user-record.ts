import type { User } from '@plenary/db';
import { NotFoundError } from '@plenary/domain';
import type { TransactionClient } from '../../mutations/audit.ts';

/** What the audit log keeps of a user: never the password hash. */
export function auditedUser(user: User): Record<string, unknown> {
  return { email: user.email, name: user.name, role: user.role, stateId: user.stateId, active: user.active };
}

/** The ID of the State a STATE user acts for; null when none is given. */
export async function stateIdOf(tx: TransactionClient, iso3: string | null | undefined): Promise<string | null> {
  if (!iso3) return null;
  const state = await tx.state.findUnique({ where: { iso3 }, select: { id: true } });
  if (!state)
    throw new NotFoundError({ entity: 'State', key: iso3, message: `There is no State with the code ${iso3}.` });
  return state.id;
}
