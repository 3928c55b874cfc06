import { builder } from '../../builder.ts';
import { nodeConnection } from '../node-connection.ts';
import { CONVENTION_CODE_DESCRIPTION } from '../shared-descriptions.ts';
import { ConventionRef } from './type.ts';

const ConventionConnection = nodeConnection(ConventionRef, 'Convention');

builder.queryFields((t) => ({
  conventions: t.prismaConnection(
    {
      description: 'The conventions the secretariat serves, by code. Public.',
      type: 'Convention',
      cursor: 'id',
      totalCount: (_parent, _args, context) => context.prisma.convention.count(),
      resolve: (query, _parent, _args, context) =>
        context.prisma.convention.findMany({ ...query, orderBy: { code: 'asc' } }),
    },
    ConventionConnection,
  ),
  convention: t.prismaField({
    description: 'One convention by its code; null when there is none. Public.',
    type: 'Convention',
    nullable: true,
    args: { code: t.arg.string({ description: CONVENTION_CODE_DESCRIPTION, required: true }) },
    resolve: (query, _parent, args, context) =>
      context.prisma.convention.findUnique({ ...query, where: { code: args.code } }),
  }),
}));
