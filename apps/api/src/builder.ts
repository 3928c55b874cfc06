import SchemaBuilder from '@pothos/core';
import DataloaderPlugin from '@pothos/plugin-dataloader';
import ErrorsPlugin from '@pothos/plugin-errors';
import PrismaPlugin from '@pothos/plugin-prisma';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import { getDatamodel, type Prisma, type PrismaTypes } from '@plenary/db';
import { ForbiddenError } from '@plenary/domain';
import { isNodeType, readableNode } from './auth/node-read-rules.ts';
import { isAdmin, isSecretariat, viewerUser, type Context } from './context.ts';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

export interface AuthScopes {
  /** Any signed-in user. */
  signedIn: boolean;
  /** ADMIN or SECRETARIAT staff. */
  secretariat: boolean;
  admin: boolean;
  /** A STATE user acting for the State with this id. */
  focalPointOf: string;
}

export const builder = new SchemaBuilder<{
  Context: Context;
  PrismaTypes: PrismaTypes;
  AuthScopes: AuthScopes;
  // Fields are non-null unless they say `nullable: true`, so clients get precise types.
  DefaultFieldNullability: false;
  DefaultEdgesNullability: false;
  DefaultNodeNullability: false;
  Scalars: {
    Date: { Input: Date; Output: Date | string };
    DateTime: { Input: Date; Output: Date | string };
    Decimal: { Input: string; Output: Prisma.Decimal | string };
    JSON: { Input: unknown; Output: unknown };
  };
}>({
  // Errors before scope-auth, so that a refused authScopes check becomes a ForbiddenError in the result union.
  plugins: [ErrorsPlugin, ScopeAuthPlugin, PrismaPlugin, RelayPlugin, DataloaderPlugin],
  defaultFieldNullability: false,
  scopeAuth: {
    authScopes: (context) => {
      const user = viewerUser(context.viewer);
      return {
        signedIn: user !== null,
        secretariat: isSecretariat(context.viewer),
        admin: isAdmin(context.viewer),
        focalPointOf: (stateId) => user?.role === 'STATE' && user.stateId === stateId,
      };
    },
    unauthorizedError: () => new ForbiddenError({ message: 'You are not allowed to do this. Sign in with a role that may.' }),
  },
  prisma: {
    client: (context) => context.prisma,
    dmmf: getDatamodel(),
    filterConnectionTotalCount: true,
    onUnusedQuery: null,
    defaultConnectionSize: DEFAULT_PAGE_SIZE,
    maxConnectionSize: MAX_PAGE_SIZE,
  },
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    edgesFieldOptions: { nullable: false },
    // An unknown ID answers null, and so does an object the viewer may not read (auth/node-read-rules.ts).
    nodeQueryOptions: {
      resolve: async (_root, { id }, context, info, resolveNode) => (isNodeType(info, id.typename) ? readableNode(context.viewer, id.typename, await resolveNode(id)) : null),
    },
    nodesQueryOptions: {
      resolve: async (_root, { ids }, context, _info, resolveNodes) => {
        const nodes = await resolveNodes(ids);
        return nodes.map((node, index) => readableNode(context.viewer, ids[index]?.typename ?? '', node));
      },
    },
  },
  errors: {
    defaultTypes: [],
  },
});

builder.queryType({});
builder.mutationType({});
