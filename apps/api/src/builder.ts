import SchemaBuilder from '@pothos/core';
import DataloaderPlugin from '@pothos/plugin-dataloader';
import ErrorsPlugin from '@pothos/plugin-errors';
import PrismaPlugin from '@pothos/plugin-prisma';
import RelayPlugin, { resolveNodes } from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import { getDatamodel, type Prisma, type PrismaTypes } from '@plenary/db';
import { ForbiddenError } from '@plenary/domain';
import { isNodeType, readableNode } from './auth/node-read-rules.ts';
import { isFocalPointOf } from './auth/policies.ts';
import { ORDER_BOUND_CURSORS_PLUGIN } from './connections/order-bound-cursors.ts';
import { isAdmin, isSecretariat, viewerUser, type Context } from './context.ts';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

export interface AuthScopes {
  /** Any signed-in user. */
  signedIn: boolean;
  /** ADMIN or SECRETARIAT staff. */
  secretariat: boolean;
  admin: boolean;
  /** A STATE user acting for the State with this id (auth/policies.ts); null, a record of no State, admits nobody. */
  focalPointOf: string | null;
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
  plugins: [ErrorsPlugin, ScopeAuthPlugin, PrismaPlugin, RelayPlugin, DataloaderPlugin, ORDER_BOUND_CURSORS_PLUGIN],
  defaultFieldNullability: false,
  scopeAuth: {
    authScopes: (context) => {
      const user = viewerUser(context.viewer);
      return {
        signedIn: user !== null,
        secretariat: isSecretariat(context.viewer),
        admin: isAdmin(context.viewer),
        focalPointOf: (stateId) => isFocalPointOf(context.viewer, stateId),
      };
    },
    unauthorizedError: () =>
      new ForbiddenError({ message: 'You are not allowed to do this. Sign in with a role that may.' }),
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
    // Descriptions of what every connection shares, written once for the reference partners read.
    idFieldOptions: {
      description: 'A global ID, opaque and stable: pass it to `node(id:)` or to mutations; do not parse it.',
    },
    nodeTypeOptions: {
      description: 'An object with a global ID that `node(id:)` and `nodes(ids:)` fetch again.',
    },
    pageInfoTypeOptions: {
      description:
        'Where a page sits in its list: whether more items follow or precede it, and the cursors to ask for them.',
    },
    edgesFieldOptions: { nullable: false, description: 'The items of this page, in the order of the list.' },
    nodeFieldOptions: { description: 'The item itself.' },
    cursorFieldOptions: {
      description:
        'An opaque cursor for this item: pass it as `after` or `before` to page from here. Valid for this list only.',
    },
    pageInfoFieldOptions: {
      description: 'Whether more items follow or precede this page, and the cursors to ask for them.',
    },
    hasNextPageFieldOptions: { description: 'True when items follow this page: ask for them with `after: endCursor`.' },
    hasPreviousPageFieldOptions: {
      description: 'True when items precede this page: ask for them with `before: startCursor`.',
    },
    startCursorFieldOptions: { description: 'The cursor of the first item of this page; null when the page is empty.' },
    endCursorFieldOptions: { description: 'The cursor of the last item of this page; null when the page is empty.' },
    firstArgOptions: {
      description: `How many items to return from the start of the list (or after \`after\`): ${DEFAULT_PAGE_SIZE} when neither \`first\` nor \`last\` is given, at most ${MAX_PAGE_SIZE}; more is refused with the error code PAGE_SIZE_TOO_LARGE.`,
    },
    lastArgOptions: {
      description: `How many items to return from the end of the list (or before \`before\`), at most ${MAX_PAGE_SIZE}; more is refused with the error code PAGE_SIZE_TOO_LARGE.`,
    },
    afterArgOptions: {
      description: 'Return the items after this cursor (an `endCursor` or an edge `cursor` from this list).',
    },
    beforeArgOptions: {
      description: 'Return the items before this cursor (a `startCursor` or an edge `cursor` from this list).',
    },
    // An unknown ID answers null, and so does an object the viewer may not read (auth/node-read-rules.ts).
    nodeQueryOptions: {
      description:
        'Fetches any object by its global ID. Null when no object has this ID or when you may not read it (the API does not say which).',
      args: { id: { description: 'The global ID of the object, as another field returned it.' } },
      resolve: async (_root, { id }, context, info, resolveNode) =>
        isNodeType(info, id.typename) ? readableNode(context.viewer, id.typename, await resolveNode(id)) : null,
    },
    nodesQueryOptions: {
      description:
        'Fetches several objects by their global IDs, in the order given. An entry is null when no object has that ID or when you may not read it.',
      args: { ids: { description: 'Global IDs, as other fields returned them.' } },
      // IDs of types that are not nodes name nothing: they are left out of the load, which would throw on them. The
      // plugin's own callback loads the field's whole `ids` argument whatever it is given, so the plugin's loader is
      // called with the loadable ones directly.
      resolve: async (_root, { ids }, context, info): Promise<unknown[]> => {
        const loadable = ids.filter((id) => isNodeType(info, id.typename));
        const loaded = await resolveNodes(builder, context, info, loadable);
        const nodes = new Map(loadable.map((id, index) => [id, loaded[index]]));
        return ids.map((id) => readableNode(context.viewer, id.typename, nodes.get(id) ?? null));
      },
    },
  },
  errors: {
    defaultTypes: [],
    defaultUnionOptions: {
      description:
        'What a mutation answers: its Success type, or one of the error types. Switch on `__typename`; a failed mutation changed nothing.',
    },
    defaultResultOptions: { description: 'The mutation succeeded.' },
  },
});

type BuilderTypes = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer Types> ? Types : never;
/** What an input type's `fields` is given: for fields that two input types share, written once. */
export type InputFieldBuilder = PothosSchemaTypes.InputFieldBuilder<BuilderTypes, 'InputObject'>;

builder.queryType({
  description:
    'Reads. Public data (treaty status, meetings, invitations, published reports, compliance, contributions) needs no sign-in or an API key; the rest follows the role signed in, and what you may not read answers null.',
});
builder.mutationType({
  description:
    'Changes, for signed-in users with the role each names. Each answers a result union: its Success type or a typed error (switch on `__typename`); a failed mutation changes nothing.',
});
