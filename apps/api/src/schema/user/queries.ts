import type { Prisma } from '@plenary/db';
import { builder } from '../../builder.ts';
import { nodeConnection } from '../node-connection.ts';
import { viewerUser } from '../../context.ts';
import { literalLikeText, searchTerm } from '../../search/like-pattern.ts';
import { UserRoleEnum } from '../enums.ts';
import { UserRef } from './type.ts';

const UserFilter = builder.inputType('UserFilter', {
  description: 'Which users to list; conditions combine with AND. Omit a field to not filter by it.',
  fields: (t) => ({
    role: t.field({ description: 'Only users with this role.', type: UserRoleEnum }),
    active: t.boolean({ description: 'Only active (true) or only inactive (false) users.' }),
    search: t.string({ description: 'Part of the name or e-mail address, in any case.' }),
  }),
});

function userWhere(filter: typeof UserFilter.$inferInput | null | undefined): Prisma.UserWhereInput {
  if (!filter) return {};
  const search = searchTerm(filter.search, 'filter.search');
  return {
    ...(filter.role && { role: filter.role }),
    ...(filter.active != null && { active: filter.active }),
    ...(search && {
      OR: [
        { name: { contains: literalLikeText(search), mode: 'insensitive' } },
        { email: { contains: literalLikeText(search), mode: 'insensitive' } },
      ],
    }),
  };
}

const UserConnection = nodeConnection(UserRef, 'User');

builder.queryFields((t) => ({
  me: t.prismaField({
    type: 'User',
    nullable: true,
    description: 'The signed-in user, or null.',
    resolve: (query, _parent, _args, context) => {
      const user = viewerUser(context.viewer);
      return user ? context.prisma.user.findUnique({ ...query, where: { id: user.id } }) : null;
    },
  }),
  users: t.prismaConnection(
    {
      type: 'User',
      cursor: 'id',
      description: 'Admin-app users by e-mail address (ADMIN only).',
      authScopes: { admin: true },
      args: { filter: t.arg({ description: 'Which users to list (default: all).', type: UserFilter }) },
      totalCount: (_parent, args, context) => context.prisma.user.count({ where: userWhere(args.filter) }),
      resolve: (query, _parent, args, context) =>
        context.prisma.user.findMany({ ...query, where: userWhere(args.filter), orderBy: [{ email: 'asc' }] }),
    },
    UserConnection,
  ),
}));
