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
  type ValueNode,
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

/** A `first` or `last` argument given to a connection field, as written in the document (a literal or a variable). */
interface PageArgument {
  field: string;
  argument: (typeof PAGE_ARGUMENTS)[number];
  value: ValueNode;
}

// The page arguments of each operation of a document, found by one walk: Apollo keeps one parsed document per query
// text, so a repeated query is walked once and only its variables are read again.
const pageArgumentsOfDocument = new WeakMap<DocumentNode, Map<string | null, readonly PageArgument[]>>();

function pageArgumentsOf(schema: GraphQLSchema, document: DocumentNode, operationName: string | null) {
  let byOperation = pageArgumentsOfDocument.get(document);
  if (!byOperation) {
    byOperation = new Map();
    pageArgumentsOfDocument.set(document, byOperation);
  }
  let found = byOperation.get(operationName);
  if (found) return found;
  const typeInfo = new TypeInfo(schema);
  const pageArguments: PageArgument[] = [];
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      // Only the operation that runs: a document may hold others, with their own page sizes.
      OperationDefinition: (operation) =>
        operationName === null || operation.name?.value === operationName ? undefined : false,
      Field: (field) => {
        const parent = typeInfo.getParentType();
        const definition = typeInfo.getFieldDef();
        if (!parent || !definition || !isConnectionField(definition)) return;
        for (const argument of PAGE_ARGUMENTS) {
          const node = field.arguments?.find((candidate) => candidate.name.value === argument);
          if (node && node.value.kind !== Kind.NULL)
            pageArguments.push({ field: `${parent.name}.${definition.name}`, argument, value: node.value });
        }
      },
    }),
  );
  found = pageArguments;
  byOperation.set(operationName, found);
  return found;
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
  for (const { field, argument, value } of pageArgumentsOf(options.schema, options.document, options.operationName)) {
    const requested: unknown = valueFromASTUntyped(value, options.variables);
    if (typeof requested === 'number' && requested > options.maxPageSize) return { field, argument, requested };
  }
  return null;
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
