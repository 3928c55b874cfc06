import type { Prisma, PrismaClient } from '@plenary/db';
import { ValidationError } from '@plenary/domain';
import { decodeGlobalID, encodeGlobalID } from '@pothos/plugin-relay';
import { mayReadAuditEvent, readableAuditEvents } from '../auth/audit-trail-rules.ts';
import { readRule } from '../auth/node-read-rules.ts';
import { readableBy, SECRETARIAT } from '../auth/readers.ts';
import { builder } from '../builder.ts';
import { listOrder } from './list-order.ts';
import { nodeConnection } from './node-connection.ts';
import type { Viewer } from '../context.ts';

// The entity types that are nodes, so that `entity` can answer with the object itself (Credentials are not).
const NODE_ENTITY_TYPES = new Set([
  'Meeting',
  'Invitation',
  'Delegation',
  'TransparencyReport',
  'State',
  'TreatyRecord',
  'CostEstimate',
  'CostShareIssue',
  'Payment',
  'Organisation',
  'AssessmentScale',
  'User',
  'ApiKey',
]);

const AuditEventRef = builder.prismaNode('AuditEvent', {
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
      id: (event) => (NODE_ENTITY_TYPES.has(event.entityType) ? { type: event.entityType, id: event.entityId } : null),
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

const AuditEventFilter = builder.inputType('AuditEventFilter', {
  description: 'Which events to list; conditions combine with AND. Omit a field to not filter by it.',
  fields: (t) => ({
    entityType: t.string({ description: 'e.g. Meeting, Delegation, User.' }),
    entityId: t.id({ description: 'The global ID of the entity.' }),
    action: t.string({ description: 'e.g. meeting.convene.' }),
    actor: t.id({ description: 'The global ID of the User or ApiKey that acted.' }),
    meeting: t.id({
      description: 'The global ID of a meeting: events about it, its invitations, delegations, credentials and costs.',
    }),
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

/** Events about a meeting or anything recorded under it; the lookups run one after the other. */
async function meetingEventsWhere(prisma: PrismaClient, meetingId: string): Promise<Prisma.AuditEventWhereInput> {
  const invitations = await prisma.invitation.findMany({
    where: { meetingId },
    select: { id: true, delegation: { select: { id: true, credentials: { select: { id: true } } } } },
  });
  const estimates = await prisma.costEstimate.findMany({ where: { meetingId }, select: { id: true } });
  const issues = await prisma.costShareIssue.findMany({ where: { meetingId }, select: { id: true } });
  const payments = await prisma.payment.findMany({
    where: { costShare: { issue: { meetingId } } },
    select: { id: true },
  });
  const delegations = invitations.flatMap((invitation) => (invitation.delegation ? [invitation.delegation] : []));
  const ids = (rows: readonly { id: string }[]) => ({ in: rows.map((row) => row.id) });
  return {
    OR: [
      { entityType: 'Meeting', entityId: meetingId },
      { entityType: 'Invitation', entityId: ids(invitations) },
      { entityType: 'Delegation', entityId: ids(delegations) },
      {
        entityType: 'Credentials',
        entityId: ids(delegations.flatMap((delegation) => (delegation.credentials ? [delegation.credentials] : []))),
      },
      { entityType: 'CostEstimate', entityId: ids(estimates) },
      { entityType: 'CostShareIssue', entityId: ids(issues) },
      { entityType: 'Payment', entityId: ids(payments) },
    ],
  };
}

async function auditEventWhere(
  prisma: PrismaClient,
  viewer: Viewer,
  filter: typeof AuditEventFilter.$inferInput | null | undefined,
): Promise<Prisma.AuditEventWhereInput> {
  const readable = readableAuditEvents(viewer);
  if (!filter) return readable;
  const actor = filter.actor ? databaseId(String(filter.actor), 'filter.actor', ['User', 'ApiKey']) : null;
  const meeting = filter.meeting ? databaseId(String(filter.meeting), 'filter.meeting', ['Meeting']) : null;
  return {
    AND: [readable, ...(meeting ? [await meetingEventsWhere(prisma, meeting.id)] : [])],
    ...(filter.entityType && { entityType: filter.entityType }),
    ...(filter.entityId && { entityId: databaseId(String(filter.entityId), 'filter.entityId').id }),
    ...(filter.action && { action: filter.action }),
    ...(actor && (actor.typename === 'User' ? { actorUserId: actor.id } : { actorApiKeyId: actor.id })),
  };
}

const AuditEventConnection = nodeConnection(AuditEventRef, 'AuditEvent');

const AUDIT_EVENT_ORDER = listOrder({
  node: 'AuditEvent',
  fields: {
    // The sequence is unique and follows the order events were written in, within a transaction too.
    WRITTEN: {
      description: 'The order the events were written in (`at`, then the order within one transaction).',
      orderBy: (direction): Prisma.AuditEventOrderByWithRelationInput[] => [{ sequence: direction }],
    },
  },
  defaultOrder: { field: 'WRITTEN', direction: 'DESC' },
});

builder.queryFields((t) => ({
  auditEvents: t.prismaConnection(
    {
      type: 'AuditEvent',
      cursor: 'id',
      description:
        'The audit log, newest first unless `orderBy` says otherwise (oldest first: `{ field: WRITTEN, direction: ASC }`); events of one transaction keep the order they were written in. ADMINs read every event, the secretariat ' +
        'those of the meeting cycle.',
      authScopes: { secretariat: true },
      args: {
        filter: t.arg({ description: 'Which events to list (default: all you may read).', type: AuditEventFilter }),
        orderBy: t.arg(AUDIT_EVENT_ORDER.arg),
      },
      extensions: AUDIT_EVENT_ORDER.extensions,
      totalCount: async (_parent, args, context) =>
        context.prisma.auditEvent.count({ where: await auditEventWhere(context.prisma, context.viewer, args.filter) }),
      resolve: async (query, _parent, args, context) =>
        context.prisma.auditEvent.findMany({
          ...query,
          where: await auditEventWhere(context.prisma, context.viewer, args.filter),
          orderBy: AUDIT_EVENT_ORDER.prismaOrderBy(args.orderBy),
        }),
    },
    AuditEventConnection,
  ),
}));
