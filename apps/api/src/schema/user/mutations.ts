import { readableBy } from '../../auth/readers.ts';
import { builder } from '../../builder.ts';
import { viewerUser } from '../../context.ts';
import { idFromGlobalId } from '../../mutations/global-id.ts';
import { runInTransaction } from '../../mutations/run-in-transaction.ts';
import { createUser, newUserOf } from '../../use-cases/users/create-user.ts';
import { signIn } from '../../use-cases/users/sign-in.ts';
import { signOut } from '../../use-cases/users/sign-out.ts';
import { updateUser } from '../../use-cases/users/update-user.ts';
import { UserRoleEnum } from '../enums.ts';
import { globalIdDescription, MUTATION_DATA_DESCRIPTION, MUTATION_INPUT_DESCRIPTION } from '../shared-descriptions.ts';
import { MUTATION_ERRORS } from '../errors.ts';
import { UserRef } from './type.ts';

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
