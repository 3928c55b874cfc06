import { hash, verify } from '@node-rs/argon2';
import { ForbiddenError, ValidationError } from '@plenary/domain';
import { z } from 'zod';
import { builder } from '../builder.ts';
import { hashSecret, newSessionToken } from '../auth/tokens.ts';
import { viewerUser } from '../context.ts';
import { UserRoleEnum } from './enums.ts';
import { MUTATION_ERRORS } from './errors.ts';

const SESSION_LIFETIME_MS = 12 * 60 * 60 * 1000;
// Compared against when the e-mail is unknown, so that a wrong e-mail costs as long as a wrong password.
const UNKNOWN_USER_HASH = hash('plenary-unknown-user');

export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

export const UserRef = builder.prismaNode('User', {
  id: { field: 'id' },
  authScopes: (user, context) => viewerUser(context.viewer)?.id === user.id || viewerUser(context.viewer)?.role === 'ADMIN',
  fields: (t) => ({
    email: t.exposeString('email'),
    name: t.exposeString('name'),
    role: t.expose('role', { type: UserRoleEnum }),
    state: t.relation('state', { nullable: true, description: 'For a STATE user: the State they act for.' }),
    active: t.exposeBoolean('active'),
    lastSignInAt: t.expose('lastSignInAt', { type: 'DateTime', nullable: true }),
  }),
});

const signInInput = z.object({
  email: z.email('Enter the e-mail address you were registered with.').trim().toLowerCase(),
  password: z.string().min(1, 'Enter your password.').max(1_000, 'Passwords are at most 1000 characters.'),
});

const SignInPayload = builder.objectRef<{ token: string; expiresAt: Date }>('SignInPayload').implement({
  fields: (t) => ({
    token: t.exposeString('token', { description: 'Send as `Authorization: Bearer <token>`; valid for 12 hours or until sign-out.' }),
    expiresAt: t.expose('expiresAt', { type: 'DateTime' }),
  }),
});

builder.queryField('me', (t) =>
  t.prismaField({
    type: 'User',
    nullable: true,
    description: 'The signed-in user, or null.',
    resolve: (query, _parent, _args, context) => {
      const user = viewerUser(context.viewer);
      return user ? context.prisma.user.findUnique({ ...query, where: { id: user.id } }) : null;
    },
  }),
);

builder.mutationFields((t) => ({
  signIn: t.field({
    type: SignInPayload,
    errors: { types: MUTATION_ERRORS, dataField: { name: 'session' } },
    args: { email: t.arg.string({ required: true }), password: t.arg.string({ required: true }) },
    resolve: async (_parent, args, context) => {
      const parsed = signInInput.safeParse(args);
      if (!parsed.success) throw new ValidationError({ issues: parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })) });
      const user = await context.prisma.user.findUnique({ where: { email: parsed.data.email } });
      const passwordMatches = await verify(user?.passwordHash ?? (await UNKNOWN_USER_HASH), parsed.data.password);
      if (!user || !passwordMatches || !user.active) throw new ForbiddenError({ message: 'The e-mail address or the password is not right, or the account is disabled.' });
      const token = newSessionToken();
      const expiresAt = new Date(context.now().getTime() + SESSION_LIFETIME_MS);
      await context.prisma.$transaction([
        context.prisma.session.create({ data: { userId: user.id, tokenHash: hashSecret(token), expiresAt } }),
        context.prisma.user.update({ where: { id: user.id }, data: { lastSignInAt: context.now() } }),
        context.prisma.auditEvent.create({ data: { actorUserId: user.id, action: 'user.signIn', entityType: 'User', entityId: user.id, requestId: context.requestId } }),
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
      await context.prisma.session.update({ where: { id: user.sessionId }, data: { revokedAt: context.now() } });
      return true;
    },
  }),
}));
