import type { DomainErrorCode } from '@plenary/domain';

/**
 * Every code the API answers with: in `code` of a mutation result's error (the domain's five) and in
 * `extensions.code` of an entry of `errors` (all of them). The schema's `ErrorCode` enum is made from this list, so a
 * partner switches on one vocabulary; test/error-codes.test.ts fails when the code answers one that is not here.
 */
export const ERROR_CODES = {
  VALIDATION_FAILED:
    'An input broke a rule: `ValidationError.issues` names each field and what was expected. Nothing was changed; correct the input and send it again.',
  NOT_FOUND:
    'A record named by the input does not exist or is not visible to the caller (`NotFoundError.entity` and `key` say which). Nothing was changed.',
  FORBIDDEN:
    'The caller may not do this or read this. Sign in with a role that may (an API key reads only what is public); nothing was changed.',
  CONFLICT:
    'The request clashes with the record as it is now (e.g. it was changed since you read its `version`, or it already exists). Read it again and decide; nothing was changed.',
  INVALID_TRANSITION:
    'A status change the workflow does not allow from the current status; `ConflictError.allowed` lists the statuses that are allowed. Nothing was changed.',
  GRAPHQL_PARSE_FAILED: 'The query text is not valid GraphQL syntax (HTTP 400). The message gives the line and column.',
  GRAPHQL_VALIDATION_FAILED:
    'The query asks for a type, field or argument the schema does not have, or uses one wrongly (HTTP 400). Check it against `schema.graphql` shipped in @plenary/sdk.',
  BAD_USER_INPUT:
    'An argument or variable is refused: of the wrong type, an ID or cursor this API did not give out, a page size out of range, a NUL character, or an `@oneOf` input that does not give exactly one of its fields.',
  BAD_REQUEST:
    'The HTTP request is not one the API reads: a body that is not JSON, no query, or a GET or simple POST without the `apollo-require-preflight` header (HTTP 400).',
  PAYLOAD_TOO_LARGE: 'The request body is larger than the limit the message names (HTTP 413). Send less per request.',
  PERSISTED_QUERY_NOT_FOUND:
    'An automatic persisted query sent only its hash and the server does not know it yet: send the hash again with the query text.',
  PERSISTED_QUERY_HASH_MISMATCH:
    'An automatic persisted query whose hash is not the SHA-256 of the query text sent (HTTP 400): send the hex SHA-256 of the exact text.',
  OPERATION_RESOLUTION_FAILURE:
    'The document holds several operations and `operationName` does not name one of them (or is missing).',
  UNKNOWN_DOCUMENT:
    "A first-party client (the admin app) sent a document that is not one of the SDK's known operations. Partners are not held to this list.",
  QUERY_TOO_COSTLY:
    'The query is over the cost, depth, alias, directive or token limits (HTTP 400); `extensions.cost` and `maxCost` say by how much. Nothing ran: ask for fewer items or fields.',
  PAGE_SIZE_TOO_LARGE:
    'A connection was asked for more items than a page holds (HTTP 400): `extensions.field`, `argument` and `maxPageSize` say which and how many it holds. Nothing ran: ask for at most that many and page on with `after: pageInfo.endCursor`.',
  UNAUTHENTICATED:
    'An API key or session token that is unknown, expired or revoked (HTTP 401). Sign in again or ask the secretariat for a key.',
  RATE_LIMITED:
    'Too many requests from this key, user or address (HTTP 429). The operation did not run: send it again after `extensions.retryAfterSeconds` (also the `Retry-After` header).',
  DATABASE_UNAVAILABLE:
    'The database is out of reach for a moment (HTTP 503, `Retry-After`). Send the request again after that; a mutation cut off during its commit may have been saved, so read first or resend with the same idempotency key.',
  INTERNAL_SERVER_ERROR:
    'Something failed on the server: it has been logged, and the message says nothing more. Try again; report it if it persists.',
} as const satisfies Record<DomainErrorCode, string> & Record<string, string>;

export type ErrorCode = keyof typeof ERROR_CODES;

export const ERROR_CODE_NAMES = Object.keys(ERROR_CODES) as ErrorCode[];
