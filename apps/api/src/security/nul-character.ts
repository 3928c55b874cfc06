import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, visit, type DocumentNode } from 'graphql';

const NUL = '\u0000';

function holdsNul(value: unknown): boolean {
  if (typeof value === 'string') return value.includes(NUL);
  if (Array.isArray(value)) return value.some(holdsNul);
  if (value && typeof value === 'object') return Object.entries(value).some(([key, inner]) => key.includes(NUL) || holdsNul(inner));
  return false;
}

function documentHoldsNul(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    StringValue(node) {
      if (node.value.includes(NUL)) found = true;
    },
  });
  return found;
}

/**
 * Refuses a request with the NUL character (U+0000) in any text, in its variables or in the document. No name, code or
 * search term holds one, and Postgres cannot store or compare it: let through, it fails in the database as an
 * unexpected error instead of the client's own.
 */
export function nulCharacterPlugin(): ApolloServerPlugin {
  return {
    requestDidStart: async () => ({
      didResolveOperation: async ({ document, request }) => {
        if (holdsNul(request.variables) || documentHoldsNul(document)) {
          throw new GraphQLError('Text in this request contains the NUL character (U+0000), which no field accepts. Remove it and send the request again.', {
            extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
          });
        }
      },
    }),
  };
}
