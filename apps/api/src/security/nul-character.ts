import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, visit, type DocumentNode } from 'graphql';

const NUL = '\u0000';
/** Deeper than any input of the schema nests (a list of inputs holding a list is five levels), with room to spare. */
export const MAX_VARIABLE_DEPTH = 32;

/**
 * What the variables hold: a NUL character, nesting deeper than the limit, or neither. The walk keeps its own stack,
 * so that 200 000 nested lists are refused as the client's error instead of overflowing the call stack.
 */
function inspectVariables(variables: unknown): 'nul' | 'too deep' | null {
  const pending: { value: unknown; depth: number }[] = [{ value: variables, depth: 0 }];
  for (let item = pending.pop(); item; item = pending.pop()) {
    const { value, depth } = item;
    if (typeof value === 'string') {
      if (value.includes(NUL)) return 'nul';
    } else if (value && typeof value === 'object') {
      if (depth > MAX_VARIABLE_DEPTH) return 'too deep';
      for (const [key, inner] of Object.entries(value)) {
        if (key.includes(NUL)) return 'nul';
        pending.push({ value: inner, depth: depth + 1 });
      }
    }
  }
  return null;
}

// Apollo keeps one parsed document per query text, so a repeated query is walked once.
const nulInDocument = new WeakMap<DocumentNode, boolean>();

function documentHoldsNul(document: DocumentNode): boolean {
  let found = nulInDocument.get(document);
  if (found !== undefined) return found;
  found = false;
  visit(document, {
    StringValue(node) {
      if (node.value.includes(NUL)) found = true;
    },
  });
  nulInDocument.set(document, found);
  return found;
}

/**
 * Refuses a request with the NUL character (U+0000) in any text, in its variables or in the document. No name, code or
 * search term holds one, and Postgres cannot store or compare it: let through, it fails in the database as an
 * unexpected error instead of the client's own. Refuses variables nested deeper than MAX_VARIABLE_DEPTH too: the
 * walks after this one (coercing inputs, logging) recurse.
 */
export function nulCharacterPlugin(): ApolloServerPlugin {
  return {
    requestDidStart: async () => ({
      didResolveOperation: async ({ document, request }) => {
        const found = inspectVariables(request.variables);
        if (found === 'too deep') {
          throw new GraphQLError(
            `The variables nest deeper than ${MAX_VARIABLE_DEPTH} levels, which no field accepts. Send flatter input.`,
            {
              extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
            },
          );
        }
        if (found === 'nul' || documentHoldsNul(document)) {
          throw new GraphQLError(
            'Text in this request contains the NUL character (U+0000), which no field accepts. Remove it and send the request again.',
            {
              extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
            },
          );
        }
      },
    }),
  };
}
