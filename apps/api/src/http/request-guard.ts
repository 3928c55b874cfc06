import { isDatabaseUnavailable, type PrismaClient } from '@plenary/db';
import type { Request, RequestHandler, Response } from 'express';
import type { Logger } from 'pino';
import {
  credentialsFromHeaders,
  InvalidCredentialsError,
  resolveViewer,
  type ResolvedViewer,
} from '../auth/resolve-viewer.ts';
import type { Viewer } from '../context.ts';
import {
  DATABASE_RETRY_AFTER_SECONDS,
  DATABASE_UNAVAILABLE_CODE,
  DATABASE_UNAVAILABLE_MESSAGE,
} from '../errors/database-unavailable.ts';
import type { ErrorCode } from '../errors/error-codes.ts';
import { INTERNAL_MESSAGE } from '../errors/format-error.ts';
import { costExtension } from '../security/query-limits.ts';
import {
  POINTS_PER_REQUEST,
  rateLimitStatusOf,
  type Allowed,
  type RateLimits,
  type Refused,
  type RequestBucket,
} from '../security/rate-limit.ts';
import { RequestRateLimit } from '../security/request-rate-limit.ts';
import { sendGraphQLError } from './graphql-error-response.ts';
import { setRateLimitHeaders } from './rate-limit-headers.ts';

// The gate of /graphql and /documents alike: who is asking is settled first, and only then whose budget the request
// spends. A key or session is charged only once it has proved valid, so made-up credentials can neither spend a real
// partner's budget nor leave a counter per made-up prefix; they count as failures of the address they come from.
// Every request spends its first point here; a query spends the rest of its cost once it is known (query-limits.ts).

export interface RequestGuardOptions {
  prisma: PrismaClient;
  now: () => Date;
  logger: Logger;
  /** Left out: requests are authenticated but not counted (tests). */
  rateLimits: RateLimits | null;
  /** The most a query may cost, which a refusal's `extensions.cost` states as every answer's does. */
  maxQueryCost: number;
  /** How a refusal reads: a GraphQL error response (`/graphql`) or one line of plain text (`/documents`). */
  answer: 'graphql' | 'text';
}

interface GuardedRequest {
  viewer: Viewer;
  /** Read with the viewer's session or API key; null without credentials. */
  dataGeneration: bigint | null;
  /** Null when rate limits are off. */
  rateLimit: RequestRateLimit | null;
}

const guardedRequests = new WeakMap<Request, GuardedRequest>();

function guardedRequest(request: Request): GuardedRequest {
  const guarded = guardedRequests.get(request);
  if (!guarded) throw new Error('The request guard did not run before this route.');
  return guarded;
}

/** Who made a request that the guard let through. */
export function viewerOfRequest(request: Request): Viewer {
  return guardedRequest(request).viewer;
}

/** The data generation read with the credentials of a request that the guard let through; null without any. */
export function dataGenerationOfRequest(request: Request): bigint | null {
  return guardedRequest(request).dataGeneration;
}

/** What the request spends of its bucket's budget, and what is left; null when rate limits are off. */
export function rateLimitOfRequest(request: Request): RequestRateLimit | null {
  return guardedRequest(request).rateLimit;
}

export function clientAddressOf(request: Request): string {
  return request.ip ?? 'unknown';
}

function bucketOf(viewer: Viewer, address: string): RequestBucket {
  if (viewer.kind === 'apiKey') return { kind: 'apiKey', prefix: viewer.apiKey.prefix };
  if (viewer.kind === 'user') return { kind: 'user', userId: viewer.user.id };
  return { kind: 'address', address };
}

interface GuardRefusal {
  status: 401 | 429 | 500 | 503;
  code: ErrorCode;
  message: string;
  retryAfterSeconds?: number;
  /** The bucket the refused request was counted against, if it was. */
  counted?: Allowed | Refused;
}

function tooManyRequests(refused: Refused): GuardRefusal {
  return {
    status: 429,
    code: 'RATE_LIMITED',
    message: refused.message,
    retryAfterSeconds: refused.retryAfterSeconds,
    counted: refused,
  };
}

/** Authenticates the caller, then counts the request against its API key, its user or its address. */
export function requestGuard({
  prisma,
  now,
  logger,
  rateLimits,
  maxQueryCost,
  answer,
}: RequestGuardOptions): RequestHandler {
  const refuse = (response: Response, refusal: GuardRefusal): void => {
    response.setHeader('cache-control', 'no-store');
    if (refusal.counted) setRateLimitHeaders(response, refusal.counted.quota);
    if (refusal.retryAfterSeconds !== undefined) response.setHeader('retry-after', String(refusal.retryAfterSeconds));
    if (answer === 'text') {
      response.status(refusal.status).type('text/plain; charset=utf-8').send(`${refusal.message}\n`);
      return;
    }
    const details = refusal.retryAfterSeconds === undefined ? {} : { retryAfterSeconds: refusal.retryAfterSeconds };
    const rateLimit = refusal.counted
      ? rateLimitStatusOf(refusal.counted.quota, refusal.counted.allowed ? POINTS_PER_REQUEST : 0)
      : null;
    sendGraphQLError(
      response,
      { ...refusal, details },
      { cost: costExtension({ requestedQueryCost: null, maxQueryCost, rateLimit }) },
    );
  };

  return async (request, response, next) => {
    const address = clientAddressOf(request);
    let resolved: ResolvedViewer;
    try {
      resolved = await resolveViewer(prisma, credentialsFromHeaders(request.headers), now());
    } catch (error) {
      if (isDatabaseUnavailable(error)) {
        // Credentials cannot be checked: nobody's request is let through, nor counted as a failure.
        logger.warn(
          { err: error, path: request.path },
          'the database is unavailable: the caller could not be authenticated',
        );
        return refuse(response, {
          status: 503,
          code: DATABASE_UNAVAILABLE_CODE,
          message: DATABASE_UNAVAILABLE_MESSAGE,
          retryAfterSeconds: DATABASE_RETRY_AFTER_SECONDS,
        });
      }
      if (!(error instanceof InvalidCredentialsError)) {
        logger.error({ err: error, path: request.path }, 'the caller could not be authenticated');
        return refuse(response, { status: 500, code: 'INTERNAL_SERVER_ERROR', message: INTERNAL_MESSAGE });
      }
      // Refused credentials spend the address's budget, as a request without any would.
      const spent = await rateLimits?.consumeRequest({ kind: 'address', address });
      if (spent && !spent.allowed) return refuse(response, tooManyRequests(spent));
      // Only a credential nobody issued is a guess; an expired or revoked one is sent by its own holder.
      const failed = error.unknown ? await rateLimits?.recordUnknownCredential(address) : undefined;
      if (failed && !failed.allowed) return refuse(response, tooManyRequests(failed));
      return refuse(response, {
        status: 401,
        code: 'UNAUTHENTICATED',
        message: error.message,
        ...(spent && { counted: spent }),
      });
    }
    const { viewer, dataGeneration } = resolved;
    const bucket = bucketOf(viewer, address);
    const counted = await rateLimits?.consumeRequest(bucket);
    if (counted && !counted.allowed) return refuse(response, tooManyRequests(counted));
    if (counted) setRateLimitHeaders(response, counted.quota);
    const rateLimit = rateLimits && counted ? new RequestRateLimit({ rateLimits, bucket, quota: counted.quota }) : null;
    guardedRequests.set(request, { viewer, dataGeneration, rateLimit });
    next();
  };
}
