import type { Prisma } from '@plenary/db';
import { builder } from '../../builder.ts';
import { InvitationConnection, InvitationStatusEnum } from '../invitation/type.ts';

const ON_REQUEST: Prisma.InvitationWhereInput = { capacity: 'ORGANISATION_ON_REQUEST' };

const ObserverApplicationFilter = builder.inputType('ObserverApplicationFilter', {
  description: 'Which applications to observe a meeting lists; a field left out does not filter.',
  fields: (t) => ({
    status: t.field({
      type: InvitationStatusEnum,
      description: 'Only applications in this status (REQUESTED: awaiting a decision).',
    }),
  }),
});

builder.prismaObjectField('Meeting', 'observerApplications', (t) =>
  t.relatedConnection(
    'invitations',
    {
      cursor: 'id',
      totalCount: true,
      description: 'Organisations that applied to observe (rule 1.3), in the order they applied.',
      args: {
        filter: t.arg({ description: 'Which applications to list (default: all).', type: ObserverApplicationFilter }),
      },
      query: (args) => ({
        where: { ...ON_REQUEST, ...(args.filter?.status && { status: args.filter.status }) },
        orderBy: [{ requestedAt: 'asc' }, { id: 'asc' }],
      }),
    },
    InvitationConnection,
  ),
);
