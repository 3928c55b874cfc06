import type { Viewer } from '../context.ts';
import { isSecretariatOrFocalPointOf } from './policies.ts';

// Who may read a delegation's credentials (their status, such as REJECTED, the issuing authority, the kind of
// document, the day received): the secretariat, which examines them, and the focal points of the State they
// accredit. Anonymous callers, partner keys and other States get null, as for a delegation without credentials.

/** What the rule reads of a delegation: select it beside the credentials. */
export const CREDENTIALS_RULE_SELECTION = { invitation: { select: { stateId: true } } } as const;

export function mayReadCredentials(viewer: Viewer, delegation: { invitation: { stateId: string | null } }): boolean {
  return isSecretariatOrFocalPointOf(viewer, delegation.invitation.stateId);
}
