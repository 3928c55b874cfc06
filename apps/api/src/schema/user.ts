import { hash, verify } from '@node-rs/argon2';
import type { Prisma, User } from '@plenary/db';
import { assignUserState, ConflictError, createUserInputSchema, ForbiddenError, NotFoundError, parseInput, updateUserInputSchema, ValidationError } from '@plenary/domain';
import { z } from 'zod';
import { readRule } from '../auth/node-read-rules.ts';
import { hashSecret, newSessionToken } from '../auth/tokens.ts';
import { readableBy } from '../auth/readers.ts';
import { builder } from '../builder.ts';
import { isAdmin, viewerUser, type Context } from '../context.ts';
import { recordAudit, type TransactionClient } from '../mutations/audit.ts';
import { idFromGlobalId } from '../mutations/global-id.ts';
import { runInTransaction } from '../mutations/run-in-transaction.ts';
import { literalLikeText, searchTerm } from '../search/like-pattern.ts';
import { UserRoleEnum } from './enums.ts';
import { globalIdDescription, MUTATION_DATA_DESCRIPTION, MUTATION_INPUT_DESCRIPTION } from './shared-descriptions.ts';
import { MUTATION_ERRORS } from './errors.ts';

const SESSION_LIFETIME_MS = 12 * 60 * 60 * 1000;
// Compared against when the e-mail is unknown, so that a wrong e-mail costs as long as a wrong password.
const UNKNOWN_USER_HASH = hash('plenary-unknown-user');

export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

/** What the audit log keeps of a user: never the password hash. */
function auditedUser(user: User): Record<string, unknown> {
  return { email: user.email, name: user.name, role: user.role, stateId: user.stateId, active: user.active };
}

// Users see their own record; ADMINs see everyone's.
const mayReadUser = readRule('User', (viewer, user: { id: string }) => viewerUser(viewer)?.id === user.id || isAdmin(viewer));

export const UserRef = builder.prismaNode('User', {
  // An unknown ID loads as null (node and nodes answer null), not as Prisma's not-found error.
  nullable: true,
  id: { field: 'id' },
  description: 'Someone who signs in to the admin app. Visible to ADMIN users and to the user themself, also through `node`.',
  authScopes: (user, context) => mayReadUser(user, context),
  extensions: readableBy('ADMIN', 'SELF'),
  fields: (t) => ({
    email: t.exposeString('email', { description: 'The e-mail address the user signs in with; unique.' }),
    name: t.exposeString('name', { description: "The user's name, as shown in the audit log." }),
    role: t.expose('role', { description: 'What the user may do.', type: UserRoleEnum }),
    state: t.relation('state', { nullable: true, description: 'For a STATE user: the State they act for.' }),
    active: t.exposeBoolean('active', { description: 'Inactive users cannot sign in; deactivating a user ends their sessions.' }),
    lastSignInAt: t.expose('lastSignInAt', { description: 'When the user last signed in (UTC); null if never.', type: 'DateTime', nullable: true }),
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
    ...(search && { OR: [{ name: { contains: literalLikeText(search), mode: 'insensitive' } }, { email: { contains: literalLikeText(search), mode: 'insensitive' } }] }),
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
    role: t.field({ type: UserRoleEnum, description: 'A STATE user who gets another role stops acting for their State.' }),
    stateIso3: t.string({ description: 'The State a STATE user acts for.' }),
    active: t.boolean({ description: 'false ends all of the user\'s sessions.' }),
  }),
});

const signInInput = z.object({
  email: z.email('Enter the e-mail address you were registered with.').trim().toLowerCase(),
  password: z.string().min(1, 'Enter your password.').max(1_000, 'Passwords are at most 1000 characters.'),
});

const SignInPayload = builder.objectRef<{ token: string; expiresAt: Date }>('SignInPayload').implement({
  description: 'A session: the token to send with each request and when it expires.',
  extensions: readableBy('SELF'),
  fields: (t) => ({
    token: t.exposeString('token', { description: 'Send as `Authorization: Bearer <token>`; valid for 12 hours or until sign-out.' }),
    expiresAt: t.expose('expiresAt', { description: 'When the token stops working (UTC), unless the user signs out first.', type: 'DateTime' }),
  }),
});

async function stateIdOf(transaction: TransactionClient, iso3: string | null | undefined): Promise<string | null> {
  if (!iso3) return null;
  const state = await transaction.state.findUnique({ where: { iso3 }, select: { id: true } });
  if (!state) throw new NotFoundError({ entity: 'State', key: iso3, message: `There is no State with the code ${iso3}.` });
  return state.id;
}

function assertMayChangeOwnAccount(context: Context, userId: string, input: { role?: string | undefined; active?: boolean | undefined }): void {
  if (viewerUser(context.viewer)?.id !== userId) return;
  // An administrator who locks themself out may leave nobody able to manage users.
  if (input.active === false || (input.role !== undefined && input.role !== 'ADMIN')) {
    throw new ConflictError({ message: 'You cannot deactivate your own account or give up your own ADMIN role; ask another administrator.' });
  }
}

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
  users: t.prismaConnection({
    type: 'User',
    cursor: 'id',
    description: 'Admin-app users by e-mail address (ADMIN only).',
    authScopes: { admin: true },
    args: { filter: t.arg({ description: 'Which users to list (default: all).', type: UserFilter }) },
    totalCount: (_parent, args, context) => context.prisma.user.count({ where: userWhere(args.filter) }),
    resolve: (query, _parent, args, context) => context.prisma.user.findMany({ ...query, where: userWhere(args.filter), orderBy: [{ email: 'asc' }] }),
  }),
}));

