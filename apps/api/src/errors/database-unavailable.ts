import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { isDatabaseUnavailable } from '@plenary/db';
import type { Response } from 'express';
import type { ErrorCode } from './error-codes.ts';

// What every route answers while the database cannot be used (stopped, restarting, failing over, unreachable): a 503
// with Retry-After, the same words and code everywhere, so a client can wait and send the request again.

export const DATABASE_UNAVAILABLE_CODE = 'DATABASE_UNAVAILABLE' satisfies ErrorCode;
/** Long enough for a restart or a failover to finish; short enough that a client is not kept waiting for nothing. */
export const DATABASE_RETRY_AFTER_SECONDS = 5;
// A mutation's writes are one transaction: cut off before its commit it saved nothing, but a connection lost during
// the commit itself leaves the outcome unknown to the API as well.
export const DATABASE_UNAVAILABLE_MESSAGE =
  `The database is unavailable at the moment. Try again in ${DATABASE_RETRY_AFTER_SECONDS} seconds. ` +
  'If this answers a mutation, read whether it was saved before sending it again, or send it again with the same idempotencyKey.';

/** Sets the status and Retry-After of a response that says the database is unavailable. */
export function markDatabaseUnavailable(response: Response): Response {
  return response
    .status(503)
    .setHeader('retry-after', String(DATABASE_RETRY_AFTER_SECONDS))
    .setHeader('cache-control', 'no-store');
}

/**
 * A GraphQL response with an error caused by the database being unavailable is a 503 with Retry-After (the error
 * itself is reworded by formatError): a proxy or a client's retry policy can tell it from a bug.
 */
export function databaseUnavailablePlugin<Context extends object>(): ApolloServerPlugin<Context> {
  return {
    requestDidStart: async () => ({
      didEncounterErrors: async ({ errors, response }) => {
        if (!errors.some((error) => isDatabaseUnavailable(unwrapResolverError(error)))) return;
        response.http.status = 503;
        response.http.headers.set('retry-after', String(DATABASE_RETRY_AFTER_SECONDS));
      },
    }),
  };
}
