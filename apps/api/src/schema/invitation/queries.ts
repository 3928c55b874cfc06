import type { InvitationCapacity as InvitationCapacityValue, Prisma } from '@plenary/db';
import { INVITATION_CAPACITIES, INVITED_STATUSES } from '@plenary/domain';
import { builder } from '../../builder.ts';
import { listOrder } from '../list-order.ts';
import { InvitationCapacityEnum } from '../enums.ts';
import { byCapacity, InvitationConnection, InvitationStatusEnum } from './type.ts';

export const InvitationFilter = builder.inputType('InvitationFilter', {
  description: 'Which invitations to list; conditions combine with AND. Omit a field to not filter by it.',
  fields: (t) => ({
    capacity: t.field({ description: 'Only invitations in this capacity.', type: InvitationCapacityEnum }),
    status: t.field({ description: 'Only invitations in this status.', type: InvitationStatusEnum }),
  }),
});

export function invitationWhere(
  filter: typeof InvitationFilter.$inferInput | null | undefined,
): Prisma.InvitationWhereInput {
  return {
    ...(filter?.capacity && { capacity: filter.capacity }),
    ...(filter?.status && { status: filter.status }),
  };
}

const MEETING_INVITATION_ORDER = listOrder({
  node: 'Invitation',
  fields: {
    CAPACITY: {
      description: "The capacity (in the order of rules 1.1-1.3: States Parties first), then the participant's name.",
      orderBy: byCapacity,
    },
    NAME: {
      description:
        "The State's English name; organisations, which have none, after the States ascending (before them descending), by acronym.",
      orderBy: (direction): Prisma.InvitationOrderByWithRelationInput[] => [
        { state: { nameEn: direction } },
        { organisation: { acronym: direction } },
        { id: 'asc' },
      ],
    },
    ISO3: {
      description:
        "The State's ISO 3166-1 alpha-3 code; organisations after the States ascending (before them descending), by acronym.",
      orderBy: (direction): Prisma.InvitationOrderByWithRelationInput[] => [
        { state: { iso3: direction } },
        { organisation: { acronym: direction } },
        { id: 'asc' },
      ],
    },
    UPDATED_AT: {
      description: 'When the invitation or its delegation last changed (`updatedAt`).',
      orderBy: (direction): Prisma.InvitationOrderByWithRelationInput[] => [{ updatedAt: direction }, { id: 'asc' }],
    },
  },
  defaultOrder: { field: 'CAPACITY', direction: 'ASC' },
});

interface InvitationCount {
  capacity: InvitationCapacityValue;
  count: number;
}

const InvitationCountRef = builder.objectRef<InvitationCount>('InvitationCount').implement({
  description: 'How many participants a meeting invites in one capacity.',
  fields: (t) => ({
    capacity: t.field({
      description: 'The capacity counted.',
      type: InvitationCapacityEnum,
      resolve: (row) => row.capacity,
    }),
    count: t.exposeInt('count', {
      description: `Invitations in status ${INVITED_STATUSES.join(', ')}; pending (REQUESTED) and REJECTED applications are not invitations.`,
    }),
  }),
});

builder.prismaObjectFields('Meeting', (t) => ({
  invitations: t.relatedConnection(
    'invitations',
    {
      cursor: 'id',
      totalCount: true,
      description: 'Who is invited, by capacity then name unless `orderBy` says otherwise.',
      args: {
        filter: t.arg({ description: 'Which invitations to list (default: all).', type: InvitationFilter }),
        orderBy: t.arg(MEETING_INVITATION_ORDER.arg),
      },
      extensions: MEETING_INVITATION_ORDER.extensions,
      query: (args) => ({
        where: invitationWhere(args.filter),
        orderBy: MEETING_INVITATION_ORDER.prismaOrderBy(args.orderBy),
      }),
    },
    InvitationConnection,
  ),
  invitationCounts: t.loadableList({
    type: InvitationCountRef,
    description:
      `How many are actually invited in each capacity, every capacity listed (zero included): invitations in status ${INVITED_STATUSES.join(', ')}. ` +
      'An organisation on request counts once provisionally invited or approved (rule 1.3), not while its application is REQUESTED or once REJECTED.',
    load: async (meetingIds: string[], context) => {
      const rows = await context.prisma.invitation.groupBy({
        by: ['meetingId', 'capacity'],
        where: { meetingId: { in: meetingIds }, status: { in: [...INVITED_STATUSES] } },
        _count: { _all: true },
      });
      return meetingIds.map((meetingId) =>
        INVITATION_CAPACITIES.map((capacity) => ({
          capacity,
          count: rows.find((row) => row.meetingId === meetingId && row.capacity === capacity)?._count._all ?? 0,
        })),
      );
    },
    resolve: (meeting) => meeting.id,
  }),
}));