builder.mutationFields((t) => ({
  signIn: t.field({
    description: 'Signs in to the admin app with e-mail and password and answers a session token. A wrong e-mail address, a wrong password and a disabled account all answer the same ForbiddenError.',
    type: SignInPayload,
    errors: { types: MUTATION_ERRORS, dataField: { name: 'session', description: MUTATION_DATA_DESCRIPTION, extensions: readableBy('SELF') } },
    args: { email: t.arg.string({ description: 'The e-mail address the user signs in with.', required: true }), password: t.arg.string({ description: "The user's password.", required: true }) },
    resolve: async (_parent, args, context) => {
      const parsed = signInInput.safeParse(args);
      if (!parsed.success) throw new ValidationError({ issues: parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })) });
      await context.signInGuard?.assertMayTry(parsed.data.email);
      const user = await context.prisma.user.findUnique({ where: { email: parsed.data.email } });
      const passwordMatches = await verify(user?.passwordHash ?? (await UNKNOWN_USER_HASH), parsed.data.password);
      if (!user || !passwordMatches || !user.active) {
        await context.signInGuard?.recordFailure(parsed.data.email);
        throw new ForbiddenError({ message: 'The e-mail address or the password is not right, or the account is disabled.' });
      }
      const token = newSessionToken();
      const expiresAt = new Date(context.now().getTime() + SESSION_LIFETIME_MS);
      await context.prisma.$transaction([
        context.prisma.session.create({ data: { userId: user.id, tokenHash: hashSecret(token), expiresAt } }),
        context.prisma.user.update({ where: { id: user.id }, data: { lastSignInAt: context.now() } }),
        context.prisma.auditEvent.create({ data: { actorUserId: user.id, action: 'user.signIn', entityType: 'User', entityId: user.id, requestId: context.requestId, at: context.now() } }),
      ]);
      return { token, expiresAt };
    },
  }),
  signOut: t.boolean({
    description: 'Ends the current session.',
    authScopes: { signedIn: true },
    resolve: async (_parent, _args, context) => {
      const user = viewerUser(context.viewer);
      if (!user) return false;
      await runInTransaction(context, async (transaction) => {
        await transaction.session.update({ where: { id: user.sessionId }, data: { revokedAt: context.now() } });
        await recordAudit(transaction, context, { action: 'user.signOut', entityType: 'User', entityId: user.id });
      });
      return true;
    },
  }),
  createUser: t.field({
    type: UserRef,
    description: 'Registers an admin-app user (ADMIN only).',
    errors: { types: MUTATION_ERRORS, dataField: { name: 'user', description: MUTATION_DATA_DESCRIPTION, extensions: readableBy('ADMIN') } },
    authScopes: { admin: true },
    args: { input: t.arg({ description: MUTATION_INPUT_DESCRIPTION, type: CreateUserInput, required: true }) },
    resolve: async (_parent, args, context) => {
      const input = parseInput({ schema: createUserInputSchema, input: args.input });
      // Hashing is slow on purpose, so it happens before the transaction opens.
      const passwordHash = await hashPassword(input.password);
      return runInTransaction(context, async (transaction) => {
        if (await transaction.user.findUnique({ where: { email: input.email }, select: { id: true } })) {
          throw new ConflictError({ message: `There is already a user with the e-mail address ${input.email}.` });
        }
        const stateId = await stateIdOf(transaction, input.stateIso3);
        const user = await transaction.user.create({ data: { email: input.email, name: input.name, role: input.role, stateId, passwordHash } });
        await recordAudit(transaction, context, { action: 'user.create', entityType: 'User', entityId: user.id, after: auditedUser(user) });
        return user;
      });
    },
  }),
  updateUser: t.field({
    type: UserRef,
    description: 'Changes a user\'s name, role, State or whether they may sign in (ADMIN only).',
    errors: { types: MUTATION_ERRORS, dataField: { name: 'user', description: MUTATION_DATA_DESCRIPTION, extensions: readableBy('ADMIN') } },
    authScopes: { admin: true },
    args: { id: t.arg.id({ description: globalIdDescription('User'), required: true }), input: t.arg({ description: 'The fields to change; the others keep their values.', type: UpdateUserInput, required: true }) },
    resolve: async (_parent, args, context) => {
      const userId = idFromGlobalId({ globalId: String(args.id), typename: 'User', path: 'id' });
      const input = parseInput({ schema: updateUserInputSchema, input: args.input });
      assertMayChangeOwnAccount(context, userId, input);
      return runInTransaction(context, async (transaction) => {
        const before = await transaction.user.findUnique({ where: { id: userId }, include: { state: { select: { iso3: true } } } });
        if (!before) throw new NotFoundError({ entity: 'User', key: String(args.id) });
        const { role, stateIso3 } = assignUserState({ currentRole: before.role, currentStateIso3: before.state?.iso3 ?? null, role: input.role, stateIso3: input.stateIso3 });
        const stateId = await stateIdOf(transaction, stateIso3);
        const user = await transaction.user.update({ where: { id: userId }, data: { name: input.name, role, stateId, active: input.active } });
        const revoked = before.active && !user.active
          ? await transaction.session.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: context.now() } })
          : { count: 0 };
        await recordAudit(transaction, context, {
          action: 'user.update',
          entityType: 'User',
          entityId: userId,
          before: auditedUser(before),
          after: { ...auditedUser(user), ...(revoked.count > 0 && { sessionsEnded: revoked.count }) },
        });
        return user;
      });
    },
  }),
}));
