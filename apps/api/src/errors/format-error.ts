import { unwrapResolverError } from '@apollo/server/errors';
import { isDatabaseUnavailable } from '@plenary/db';
import { DomainError } from '@plenary/domain';
import { PothosValidationError } from '@pothos/core';
import type { GraphQLFormattedError } from 'graphql';
import type { Logger } from 'pino';
import type { ErrorCode } from './error-codes.ts';
import {
  DATABASE_RETRY_AFTER_SECONDS,
  DATABASE_UNAVAILABLE_CODE,
  DATABASE_UNAVAILABLE_MESSAGE,
} from './database-unavailable.ts';
import { currentRequestId } from '../http/request-id.ts';

export const INTERNAL_MESSAGE = 'Something went wrong on our side. It has been logged; please try again.';
// Codes Apollo and graphql-js give to errors that are the client's to fix; these keep their message.
// (Apollo's PERSISTED_QUERY_NOT_SUPPORTED is not among them: this server supports automatic persisted queries.)
const CLIENT_ERROR_CODES: ReadonlySet<string> = new Set<ErrorCode>([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
  'UNAUTHENTICATED',
]);

// Apollo's own refusals of a request, which reach us coded INTERNAL_SERVER_ERROR: each is the client's to fix, so it gets a code and a message saying how.
const APOLLO_REQUEST_REFUSALS = new Map<string, { code: ErrorCode; message: string }>([
  [
    'provided sha does not match query',
    {
      code: 'PERSISTED_QUERY_HASH_MISMATCH',
      message:
        'The persisted query hash (extensions.persistedQuery.sha256Hash) is not the SHA-256 of the query sent: send the hex SHA-256 of the exact query text.',
    },
  ],
]);

// graphql-js refuses an argument's value while it executes a field (a variable sent as null for an argument that is
// non-null with a default, such as `orderBy`), with an uncoded GraphQLError: the client's to fix.
const ARGUMENT_REFUSAL =
  /^Argument "[A-Za-z_][A-Za-z0-9_]*" (?:of non-null type "[^"]+" must not be null\.|of required type "[^"]+" was provided the variable "\$[A-Za-z_][A-Za-z0-9_]*" which was not provided a runtime value\.)$/;

// Apollo's CSRF refusal names headers but not what a partner's client must change; urql with its defaults meets it.
const APOLLO_CSRF_REFUSAL = 'This operation has been blocked as a potential Cross-Site Request Forgery';
export const CSRF_REFUSAL_MESSAGE =
  'This request was refused as a possible Cross-Site Request Forgery (CSRF). Send queries as POST with Content-Type: application/json ' +
  '(urql: preferGetMethod: false), or add the header Apollo-Require-Preflight: true to a GET.';

/** Domain errors keep their message and code; the database being unavailable says so; anything unexpected is logged and masked. */
export function formatError(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof DomainError) {
      return { ...formatted, message: original.message, extensions: { code: original.code } };
    }
    if (isDatabaseUnavailable(original)) {
      // Not a bug of ours: logged without alarm, and told to the client as something to wait out.
      logger.warn({ err: original, path: formatted.path }, 'the database is unavailable');
      return {
        message: DATABASE_UNAVAILABLE_MESSAGE,
        path: formatted.path,
        extensions: { code: DATABASE_UNAVAILABLE_CODE, retryAfterSeconds: DATABASE_RETRY_AFTER_SECONDS },
      };
    }
    const refusedArgument = original instanceof PothosValidationError ? clientMessageOf(original) : null;
    if (refusedArgument)
      return {
        message: refusedArgument,
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: 'BAD_USER_INPUT' },
      };
    const apolloRefusal = formatted.path === undefined ? APOLLO_REQUEST_REFUSALS.get(formatted.message) : undefined;
    if (apolloRefusal) return { message: apolloRefusal.message, extensions: { code: apolloRefusal.code } };
    if (formatted.message.startsWith(APOLLO_CSRF_REFUSAL))
      return { message: CSRF_REFUSAL_MESSAGE, extensions: { code: 'BAD_REQUEST' } };
    if (formatted.extensions?.code === undefined || formatted.extensions.code === 'INTERNAL_SERVER_ERROR') {
      if (ARGUMENT_REFUSAL.test(formatted.message))
        return {
          message: formatted.message,
          locations: formatted.locations,
          path: formatted.path,
          extensions: { code: 'BAD_USER_INPUT' },
        };
    }
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && CLIENT_ERROR_CODES.has(code))
      return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions: { code } };
    logger.error({ err: original, path: formatted.path }, 'unexpected error');
    return { message: INTERNAL_MESSAGE, path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  };
}

/**
 * Pothos refuses paging arguments and IDs the client made up with a PothosValidationError: those are the client's to fix.
 * Its other validation errors are the server's own mistakes and stay masked. Messages that would echo the input are
 * replaced.
 */
function clientMessageOf(error: PothosValidationError): string | null {
  if (/cursor/i.test(error.message))
    return 'The cursor (after or before) is not one this API gave out: use the cursors of a page you read.';
  if (/^Invalid global ID|^ID: .* is not of type/.test(error.message))
    return 'The ID is not one this API gave out for this kind of object.';
  if (/^Arguments? "(first|last|before|after)"/.test(error.message)) return error.message;
  return null;
}

type FormatError = (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;

/** Every error carries its request's ID, which a partner quotes to us and we find in the logs. */
export function withRequestId(format: FormatError): FormatError {
  return (formatted, error) => {
    const result = format(formatted, error);
    return { ...result, extensions: { ...result.extensions, requestId: currentRequestId() } };
  };
}
