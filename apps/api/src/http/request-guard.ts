import { isDatabaseUnavailable, type PrismaClient } from '@plenary/db';
import type { Request, RequestHandler, Response } from 'express';
import type { Logger } from 'pino';
import { credentialsFromHeaders, InvalidCredentialsError, resolveViewer } from '../auth/resolve-viewer.ts';
import type { Viewer } from '../context.ts';
import { DATABASE_RETRY_AFTER_SECONDS, DATABASE_UNAVAILABLE_CODE, DATABASE_UNAVAILABLE_MESSAGE } from '../errors/database-unavailable.ts';
import type { ErrorCode } from '../errors/error-codes.ts';
import { INTERNAL_MESSAGE } from '../errors/format-error.ts';
import type { RateLimits, RequestBucket } from '../security/rate-limit.ts';

// The gate of /graphql and /documents alike: who is asking is settled first, and only then whose budget the request
// spends. A key or session is charged only once it has proved valid, so made-up credentials can neither spend a real
// partner's budget nor leave a counter per made-up prefix; they count as failures of the address they come from.

export interface RequestGuardOptions {
  prisma: PrismaClient;
  now: () => Date;
  logger: Logger;
  /** Left out: requests are authenticated but not counted (tests). */
  rateLimits: RateLimits | null;
  /** How a refusal reads: a GraphQL error response (`/graphql`) or one line of plain text (`/documents`). */
  answer: 'graphql' | 'text';
}

const viewers = new WeakMap<Request, Viewer>();

/** Who made a request that the guard let through. */
export function viewerOfRequest(request: Request): Viewer {
  const viewer = viewers.get(request);
  if (!viewer) throw new Error('The request guard did not run before this route.');
  return viewer;
}

export function clientAddressOf(request: Request): string {
  return request.ip ?? 'unknown';
}

function bucketOf(viewer: Viewer, address: string): RequestBucket {
  if (viewer.kind === 'apiKey') return { kind: 'apiKey', prefix: viewer.apiKey.prefix };
  if (viewer.kind === 'user') return { kind: 'user', userId: viewer.user.id };
  return { kind: 'address', address };
}

interface Refusal {
  status: 401 | 429 | 500 | 503;
  code: ErrorCode;
  message: string;
  retryAfterSeconds?: number;
}

function refuse(response: Response, answer: RequestGuardOptions['answer'], refusal: Refusal): void {
  response.status(refusal.status).setHeader('cache-control', 'no-store');
  if (refusal.retryAfterSeconds !== undefined) response.setHeader('retry-after', String(refusal.retryAfterSeconds));
  if (answer === 'text') {
    response.type('text/plain; charset=utf-8').send(`${refusal.message}\n`);
    return;
  }
  const extensions = { code: refusal.code, ...(refusal.retryAfterSeconds !== undefined && { retryAfterSeconds: refusal.retryAfterSeconds }) };
  response.json({ errors: [{ message: refusal.message, extensions }] });
}

/** Authenticates the caller, then counts the request against its API key, its user or its address. */
export function requestGuard({ prisma, now, logger, rateLimits, answer }: RequestGuardOptions): RequestHandler {
  return async (request, response, next) => {
    const address = clientAddressOf(request);
    let viewer: Viewer;
    try {
      viewer = await resolveViewer(prisma, credentialsFromHeaders(request.headers), now());
    } catch (error) {
      if (isDatabaseUnavailable(error)) {
        // Credentials cannot be checked: nobody's request is let through, nor counted as a failure.
        logger.warn({ err: error, path: request.path }, 'the database is unavailable: the caller could not be authenticated');
        return refuse(response, answer, { status: 503, code: DATABASE_UNAVAILABLE_CODE, message: DATABASE_UNAVAILABLE_MESSAGE, retryAfterSeconds: DATABASE_RETRY_AFTER_SECONDS });
      }
      if (!(error instanceof InvalidCredentialsError)) {
        logger.error({ err: error, path: request.path }, 'the caller could not be authenticated');
        return refuse(response, answer, { status: 500, code: 'INTERNAL_SERVER_ERROR', message: INTERNAL_MESSAGE });
      }
      // Refused credentials spend the address's budget, as a request without any would.
      const spent = await rateLimits?.consumeRequest({ kind: 'address', address });
      if (spent && !spent.allowed) return refuse(response, answer, { status: 429, code: 'RATE_LIMITED', ...spent });
      // Only a credential nobody issued is a guess; an expired or revoked one is sent by its own holder.
      const failed = error.unknown ? await rateLimits?.recordUnknownCredential(address) : undefined;
      if (failed && !failed.allowed) return refuse(response, answer, { status: 429, code: 'RATE_LIMITED', ...failed });
      return refuse(response, answer, { status: 401, code: 'UNAUTHENTICATED', message: error.message });
    }
    const counted = await rateLimits?.consumeRequest(bucketOf(viewer, address));
    if (counted && !counted.allowed) return refuse(response, answer, { status: 429, code: 'RATE_LIMITED', ...counted });
    if (counted) response.setHeader('ratelimit-limit', counted.limit).setHeader('ratelimit-remaining', counted.remaining);
    viewers.set(request, viewer);
    next();
  };
}
