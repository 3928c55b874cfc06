import type { ApolloServerPlugin } from '@apollo/server';
import {
  GraphQLError,
  Kind,
  TypeInfo,
  valueFromASTUntyped,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type GraphQLSchema,
} from 'graphql';
import { isConnectionField } from '../connections/connection-shape.ts';
import type { ErrorCode } from '../errors/error-codes.ts';

export const PAGE_SIZE_TOO_LARGE = 'PAGE_SIZE_TOO_LARGE' satisfies ErrorCode;
const PAGE_ARGUMENTS = ['first', 'last'] as const;

export interface PageSizeRefusal {
  /** The connection field, as its parent type and name: `Meeting.invitations`. */
  field: string;
  argument: (typeof PAGE_ARGUMENTS)[number];
  requested: number;
}

/**
 * The first `first` or `last` of the operation (its fragments included) that asks a connection for more than
 * `maxPageSize` items, or null. Values in variables count as given.
 */
export function pageSizeAboveCap(options: {
  schema: GraphQLSchema;
  document: DocumentNode;
  operationName: string | null;
  variables: Record<string, unknown>;
  maxPageSize: number;
}): PageSizeRefusal | null {
  const typeInfo = new TypeInfo(options.schema);
  let refusal: PageSizeRefusal | null = null;
  visit(
    options.document,
    visitWithTypeInfo(typeInfo, {
      // Only the operation that runs: a document may hold others, with their own page sizes.
      OperationDefinition: (operation) =>
        options.operationName === null || operation.name?.value === options.operationName ? undefined : false,
      Field: (field) => {
        if (refusal) return false;
        const parent = typeInfo.getParentType();
        const definition = typeInfo.getFieldDef();
        if (!parent || !definition || !isConnectionField(definition)) return undefined;
        for (const argument of PAGE_ARGUMENTS) {
          const node = field.arguments?.find((candidate) => candidate.name.value === argument);
          const requested =
            node && node.value.kind !== Kind.NULL ? valueFromASTUntyped(node.value, options.variables) : undefined;
          if (typeof requested === 'number' && requested > options.maxPageSize) {
            refusal = { field: `${parent.name}.${definition.name}`, argument, requested };
            return false;
          }
        }
        return undefined;
      },
    }),
  );
  return refusal;
}

/**
 * Refuses, before anything runs, an operation that asks a connection for a page larger than the cap, as GitHub's API
 * does: silently returning fewer items would let a partner believe it had read a whole list.
 */
export function pageSizePlugin(maxPageSize: number): ApolloServerPlugin {
  return {
    requestDidStart: async () => ({
      didResolveOperation: async ({ schema, document, operationName, request }) => {
        const refusal = pageSizeAboveCap({
          schema,
          document,
          operationName: operationName ?? null,
          variables: request.variables ?? {},
          maxPageSize,
        });
        if (!refusal) return;
        throw new GraphQLError(
          `${refusal.argument}: ${refusal.requested} on ${refusal.field} asks for more than the ${maxPageSize} items a page may hold. Ask for at most ${maxPageSize} and page on with \`after: pageInfo.endCursor\` (or \`before: pageInfo.startCursor\`).`,
          {
            extensions: {
              code: PAGE_SIZE_TOO_LARGE,
              field: refusal.field,
              argument: refusal.argument,
              maxPageSize,
              http: { status: 400 },
            },
          },
        );
      },
    }),
  };
}
