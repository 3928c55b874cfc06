import type { Prisma } from '@plenary/db';
import { isAdmin, isSecretariat, type Viewer } from '../context.ts';

// Who may read the audit trail. The secretariat reads the meeting cycle's events (meetings, delegations, reports,
// costs, treaty records): it sees those people's data anyway. Events about users and API keys, who may sign in and
// with what, are for ADMINs alone.
const ACCESS_ENTITY_TYPES = ['User', 'ApiKey'];

export function mayReadAuditEvent(viewer: Viewer, event: { entityType: string }): boolean {
  return isAdmin(viewer) || (isSecretariat(viewer) && !ACCESS_ENTITY_TYPES.includes(event.entityType));
}

/** The part of the audit trail `viewer` may read, as a condition on the events. */
export function readableAuditEvents(viewer: Viewer): Prisma.AuditEventWhereInput {
  return isAdmin(viewer) ? {} : { entityType: { notIn: ACCESS_ENTITY_TYPES } };
}
