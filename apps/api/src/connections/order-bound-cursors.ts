import SchemaBuilder, { BasePlugin, type PothosOutputFieldConfig, type SchemaTypes } from '@pothos/core';
import { GraphQLError, type GraphQLFieldResolver } from 'graphql';

// A cursor marks a place in one order of a list. Pothos' cursor names a row only, so read with another order it would
// silently start a page somewhere else: each cursor a list with `orderBy` gives out carries its order, and a cursor
// of another order is refused.

/** The order a list was read in, as `orderBy` gives it: `{ field: NAME, direction: ASC }`. */
interface Order {
  field: string;
  direction: string;
}

const PREFIX = 'ORDER:';

function orderName(order: Order): string {
  return `${order.field} ${order.direction}`;
}

function bind(order: Order, cursor: string): string {
  return Buffer.from(`${PREFIX}${orderName(order)}:${cursor}`, 'utf8').toString('base64url');
}

function unbind(order: Order, cursor: string | null | undefined): string | null | undefined {
  if (cursor == null) return cursor;
  const decoded = Buffer.from(cursor, 'base64url').toString('utf8');
  const match = decoded.startsWith(PREFIX)
    ? /^([A-Z0-9_]+ (?:ASC|DESC)):(.+)$/s.exec(decoded.slice(PREFIX.length))
    : null;
  if (!match)
    throw refusal('The cursor (after or before) is not one this API gave out: use the cursors of a page you read.');
  const [, cursorOrder, inner] = match;
  if (cursorOrder !== orderName(order)) {
    throw refusal(
      `The cursor belongs to another order of this list (${cursorOrder}), not to ${orderName(order)}: page with the orderBy the cursor was read with, or start again without a cursor.`,
    );
  }
  return inner;
}

function refusal(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
}

interface ConnectionPage {
  edges: ({ cursor: string } | null)[];
  pageInfo: { startCursor?: string | null; endCursor?: string | null };
}

function bindPage(order: Order, page: ConnectionPage | null | undefined): ConnectionPage | null | undefined {
  if (!page) return page;
  const rebind = (cursor: string | null | undefined) => (cursor == null ? cursor : bind(order, cursor));
  return {
    ...page,
    edges: page.edges.map((edge) => (edge ? { ...edge, cursor: bind(order, edge.cursor) } : edge)),
    pageInfo: {
      ...page.pageInfo,
      startCursor: rebind(page.pageInfo.startCursor),
      endCursor: rebind(page.pageInfo.endCursor),
    },
  };
}

/** Marks a connection field whose `orderBy` argument its cursors are bound to. */
export const ORDER_BOUND_CURSORS = { orderBoundCursors: true } as const;

/** A field's arguments with its cursors unbound from the order they were read in. */
function unboundArgs(args: { orderBy: Order; after?: string | null; before?: string | null }) {
  return { ...args, after: unbind(args.orderBy, args.after), before: unbind(args.orderBy, args.before) };
}

type PrismaSelect = (args: never, ...rest: unknown[]) => unknown;
type PrismaFallback = (query: unknown, parent: unknown, args: never, ...rest: unknown[]) => unknown;

export class OrderBoundCursorsPlugin<Types extends SchemaTypes> extends BasePlugin<Types> {
  // A relation's connection (`t.relatedConnection`) reads its page when plugin-prisma plans the parent's query, from
  // the arguments as written: the cursors are unbound there too, as for the resolver below.
  override onOutputFieldConfig(fieldConfig: PothosOutputFieldConfig<Types>): PothosOutputFieldConfig<Types> {
    const extensions = fieldConfig.extensions;
    if (!extensions?.orderBoundCursors) return fieldConfig;
    const select = extensions.pothosPrismaSelect as PrismaSelect | undefined;
    const fallback = extensions.pothosPrismaFallback as PrismaFallback | undefined;
    return {
      ...fieldConfig,
      extensions: {
        ...extensions,
        ...(typeof select === 'function' && {
          pothosPrismaSelect: (args: Parameters<typeof unboundArgs>[0], ...rest: unknown[]) =>
            select(unboundArgs(args) as never, ...rest),
        }),
        ...(typeof fallback === 'function' && {
          pothosPrismaFallback: (
            query: unknown,
            parent: unknown,
            args: Parameters<typeof unboundArgs>[0],
            ...rest: unknown[]
          ) => fallback(query, parent, unboundArgs(args) as never, ...rest),
        }),
      },
    };
  }

  override wrapResolve(
    resolver: GraphQLFieldResolver<unknown, Types['Context'], object>,
    fieldConfig: PothosOutputFieldConfig<Types>,
  ): GraphQLFieldResolver<unknown, Types['Context'], object> {
    if (!fieldConfig.extensions?.orderBoundCursors) return resolver;
    return async (parent, args, context, info) => {
      const { orderBy } = args as { orderBy: Order };
      const page = (await resolver(
        parent,
        unboundArgs(args as Parameters<typeof unboundArgs>[0]),
        context,
        info,
      )) as ConnectionPage | null;
      return bindPage(orderBy, page);
    };
  }
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- Pothos declares its plugins in this global namespace
  export namespace PothosSchemaTypes {
    export interface Plugins<Types extends SchemaTypes> {
      orderBoundCursors: OrderBoundCursorsPlugin<Types>;
    }
  }
}

export const ORDER_BOUND_CURSORS_PLUGIN = 'orderBoundCursors';

SchemaBuilder.registerPlugin(ORDER_BOUND_CURSORS_PLUGIN, OrderBoundCursorsPlugin);
