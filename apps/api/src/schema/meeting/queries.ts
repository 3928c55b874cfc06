import type { Prisma } from '@plenary/db';
import { DEFAULT_CONVENTION_CODE } from '@plenary/domain';
import { builder } from '../../builder.ts';
import { meetingInvitationsPageInOneStatement } from '../../hot-reads/meeting-invitations-page.ts';
import { idFromGlobalId } from '../../mutations/global-id.ts';
import { MeetingKindEnum, MeetingStatusEnum } from '../enums.ts';
import { listOrder } from '../list-order.ts';
import { CONVENTION_CODE_DESCRIPTION, globalIdDescription, UPDATED_SINCE_DESCRIPTION } from '../shared-descriptions.ts';
import { MeetingConnection } from './type.ts';

const MEETING_ORDER = listOrder({
  node: 'Meeting',
  fields: {
    START_DATE: {
      description: 'The opening day (`opensOn`).',
      orderBy: (direction): Prisma.MeetingOrderByWithRelationInput[] => [{ opensOn: direction }, { id: 'asc' }],
    },
    CODE: {
      description: 'The short code, e.g. "11MSP".',
      orderBy: (direction): Prisma.MeetingOrderByWithRelationInput[] => [{ code: direction }, { id: 'asc' }],
    },
    UPDATED_AT: {
      description: 'When the meeting, its invitations or delegations last changed (`updatedAt`).',
      orderBy: (direction): Prisma.MeetingOrderByWithRelationInput[] => [{ updatedAt: direction }, { id: 'asc' }],
    },
  },
  defaultOrder: { field: 'START_DATE', direction: 'DESC' },
});

const MeetingFilter = builder.inputType('MeetingFilter', {
  description: 'Which meetings to list; conditions combine with AND. Omit a field to not filter by it.',
  fields: (t) => ({
    convention: t.string({ description: 'Convention code, e.g. "CCM".' }),
    kind: t.field({ description: 'Only meetings of this kind.', type: MeetingKindEnum }),
    year: t.int({ description: 'Meetings that open in this calendar year.' }),
    status: t.field({ description: 'Only meetings in this status.', type: MeetingStatusEnum }),
    updatedSince: t.field({ type: 'DateTime', description: UPDATED_SINCE_DESCRIPTION }),
  }),
});

function meetingWhere(filter: typeof MeetingFilter.$inferInput | null | undefined): Prisma.MeetingWhereInput {
  if (!filter) return {};
  return {
    ...(filter.convention && { convention: { code: filter.convention } }),
    ...(filter.kind && { kind: filter.kind }),
    ...(filter.status && { status: filter.status }),
    ...(filter.updatedSince && { updatedAt: { gte: filter.updatedSince } }),
    ...(filter.year != null && {
      opensOn: { gte: new Date(Date.UTC(filter.year, 0, 1)), lt: new Date(Date.UTC(filter.year + 1, 0, 1)) },
    }),
  };
}

builder.queryFields((t) => ({
  meetings: t.prismaConnection(
    {
      type: 'Meeting',
      cursor: 'id',
      description: 'Meetings, most recent first (by opening day) unless `orderBy` says otherwise.',
      args: {
        filter: t.arg({ description: 'Which meetings to list (default: all).', type: MeetingFilter }),
        orderBy: t.arg(MEETING_ORDER.arg),
      },
      extensions: MEETING_ORDER.extensions,
      totalCount: (_parent, args, context) => context.prisma.meeting.count({ where: meetingWhere(args.filter) }),
      resolve: (query, _parent, args, context) =>
        context.prisma.meeting.findMany({
          ...query,
          where: meetingWhere(args.filter),
          orderBy: MEETING_ORDER.prismaOrderBy(args.orderBy),
        }),
    },
    MeetingConnection,
  ),
  meetingByCode: t.prismaField({
    description: 'A meeting by its short code under a convention, e.g. "11MSP"; null when there is none.',
    type: 'Meeting',
    nullable: true,
    args: {
      code: t.arg.string({
        description: 'The meeting\'s short code, e.g. "11MSP" or "2RC-1" (case-sensitive).',
        required: true,
      }),
      convention: t.arg.string({ description: CONVENTION_CODE_DESCRIPTION, defaultValue: DEFAULT_CONVENTION_CODE }),
    },
    resolve: (query, _parent, args, context) =>
      context.prisma.meeting.findFirst({
        ...query,
        where: { code: args.code, convention: { code: args.convention ?? DEFAULT_CONVENTION_CODE } },
      }),
  }),
}));

// ---------------------------------------------------------------- meeting by ID

builder.queryField('meeting', (t) =>
  t.prismaField({
    type: 'Meeting',
    nullable: true,
    description: 'A meeting by its global ID (as `node(id:)` does), or null.',
    args: { id: t.arg.id({ description: globalIdDescription('Meeting'), required: true }) },
    resolve: (query, _parent, args, context) => {
      const id = meetingIdOrNull(String(args.id));
      if (id === null) return null;
      // The invitations hold what the planned selection asks, which is all their fields read.
      return (
        meetingInvitationsPageInOneStatement({ prisma: context.prisma, query, meetingId: id }) ??
        context.prisma.meeting.findUnique({ ...query, where: { id } })
      );
    },
  }),
);

function meetingIdOrNull(globalId: string): string | null {
  try {
    return idFromGlobalId({ globalId, typename: 'Meeting', path: 'id' });
  } catch {
    return null;
  }
}
