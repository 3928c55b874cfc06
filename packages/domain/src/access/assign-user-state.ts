import type { UserRole } from '../enums/domain-enums.ts';
import { ValidationError } from '../errors/domain-error.ts';

/**
 * The State a user acts for after a change of role or State: STATE users act for exactly one State, other roles
 * for none. Changing a STATE user to another role drops the State; `stateIso3: null` clears it explicitly.
 */
export function assignUserState(options: {
  currentRole: UserRole;
  currentStateIso3: string | null;
  role?: UserRole | undefined;
  stateIso3?: string | null | undefined;
}): { role: UserRole; stateIso3: string | null } {
  const role = options.role ?? options.currentRole;
  if (role === 'STATE') {
    const stateIso3 = options.stateIso3 === undefined ? options.currentStateIso3 : options.stateIso3;
    if (!stateIso3) throw stateIssue('A STATE user acts for one State: give its three-letter code.');
    return { role, stateIso3 };
  }
  if (options.stateIso3) throw stateIssue(`Only STATE users act for a State; leave the State out for ${role} users.`);
  return { role, stateIso3: null };
}

function stateIssue(message: string): ValidationError {
  return new ValidationError({ issues: [{ path: 'stateIso3', message }] });
}
