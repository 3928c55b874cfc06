import { getNamedType, isObjectType, type GraphQLField, type GraphQLNamedType } from 'graphql';

// What makes a type a Relay connection or edge, known by its shape rather than its name, in one place: the leak scan,
// the cost estimate, the page-size cap and the schema's own tests all ask it.

/** A connection: a page of edges with its pageInfo. */
export function isConnectionType(type: GraphQLNamedType): boolean {
  if (!isObjectType(type)) return false;
  const fields = type.getFields();
  return 'edges' in fields && 'pageInfo' in fields;
}

/** An edge: one node of a page with its cursor. */
export function isEdgeType(type: GraphQLNamedType): boolean {
  if (!isObjectType(type)) return false;
  const fields = type.getFields();
  return 'node' in fields && 'cursor' in fields;
}

/** Whether a field answers with a connection. */
export function isConnectionField(field: GraphQLField<unknown, unknown>): boolean {
  return isConnectionType(getNamedType(field.type));
}
