import type { Prisma, PrismaClient } from '@plenary/db';
import { ValidationError } from '@plenary/domain';
import { decodeGlobalID } from '@pothos/plugin-relay';
import { readableAuditEvents } from '../../auth/audit-trail-rules.ts';
import { builder } from '../../builder.ts';
import { listOrder } from '../list-order.ts';
import { nodeConnection } from '../node-connection.ts';
import type { Viewer } from '../../context.ts';
import { AuditEventRef } from './type.ts';

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
