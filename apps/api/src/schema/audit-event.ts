import type { Prisma } from '@plenary/db';
import { ValidationError } from '@plenary/domain';
import { decodeGlobalID, encodeGlobalID } from '@pothos/plugin-relay';
import { readRule } from '../auth/node-read-rules.ts';
import { builder } from '../builder.ts';
import { isAdmin } from '../context.ts';

export const AuditEventRef = builder.prismaNode('AuditEvent', {
  id: { field: 'id' },
  description: 'Who changed what, when, with the entity before and after. ADMIN only, also through `node`: it may hold personal data.',
  authScopes: readRule('AuditEvent', isAdmin),
  fields: (t) => ({
    at: t.expose('at', { type: 'DateTime' }),
    action: t.exposeString('action', { description: '`<entity>.<verb>`, e.g. `meeting.convene` or `apiKey.revoke`.' }),
    entityType: t.exposeString('entityType'),
    entityId: t.id({ description: 'The global ID of the entity changed.', resolve: (event) => encodeGlobalID(event.entityType, event.entityId) }),
    before: t.expose('before', { type: 'JSON', nullable: true }),
    after: t.expose('after', { type: 'JSON', nullable: true }),
    requestId: t.exposeString('requestId', { nullable: true, description: 'Matches the requestId in the server logs.' }),
    actorUser: t.relation('actorUser', { nullable: true }),
    actorApiKey: t.relation('actorApiKey', { nullable: true }),
  }),
});

const AuditEventFilter = builder.inputType('AuditEventFilter', {
  fields: (t) => ({
    entityType: t.string({ description: 'e.g. Meeting, Delegation, User.' }),
    entityId: t.id({ description: 'The global ID of the entity.' }),
    action: t.string({ description: 'e.g. meeting.convene.' }),
    actor: t.id({ description: 'The global ID of the User or ApiKey that acted.' }),
  }),
});

/** The database id inside a global ID; audit events keep database ids. */
function databaseId(globalId: string, path: string, typenames?: readonly string[]): { typename: string; id: string } {
  try {
    const decoded = decodeGlobalID(globalId);
    if (decoded.id && (!typenames || typenames.includes(decoded.typename))) return decoded;
  } catch {
    // Falls through to the validation error below.
  }
  const expected = typenames ? `a ${typenames.join(' or ')}` : 'an entity';
  throw new ValidationError({ issues: [{ path, message: `This is not the ID of ${expected}.` }] });
}

function auditEventWhere(filter: typeof AuditEventFilter.$inferInput | null | undefined): Prisma.AuditEventWhereInput {
  if (!filter) return {};
  const actor = filter.actor ? databaseId(String(filter.actor), 'filter.actor', ['User', 'ApiKey']) : null;
  return {
    ...(filter.entityType && { entityType: filter.entityType }),
    ...(filter.entityId && { entityId: databaseId(String(filter.entityId), 'filter.entityId').id }),
    ...(filter.action && { action: filter.action }),
    ...(actor && (actor.typename === 'User' ? { actorUserId: actor.id } : { actorApiKeyId: actor.id })),
  };
}

builder.queryFields((t) => ({
  auditEvents: t.prismaConnection({
    type: 'AuditEvent',
    cursor: 'id',
    description: 'The audit log, newest first (ADMIN only); events of one transaction keep the order they were written in.',
    authScopes: { admin: true },
    args: { filter: t.arg({ type: AuditEventFilter }) },
    totalCount: (_parent, args, context) => context.prisma.auditEvent.count({ where: auditEventWhere(args.filter) }),
    resolve: (query, _parent, args, context) =>
      context.prisma.auditEvent.findMany({ ...query, where: auditEventWhere(args.filter), orderBy: [{ sequence: 'desc' }] }),
  }),
}));
