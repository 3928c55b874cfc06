import { isObjectType, type GraphQLResolveInfo } from 'graphql';
import type { Viewer } from '../context.ts';

type ReadRule = (viewer: Viewer, row: unknown) => boolean;

// Filled by the schema modules of the types that not everyone may read.
const readRules = new Map<string, ReadRule>();

/**
 * Who may read a type's objects. The returned function is the type's `authScopes`; `node` and `nodes` apply the same
 * rule, answering null for an object the viewer may not read, as for an unknown ID, so that they do not tell a
 * caller that another State's draft report, or a user, exists.
 */
export function readRule<Row>(
  typename: string,
  mayRead: (viewer: Viewer, row: Row) => boolean,
): (row: Row, context: { viewer: Viewer }) => boolean {
  readRules.set(typename, mayRead as ReadRule);
  return (row, context) => mayRead(context.viewer, row);
}

/** The node as `node` and `nodes` answer it: null when its type's read rule refuses the viewer. */
export function readableNode(viewer: Viewer, typename: string, node: unknown): unknown {
  const mayRead = readRules.get(typename);
  return node !== null && node !== undefined && mayRead && !mayRead(viewer, node) ? null : node;
}

/** Whether a global ID's type is one `node` can load: an ID of any other type names nothing, and answers null. */
export function isNodeType(info: GraphQLResolveInfo, typename: string): boolean {
  const type = info.schema.getType(typename);
  return isObjectType(type) && type.getInterfaces().some((face) => face.name === 'Node');
}
