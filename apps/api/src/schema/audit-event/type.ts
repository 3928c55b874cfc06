import { encodeGlobalID } from '@pothos/plugin-relay';
import { mayReadAuditEvent } from '../../auth/audit-trail-rules.ts';
import { isNodeType, readRule } from '../../auth/node-read-rules.ts';
import { readableBy, SECRETARIAT } from '../../auth/readers.ts';
import { builder } from '../../builder.ts';

export const AuditEventRef = builder.prismaNode('AuditEvent', {
  // An unknown ID loads as null (node and nodes answer null), not as Prisma's not-found error.
  nullable: true,
  id: { field: 'id' },
  description:
    'Who changed what, when, with the entity before and after, also through `node`. It may hold personal data: ADMINs read every event, the ' +
    'secretariat those of the meeting cycle (not those about users and API keys).',
  authScopes: readRule('AuditEvent', mayReadAuditEvent),
  extensions: readableBy(SECRETARIAT),
  fields: (t) => ({
    at: t.expose('at', { description: 'When the change happened (UTC).', type: 'DateTime' }),
    action: t.exposeString('action', { description: '`<entity>.<verb>`, e.g. `meeting.convene` or `apiKey.revoke`.' }),
    entityType: t.exposeString('entityType', {
      description: 'The type of the entity changed, e.g. "Meeting" or "Delegation".',
    }),
    entityId: t.id({
      description: 'The global ID of the entity changed.',
      resolve: (event) => encodeGlobalID(event.entityType, event.entityId),
    }),
    before: t.expose('before', {
      description: "The entity's audited fields before the change, as JSON; null when it was created.",
      type: 'JSON',
      nullable: true,
    }),
    after: t.expose('after', {
      description: "The entity's audited fields after the change, as JSON; null when it was deleted.",
      type: 'JSON',
      nullable: true,
    }),
    requestId: t.exposeString('requestId', {
      nullable: true,
      description: 'Matches the requestId in the server logs.',
    }),
    entity: t.node({
      description: 'The entity changed, as it is now; null when it is gone or is not a node (credentials).',
      id: (event, _args, _context, info) =>
        isNodeType(info, event.entityType) ? { type: event.entityType, id: event.entityId } : null,
    }),
    actorName: t.string({
      nullable: true,
      description: 'The name of the user or API key that acted; null for the system.',
      select: { actorUser: { select: { name: true } }, actorApiKey: { select: { name: true } } },
      resolve: (event) => event.actorUser?.name ?? event.actorApiKey?.name ?? null,
    }),
    actorUser: t.relation('actorUser', {
      description: 'The user who acted; null when an API key or the system acted.',
      nullable: true,
    }),
    // The key itself is for ADMINs (api-key.ts); the secretariat sees its name in actorName.
    actorApiKey: t.relation('actorApiKey', {
      description: 'The API key that acted; null when a user or the system acted.',
      nullable: true,
      extensions: readableBy('ADMIN'),
    }),
  }),
});
