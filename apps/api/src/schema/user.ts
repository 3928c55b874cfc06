import type { Prisma } from '@plenary/db';
import { readRule } from '../auth/node-read-rules.ts';
import { mayReadUser } from '../auth/policies.ts';
import { readableBy } from '../auth/readers.ts';
import { builder } from '../builder.ts';
import { nodeConnection } from './node-connection.ts';
import { viewerUser } from '../context.ts';
import { idFromGlobalId } from '../mutations/global-id.ts';
import { runInTransaction } from '../mutations/run-in-transaction.ts';
import { literalLikeText, searchTerm } from '../search/like-pattern.ts';
import { createUser, newUserOf } from '../use-cases/users/create-user.ts';
import { signIn } from '../use-cases/users/sign-in.ts';
import { signOut } from '../use-cases/users/sign-out.ts';
import { updateUser } from '../use-cases/users/update-user.ts';
import { UserRoleEnum } from './enums.ts';
import { globalIdDescription, MUTATION_DATA_DESCRIPTION, MUTATION_INPUT_DESCRIPTION } from './shared-descriptions.ts';
import { MUTATION_ERRORS } from './errors.ts';

const userReadRule = readRule('User', mayReadUser);

export const UserRef = builder.prismaNode('User', {
  // An unknown ID loads as null (node and nodes answer null), not as Prisma's not-found error.
  nullable: true,
  id: { field: 'id' },
  description:
    'Someone who signs in to the admin app. Visible to ADMIN users and to the user themself, also through `node`.',
  authScopes: (user, context) => userReadRule(user, context),
  extensions: readableBy('ADMIN', 'SELF'),
  fields: (t) => ({
    email: t.exposeString('email', { description: 'The e-mail address the user signs in with; unique.' }),
    name: t.exposeString('name', { description: "The user's name, as shown in the audit log." }),
    role: t.expose('role', { description: 'What the user may do.', type: UserRoleEnum }),
    state: t.relation('state', { nullable: true, description: 'For a STATE user: the State they act for.' }),
    active: t.exposeBoolean('active', {
      description: 'Inactive users cannot sign in; deactivating a user ends their sessions.',
    }),
    lastSignInAt: t.expose('lastSignInAt', {
      description: 'When the user last signed in (UTC); null if never.',
      type: 'DateTime',
      nullable: true,
    }),
    createdAt: t.expose('createdAt', { description: 'When the user was registered (UTC).', type: 'DateTime' }),
  }),
});

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

const CreateUserInput = builder.inputType('CreateUserInput', {
  description: 'A new admin-app user.',
  fields: (t) => ({
    email: t.string({ description: 'The e-mail address they sign in with; unique.', required: true }),
    name: t.string({ description: 'Their name, as shown in the audit log.', required: true }),
    role: t.field({ description: 'What they may do.', type: UserRoleEnum, required: true }),
    stateIso3: t.string({ description: 'Required for STATE users (the State they act for), refused for other roles.' }),
    password: t.string({ required: true, description: 'At least 12 characters; stored only as an argon2 hash.' }),
  }),
});

const UpdateUserInput = builder.inputType('UpdateUserInput', {
  description: 'Fields left out stay as they are.',
  fields: (t) => ({
    name: t.string({ description: "The user's new name." }),
    role: t.field({
      type: UserRoleEnum,
      description: 'A STATE user who gets another role stops acting for their State.',
    }),
    stateIso3: t.string({ description: 'The State a STATE user acts for.' }),
    active: t.boolean({ description: "false ends all of the user's sessions." }),
  }),
});

const SignInPayload = builder.objectRef<{ token: string; expiresAt: Date }>('SignInPayload').implement({
  description: 'A session: the token to send with each request and when it expires.',
  extensions: readableBy('SELF'),
  fields: (t) => ({
    token: t.exposeString('token', {
      description: 'Send as `Authorization: Bearer <token>`; valid for 12 hours or until sign-out.',
    }),
    expiresAt: t.expose('expiresAt', {
      description: 'When the token stops working (UTC), unless the user signs out first.',
      type: 'DateTime',
    }),
  }),
});

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

builder.mutationFields((t) => ({
  signIn: t.field({
    description:
      'Signs in to the admin app with e-mail and password and answers a session token. A wrong e-mail address, a wrong password and a disabled account all answer the same ForbiddenError.',
    type: SignInPayload,
    errors: {
      types: MUTATION_ERRORS,
      dataField: { name: 'session', description: MUTATION_DATA_DESCRIPTION, extensions: readableBy('SELF') },
    },
    args: {
      email: t.arg.string({ description: 'The e-mail address the user signs in with.', required: true }),
      password: t.arg.string({ description: "The user's password.", required: true }),
    },
    resolve: (_parent, args, context) =>
      signIn({ prisma: context.prisma, actor: context, now: context.now(), input: args, guard: context.signInGuard }),
  }),
  signOut: t.boolean({
    description: 'Ends the current session.',
    authScopes: { signedIn: true },
    resolve: async (_parent, _args, context) => {
      const user = viewerUser(context.viewer);
      if (!user) return false;
      await runInTransaction(context, (tx) =>
        signOut({ tx, actor: context, now: context.now(), input: { userId: user.id, sessionId: user.sessionId } }),
      );
      return true;
    },
  }),
  createUser: t.field({
    type: UserRef,
    description: 'Registers an admin-app user (ADMIN only).',
    errors: {
      types: MUTATION_ERRORS,
      dataField: { name: 'user', description: MUTATION_DATA_DESCRIPTION, extensions: readableBy('ADMIN') },
    },
    authScopes: { admin: true },
    args: { input: t.arg({ description: MUTATION_INPUT_DESCRIPTION, type: CreateUserInput, required: true }) },
    resolve: async (_parent, args, context) => {
      const input = await newUserOf(args.input);
      return runInTransaction(context, (tx) => createUser({ tx, actor: context, now: context.now(), input }));
    },
  }),
  updateUser: t.field({
    type: UserRef,
    description: "Changes a user's name, role, State or whether they may sign in (ADMIN only).",
    errors: {
      types: MUTATION_ERRORS,
      dataField: { name: 'user', description: MUTATION_DATA_DESCRIPTION, extensions: readableBy('ADMIN') },
    },
    authScopes: { admin: true },
    args: {
      id: t.arg.id({ description: globalIdDescription('User'), required: true }),
      input: t.arg({
        description: 'The fields to change; the others keep their values.',
        type: UpdateUserInput,
        required: true,
      }),
    },
    resolve: async (_parent, args, context) => {
      const userId = idFromGlobalId({ globalId: args.id, typename: 'User', path: 'id' });
      return runInTransaction(context, (tx) =>
        updateUser({
          tx,
          actor: context,
          now: context.now(),
          input: { userId, userKey: String(args.id), changes: args.input },
        }),
      );
    },
  }),
}));
