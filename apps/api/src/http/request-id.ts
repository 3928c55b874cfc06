import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { RequestHandler, Response } from 'express';

export const REQUEST_ID_HEADER = 'x-request-id';
/**
 * An incoming ID is kept when it is one a gateway or a partner's tracing would send (a UUID, a ULID, a trace ID):
 * short, and only characters that are safe in a header, a log line and a CSV export. Anything else is replaced.
 */
const SANE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

const requestIds = new AsyncLocalStorage<string>();
const requestIdsOfResponses = new WeakMap<Response, string>();

/** The ID of the request being served, wherever in its handling this runs; undefined outside a request. */
export function currentRequestId(): string | undefined {
  return requestIds.getStore();
}

/** The ID the middleware gave this request. */
export function requestIdOf(response: Response): string {
  const requestId = requestIdsOfResponses.get(response);
  if (!requestId) throw new Error('The request ID middleware did not run before this route.');
  return requestId;
}

/** The caller's `x-request-id` when it is sane, else a new UUID. */
export function requestIdFor(incoming: string | string[] | undefined): string {
  return typeof incoming === 'string' && SANE_REQUEST_ID.test(incoming) ? incoming : randomUUID();
}

/**
 * Gives every request one ID, returned as `x-request-id` and kept for the rest of its handling, so that the log
 * lines (logger.ts), the error extensions (errors/format-error.ts) and the audit trail of one request share it.
 */
export function requestIdMiddleware(): RequestHandler {
  return (request, response, next) => {
    const requestId = requestIdFor(request.headers[REQUEST_ID_HEADER]);
    response.setHeader(REQUEST_ID_HEADER, requestId);
    requestIdsOfResponses.set(response, requestId);
    requestIds.run(requestId, next);
  };
}
