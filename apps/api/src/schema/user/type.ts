import { readRule } from '../../auth/node-read-rules.ts';
import { mayReadUser } from '../../auth/policies.ts';
import { readableBy } from '../../auth/readers.ts';
import { builder } from '../../builder.ts';
import { UserRoleEnum } from '../enums.ts';

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
