import type { PrismaClient } from '@plenary/db';
import type { Request, RequestHandler } from 'express';
import { LRUCache } from 'lru-cache';
import Negotiator from 'negotiator';
import type { Logger } from 'pino';
import { setRateLimitHeaders } from '../http/rate-limit-headers.ts';
import { dataGenerationOfRequest, rateLimitOfRequest, viewerOfRequest } from '../http/request-guard.ts';
import { costExtension } from '../security/query-limits.ts';
import type { RequestRateLimit } from '../security/request-rate-limit.ts';
import { keyNow, RESPONSE_CACHE_HEADER, type ResponseCache } from './response-cache.ts';
import { isPlainObject } from '../plain-object.ts';

// A hit served before Apollo: once Apollo has answered a query (parsed, validated, its cost reckoned and charged),
// the same text with the same variables, from a viewer with the same answer scope at the same data generation, is
// answered from here with what Apollo's own hit would write, at about half its CPU (bench/README.md). Whatever is not
// such a request (an unknown text, an Accept header Apollo would refuse or answer with another media type, a charge
// the budget refuses, an answer not kept) goes on to Apollo, which answers it as it would have without this.

// The media types Apollo chooses among for a single answer (its `chooseContentTypeForSingleResultResponse`), in its
// order: plain JSON when the request has no Accept header, else the one the header prefers. The third is for
// subscription callbacks, which it leaves to Apollo.
const APPLICATION_JSON = 'application/json; charset=utf-8';
const GRAPHQL_RESPONSE_JSON = 'application/graphql-response+json; charset=utf-8';
const MEDIA_TYPES = [APPLICATION_JSON, GRAPHQL_RESPONSE_JSON, 'application/json; callbackSpec=1.0; charset=utf-8'];
/** Accept headers seen and the type each chooses: clients send a handful, the same on every request. */
const chosenMediaTypes = new LRUCache<string, string | false>({ max: 100 });

/** The type Apollo would answer in, when it is one written here; null otherwise. */
function mediaTypeFor(accept: string | undefined): string | null {
  if (!accept) return APPLICATION_JSON;
  let chosen = chosenMediaTypes.get(accept);
  if (chosen === undefined) {
    chosen = new Negotiator({ headers: { accept } }).mediaType(MEDIA_TYPES) ?? false;
    chosenMediaTypes.set(accept, chosen);
  }
  return chosen === APPLICATION_JSON || chosen === GRAPHQL_RESPONSE_JSON ? chosen : null;
}

interface GraphQLRequestBody {
  query: string;
  operationName: string | null;
  variables: Record<string, unknown>;
  /** The media type of the answer, as Apollo chooses it by the Accept header. */
  mediaType: string;
  /** The SDK's persisted-query hash (whose text known-documents.ts filled in); Apollo checks it names the text. */
  persistedQueryHash: string | null;
}

/** A persisted query's hash when `extensions` is that and nothing else; undefined for any other extensions. */
function persistedQueryHashOf(extensions: unknown): string | null | undefined {
  if (extensions === undefined || extensions === null) return null;
  if (!isPlainObject(extensions) || Object.keys(extensions).length !== 1) return undefined;
  const persisted = extensions.persistedQuery;
  if (!isPlainObject(persisted) || Object.keys(persisted).length !== 2 || persisted.version !== 1) return undefined;
  return typeof persisted.sha256Hash === 'string' ? persisted.sha256Hash : undefined;
}

/** The body of a POSTed query that Apollo would read as this one, or null for anything else. */
function plainQueryOf(request: Request): GraphQLRequestBody | null {
  const body: unknown = request.body;
  const mediaType = mediaTypeFor(request.headers.accept);
  if (request.method !== 'POST' || !isPlainObject(body) || mediaType === null) return null;
  const { query, operationName = null, variables = null, extensions, ...other } = body;
  if (Object.keys(other).length > 0 || typeof query !== 'string') return null;
  if (operationName !== null && typeof operationName !== 'string') return null;
  if (variables !== null && !isPlainObject(variables)) return null;
  const persistedQueryHash = persistedQueryHashOf(extensions);
  if (persistedQueryHash === undefined) return null;
  return { query, operationName, variables: variables ?? {}, mediaType, persistedQueryHash };
}

async function spent(rateLimit: RequestRateLimit, requestedQueryCost: number): Promise<boolean> {
  try {
    return (await rateLimit.chargeQuery(requestedQueryCost)).outcome === 'spent';
  } catch {
    return false;
  }
}

// The generation a request read here before going on to Apollo, so that its context does not read it again.
const generationsRead = new WeakMap<Request, bigint>();

/** The data generation of a request: read with its credentials by the guard, or by `answerFromCache`; else null. */
export function dataGenerationReadFor(request: Request): bigint | null {
  return dataGenerationOfRequest(request) ?? generationsRead.get(request) ?? null;
}

/** Serves kept answers to queries Apollo has answered before; mounted after the request guard and the JSON body. */
export function answerFromCache(options: {
  cache: ResponseCache;
  prisma: PrismaClient;
  logger: Logger;
  now: () => Date;
  maxQueryCost: number;
}): RequestHandler {
  const { cache, prisma, logger, now, maxQueryCost } = options;
  return async (request, response, next) => {
    const body = plainQueryOf(request);
    const known = body && cache.known(body.query, body.operationName);
    if (!body || !known || (body.persistedQueryHash !== null && body.persistedQueryHash !== known.queryHash)) {
      return next();
    }
    const keyed = await keyNow({
      prisma,
      logger,
      generationRead: dataGenerationOfRequest(request),
      known,
      variables: body.variables,
      viewer: viewerOfRequest(request),
      now: now(),
    });
    // Without a generation Apollo's plugin tries again, and answers uncached (or reports the database).
    if (!keyed) return next();
    generationsRead.set(request, keyed.generation);
    const cached = cache.get(keyed.key);
    if (cached === undefined || cached.requestedQueryCost === null) return next();
    const rateLimit = rateLimitOfRequest(request);
    // A refused or failed charge spends nothing: Apollo charges again, and writes the refusal or the failure as it
    // writes every other.
    if (rateLimit && !(await spent(rateLimit, cached.requestedQueryCost))) return next();
    if (rateLimit) setRateLimitHeaders(response, rateLimit.quota);
    const cost = costExtension({
      requestedQueryCost: cached.requestedQueryCost,
      maxQueryCost,
      rateLimit: rateLimit?.status ?? null,
    });
    response
      .status(200)
      .setHeader('content-type', body.mediaType)
      .setHeader(RESPONSE_CACHE_HEADER, 'HIT')
      .send(`{"data":${cached.dataJson},"extensions":${JSON.stringify({ cost })}}`);
  };
}
