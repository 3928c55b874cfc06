import { createHash } from 'node:crypto';
import { HeaderMap, type ApolloServerPlugin, type GraphQLRequestContextResponseForOperation } from '@apollo/server';
import { Prisma, queryRows, type PrismaClient } from '@plenary/db';
import { OperationTypeNode, type FormattedExecutionResult } from 'graphql';
import { LRUCache } from 'lru-cache';
import type { Logger } from 'pino';
import { answerScopeOf } from '../auth/answer-scope.ts';
import type { Context, Viewer } from '../context.ts';
import { requestedQueryCostOf } from '../security/query-limits.ts';
import { selectionOf } from './selection.ts';

// Whole answers to queries, kept in this process and keyed by the query, its variables, what the viewer may see
// (auth/answer-scope.ts) and the data generation: every committed write to what an answer shows, by any API process,
// the seed or psql, increments the generation (packages/db migration *_data_generation), so a write changes the key of
// every answer and none is served older than the last committed write. Answers with errors are not kept.

export const DEFAULT_RESPONSE_CACHE_MB = 64;
export const BYTES_PER_MB = 1024 * 1024;

/** Says how a request was answered: HIT (from the cache), MISS (computed, and kept unless it had errors), BYPASS. */
export const RESPONSE_CACHE_HEADER = 'x-plenary-cache';

type CacheOutcome = 'HIT' | 'MISS' | 'BYPASS';

// Fields whose answer changes without moving the data generation, so that it cannot tell when: a query asking one is
// never cached. `rateLimit` is this request's own budget; an API key's `status` turns EXPIRED when its time comes; its
// `lastUsedAt` is stamped by its use, a write the generation leaves out (packages/db migration *_data_generation).
const FIELDS_THAT_CHANGE_WITHOUT_A_WRITE = ['Query.rateLimit', 'ApiKey.status', 'ApiKey.lastUsedAt'];

/** An answer kept: its data, the data's JSON text, and what the query cost (a hit is charged as its miss was). */
export interface CachedAnswer {
  data: Record<string, unknown>;
  dataJson: string;
  requestedQueryCost: number | null;
}

/** What an answer's key is made of; every part that can change what the answer shows is one of them. */
export interface AnswerKeyParts {
  queryHash: string;
  operationName: string | null;
  variables: Record<string, unknown>;
  answerScope: string;
  generation: bigint;
  now: Date;
}

/** What the cache learnt of a query once Apollo had parsed and validated it: enough to key its answers again. */
export interface KnownQuery {
  queryHash: string;
  /** The operation's own name, which a request may leave out when the document has one operation. */
  operationName: string | null;
  answerTypes: ReadonlySet<string>;
}

/** Query texts remembered, and operations each: a bound on what a client sending ever new texts can make it keep. */
const KNOWN_QUERY_TEXTS = 1000;

/**
 * The answers kept, and the queries whose answers may be kept, shared by the Apollo plugin (which computes and keeps
 * answers) and by `answerFromCache` (early-answers.ts, which serves hits before Apollo).
 */
export class ResponseCache {
  readonly #answers: LRUCache<string, CachedAnswer>;
  readonly #knownQueries = new LRUCache<string, Map<string | null, KnownQuery>>({ max: KNOWN_QUERY_TEXTS });

  constructor({ maxBytes }: { maxBytes: number }) {
    this.#answers = new LRUCache<string, CachedAnswer>({
      maxSize: maxBytes,
      sizeCalculation: (answer) => Buffer.byteLength(answer.dataJson),
    });
  }

  get(key: string): CachedAnswer | undefined {
    return this.#answers.get(key);
  }

  keep(key: string, answer: CachedAnswer): void {
    this.#answers.set(key, answer);
  }

  /** Remembers that `query`, sent with `sentOperationName`, is a query whose answers may be kept. */
  learn(query: string, sentOperationName: string | null, known: KnownQuery): void {
    const operations = this.#knownQueries.get(query) ?? new Map<string | null, KnownQuery>();
    operations.set(sentOperationName, known);
    this.#knownQueries.set(query, operations);
  }

  /** The query as learnt, when Apollo has answered it once and its answers may be kept; otherwise undefined. */
  known(query: string, sentOperationName: string | null): KnownQuery | undefined {
    return this.#knownQueries.get(query)?.get(sentOperationName);
  }
}

/** The key of an answer. */
export function answerKey(parts: AnswerKeyParts): string {
  return createHash('sha256')
    .update(
      JSON.stringify([
        parts.queryHash,
        parts.operationName,
        canonical(parts.variables),
        parts.answerScope,
        parts.generation.toString(),
        // Answers as of today (a State's standing, overdue reports) change at midnight UTC without a write.
        parts.now.toISOString().slice(0, 10),
      ]),
    )
    .digest('base64url');
}

// The JSON text of each kept answer's data, so that a hit is not stringified again (`stringifyResult`).
const jsonOfData = new WeakMap<object, string>();

/**
 * The text of an answer, as `JSON.stringify` writes it: an answer from the cache reuses the text of its data, which
 * for a page of States was about a twelfth of a hit's CPU.
 */
