import { toCalendarDate, type Prisma } from '@plenary/db';
import { deadlineEndInstant } from '@plenary/domain';
import { builder } from '../../builder.ts';
import type { DeadlineInForce } from './deadline-in-force.ts';
import { DelegationConnection, DelegationRef, DelegationTimelinessEnum } from './type.ts';

// Delegations as fields of the types they belong to: an invitation's, a meeting's and a State's.

builder.prismaObjectField('Invitation', 'delegation', (t) =>
  t.relation('delegation', { nullable: true, description: 'The delegation registered for this invitation, if any.' }),
);

const DelegationFilter = builder.inputType('DelegationFilter', {
  description: 'Which delegations to list. Omit a field to not filter by it.',
  fields: (t) => ({
    timeliness: t.field({
      type: DelegationTimelinessEnum,
      description: 'Only delegations submitted on time, or only late ones.',
    }),
  }),
});

/** A meeting's delegations on time or late by its deadline in force: before the end of the deadline day, or from it. */
function delegationWhere(
  filter: typeof DelegationFilter.$inferInput | null | undefined,
  meeting: DeadlineInForce,
): Prisma.DelegationWhereInput {
  if (!filter?.timeliness) return {};
  const late = filter.timeliness === 'LATE';
  if (!meeting.delegationDeadline) return late ? { id: { in: [] } } : {};
  const end = deadlineEndInstant({ deadline: toCalendarDate(meeting.delegationDeadline), timeZone: meeting.timeZone });
  return { submittedAt: late ? { gte: end } : { lt: end } };
}

const DELEGATION_ORDER: Prisma.DelegationOrderByWithRelationInput[] = [{ submittedAt: 'asc' }, { id: 'asc' }];

builder.prismaObjectField('Meeting', 'delegations', (t) =>
  t.prismaConnection(
    {
      type: DelegationRef,
      cursor: 'id',
      description: 'The delegations registered for the meeting, in the order they were submitted.',
      args: { filter: t.arg({ description: 'Which delegations to list (default: all).', type: DelegationFilter }) },
      totalCount: (meeting, args, context) =>
        context.prisma.delegation.count({
          where: { invitation: { meetingId: meeting.id }, ...delegationWhere(args.filter, meeting) },
        }),
      resolve: (query, meeting, args, context) =>
        context.prisma.delegation.findMany({
          ...query,
          where: { invitation: { meetingId: meeting.id }, ...delegationWhere(args.filter, meeting) },
          orderBy: DELEGATION_ORDER,
        }),
    },
    DelegationConnection,
  ),
);

builder.prismaObjectField('State', 'delegations', (t) =>
  t.prismaConnection(
    {
      type: DelegationRef,
      cursor: 'id',
      description: 'The State’s delegations to meetings, in the order they were submitted.',
      totalCount: (state, _args, context) =>
        context.prisma.delegation.count({ where: { invitation: { stateId: state.id } } }),
      resolve: (query, state, _args, context) =>
        context.prisma.delegation.findMany({
          ...query,
          where: { invitation: { stateId: state.id } },
          orderBy: DELEGATION_ORDER,
        }),
    },
    DelegationConnection,
  ),
);
