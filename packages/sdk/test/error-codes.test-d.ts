import { describe, expectTypeOf, it } from 'vitest';
import {
  PlenaryGraphQLError,
  type ErrorCode,
  type PlenaryGraphQLErrorEntry,
  type PlenaryHttpError,
} from '../src/index.ts';

/** What a partner writes: one branch per code, and the compiler says when the API gains a code the switch misses. */
function advice(code: ErrorCode): string {
  switch (code) {
    case 'VALIDATION_FAILED':
    case 'BAD_USER_INPUT':
    case 'BAD_REQUEST':
    case 'GRAPHQL_PARSE_FAILED':
    case 'GRAPHQL_VALIDATION_FAILED':
    case 'OPERATION_RESOLUTION_FAILURE':
    case 'UNKNOWN_DOCUMENT':
    case 'PAYLOAD_TOO_LARGE':
    case 'QUERY_TOO_COSTLY':
    case 'PAGE_SIZE_TOO_LARGE':
      return 'fix the request';
    case 'NOT_FOUND':
    case 'FORBIDDEN':
    case 'UNAUTHENTICATED':
      return 'check the credentials and the record';
    case 'CONFLICT':
    case 'INVALID_TRANSITION':
      return 'read the record again';
    case 'PERSISTED_QUERY_NOT_FOUND':
    case 'PERSISTED_QUERY_HASH_MISMATCH':
      return 'send the query text';
    case 'RATE_LIMITED':
    case 'DATABASE_UNAVAILABLE':
    case 'INTERNAL_SERVER_ERROR':
      return 'try again later';
    default: {
      const unhandled: never = code;
      return unhandled;
    }
  }
}

describe("an error's code is the schema's ErrorCode", () => {
  it('types the code of a GraphQL error, so a switch on it can be checked for exhaustiveness', () => {
    expectTypeOf<PlenaryGraphQLError['code']>().toEqualTypeOf<ErrorCode | undefined>();
    const error = new PlenaryGraphQLError({ errors: [], status: 200, data: null });
    if (error.code !== undefined) expectTypeOf(advice(error.code)).toBeString();
  });

  it('types the code of an HTTP error (429, 503) the same way', () => {
    expectTypeOf<PlenaryHttpError['code']>().toEqualTypeOf<ErrorCode | undefined>();
  });

  it("types `extensions.code` of each entry of a response's errors", () => {
    expectTypeOf<NonNullable<PlenaryGraphQLErrorEntry['extensions']>['code']>().toEqualTypeOf<ErrorCode | undefined>();
  });

  it('refuses to compare a code with one the API never answers', () => {
    const error = new PlenaryGraphQLError({ errors: [], status: 200, data: null });
    // @ts-expect-error NOT_A_CODE is not an ErrorCode
    void (error.code === 'NOT_A_CODE');
  });
});