export function stringifyResult(result: FormattedExecutionResult): string {
  const dataJson = result.data ? jsonOfData.get(result.data) : undefined;
  // Apollo orders the fields as errors, data, extensions, and leaves those it has not as undefined (not written).
  const keys = Object.keys(result).filter((key) => result[key as keyof FormattedExecutionResult] !== undefined);
  if (dataJson === undefined || !keys.every((key) => key === 'data' || key === 'extensions')) {
    return JSON.stringify(result);
  }
  const extensions = result.extensions === undefined ? '' : `,"extensions":${JSON.stringify(result.extensions)}`;
  return keys[0] === 'data' ? `{"data":${dataJson}${extensions}}` : `{${extensions.slice(1)},"data":${dataJson}}`;
}

/** Variables with every object's keys sorted, so that `{a, b}` and `{b, a}` share an answer. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((key) => [key, canonical((value as Record<string, unknown>)[key])]),
  );
}

/** The data generation now: the one the request read already, or else one cheap statement of its own. */
async function dataGenerationNow(prisma: PrismaClient, generationRead: bigint | null): Promise<bigint | null> {
  if (generationRead !== null) return generationRead;
  const [row] = await queryRows<{ generation: bigint }>(prisma, Prisma.sql`SELECT "generation" FROM "DataGeneration"`);
  return row?.generation ?? null;
}

/** What a request's answer is keyed by, learnt from Apollo's request; null when the answer may not be cached. */
function knownQueryOf(request: GraphQLRequestContextResponseForOperation<Context>): KnownQuery | null {
  const { schema, document, operationName, queryHash } = request;
  // Apollo's type says there is an operation; a document of two without an operationName has none, and gets its error.
  const operation = request.operation as typeof request.operation | undefined;
  if (operation?.operation !== OperationTypeNode.QUERY || queryHash === undefined) return null;
  const selection = selectionOf(schema, document);
  if (FIELDS_THAT_CHANGE_WITHOUT_A_WRITE.some((field) => selection.fields.has(field))) return null;
  return { queryHash, operationName: operationName ?? null, answerTypes: selection.answerTypes };
}

/** The cache as an Apollo plugin: it keeps answers, and serves the hits `answerFromCache` left to Apollo. */
export function responseCachePlugin({
  cache,
  now,
}: {
  cache: ResponseCache | null;
  now: () => Date;
}): ApolloServerPlugin<Context> {
  return {
    requestDidStart: async () => {
      let outcome: CacheOutcome | null = null;
      let key: string | null = null;
      return {
        // Runs after every plugin's didResolveOperation, so a hit has been charged its cost like any other answer.
        responseForOperation: async (request) => {
          const known = cache && knownQueryOf(request);
          const { contextValue } = request;
          const keyed =
            known &&
            (await keyNow({
              prisma: contextValue.prisma,
              logger: contextValue.logger,
              generationRead: contextValue.dataGeneration,
              known,
              variables: request.request.variables ?? {},
              viewer: contextValue.viewer,
              now: now(),
            }));
          key = keyed ? keyed.key : null;
          const cached = key === null ? undefined : cache?.get(key);
          outcome = key === null ? 'BYPASS' : cached ? 'HIT' : 'MISS';
          if (known && key !== null && request.request.query !== undefined) {
            cache?.learn(request.request.query, request.request.operationName ?? null, known);
          }
          return cached
            ? {
                http: { status: undefined, headers: new HeaderMap() },
                body: { kind: 'single', singleResult: { data: cached.data } },
              }
            : null;
        },
        willSendResponse: async ({ response, contextValue }) => {
          if (outcome) response.http.headers.set(RESPONSE_CACHE_HEADER, outcome);
          if (outcome !== 'MISS' || key === null || response.body.kind !== 'single') return;
          const { data, errors } = response.body.singleResult;
          if (errors?.length || !data || !cache) return;
          const dataJson = JSON.stringify(data);
          jsonOfData.set(data, dataJson);
          cache.keep(key, { data, dataJson, requestedQueryCost: requestedQueryCostOf(contextValue) });
        },
      };
    },
  };
}

/**
 * The key of the answer to `known` with `variables` for `viewer` at the data generation now (`generationRead` when the
 * request has read it already), and that generation; null when it cannot be read: the caller then answers without the
 * cache, and the query fails (or not) as it would without it.
 */
export async function keyNow(options: {
  prisma: PrismaClient;
  logger: Logger;
  generationRead: bigint | null;
  known: KnownQuery;
  variables: Record<string, unknown>;
  viewer: Viewer;
  now: Date;
}): Promise<{ key: string; generation: bigint } | null> {
  const { known } = options;
  let generation: bigint | null;
  try {
    generation = await dataGenerationNow(options.prisma, options.generationRead);
  } catch (error) {
    options.logger.warn({ err: error }, 'the response cache could not read the data generation');
    return null;
  }
  if (generation === null) return null;
  const key = answerKey({
    queryHash: known.queryHash,
    operationName: known.operationName,
    variables: options.variables,
    answerScope: answerScopeOf({ viewer: options.viewer, answerTypes: known.answerTypes }),
    generation,
    now: options.now,
  });
  return { key, generation };
}
