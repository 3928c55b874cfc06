import type { ObjectRef } from '@pothos/core';
import { builder } from '../builder.ts';

const TOTAL_COUNT_DESCRIPTION = 'How many items the whole list holds (with the same filters), not just this page.';

/** What a Prisma connection hands its connection object for `totalCount`: the count, or how to get it. */
interface CountedConnection {
  totalCount?: number | (() => number | Promise<number>);
}

/**
 * The one connection type (`<Node>Connection`, with `totalCount`) and edge type (`<Node>Edge`) of a node type, shared
 * by every field that pages it, so a partner writes one fragment per type. Every field using it sets `totalCount`.
 */
export function nodeConnection<Shape>(
  nodeRef: ObjectRef<typeof builder extends PothosSchemaTypes.SchemaBuilder<infer Types> ? Types : never, Shape>,
  nodeName: string,
) {
  return builder.connectionObject(
    {
      type: nodeRef,
      name: `${nodeName}Connection`,
      description: `A page of ${nodeName} items. Ask for the next page with \`first\` and \`after: pageInfo.endCursor\`, the previous with \`last\` and \`before: pageInfo.startCursor\`.`,
      fields: (t) => ({
        totalCount: t.int({
          description: TOTAL_COUNT_DESCRIPTION,
          // The Prisma plugin's mark for its own totalCount: a page asked for its count alone reads no rows.
          extensions: { pothosPrismaTotalCount: true },
          resolve: (connection) => {
            const { totalCount } = connection as CountedConnection;
            return typeof totalCount === 'function' ? totalCount() : (totalCount ?? 0);
          },
        }),
      }),
    },
    {
      name: `${nodeName}Edge`,
      description: `One ${nodeName} of a page, with the cursor that marks its place in the list.`,
    },
  );
}
