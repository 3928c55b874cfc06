import { createHash } from 'node:crypto';
import { HeaderMap, type ApolloServerPlugin, type GraphQLRequestContextResponseForOperation } from '@apollo/server';
import { Prisma, queryRows, type PrismaClient } from '@plenary/db';
import type { FormattedExecutionResult } from 'graphql';
import { LRUCache } from 'lru-cache';
import { answerScopeOf } from '../auth/answer-scope.ts';
import type { Context } from '../context.ts';
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

interface CachedAnswer {
  data: Record<string, unknown>;
  bytes: number;
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

async function readDataGeneration(prisma: PrismaClient): Promise<bigint | null> {
  const [row] = await queryRows<{ generation: bigint }>(prisma, Prisma.sql`SELECT "generation" FROM "DataGeneration"`);
  return row?.generation ?? null;
}

/** The answer's key, or null when the request's answer may not be cached. */
async function keyOf(
  request: GraphQLRequestContextResponseForOperation<Context>,
  now: () => Date,
): Promise<string | null> {
  const { schema, document, operationName, queryHash, contextValue } = request;
  // Apollo's type says there is an operation; a document of two without an operationName has none, and gets its error.
  const operation = request.operation as typeof request.operation | undefined;
  if (operation?.operation !== 'query') return null;
  const selection = selectionOf(schema, document);
  if (FIELDS_THAT_CHANGE_WITHOUT_A_WRITE.some((field) => selection.fields.has(field))) return null;
  // A request without credentials made no statement yet: one cheap one. If it fails, the query is answered uncached,
  // and fails (or not) as it would without the cache.
  let generation = contextValue.dataGeneration;
  if (generation === null) {
    try {
      generation = await readDataGeneration(contextValue.prisma);
    } catch (error) {
      contextValue.logger.warn(
        { err: error },
        'the response cache could not read the data generation: answered uncached',
      );
      return null;
    }
  }
  if (generation === null) return null;
  const parts = [
    queryHash,
    operationName ?? null,
    canonical(request.request.variables ?? {}),
    answerScopeOf({ viewer: contextValue.viewer, answerTypes: selection.answerTypes }),
    generation.toString(),
    // Answers as of today (a State's standing, overdue reports) change at midnight UTC without a write: the UTC date.
    now().toISOString().slice(0, 10),
  ];
  return createHash('sha256').update(JSON.stringify(parts)).digest('base64url');
}

/** The cache as an Apollo plugin; `maxBytes` 0 turns it off (every answer then says BYPASS). */
export function responseCachePlugin({
  maxBytes,
  now,
}: {
  maxBytes: number;
  now: () => Date;
}): ApolloServerPlugin<Context> {
  const answers =
    maxBytes > 0
      ? new LRUCache<string, CachedAnswer>({ maxSize: maxBytes, sizeCalculation: (answer) => answer.bytes })
      : null;
  return {
    requestDidStart: async () => {
      let outcome: CacheOutcome | null = null;
      let key: string | null = null;
      return {
        // Runs after every plugin's didResolveOperation, so a hit has been charged its cost like any other answer.
        responseForOperation: async (request) => {
          key = answers && (await keyOf(request, now));
          const cached = key === null ? undefined : answers?.get(key);
          outcome = key === null ? 'BYPASS' : cached ? 'HIT' : 'MISS';
          return cached
            ? {
                http: { status: undefined, headers: new HeaderMap() },
                body: { kind: 'single', singleResult: { data: cached.data } },
              }
            : null;
        },
        willSendResponse: async ({ response }) => {
          if (outcome) response.http.headers.set(RESPONSE_CACHE_HEADER, outcome);
          if (outcome !== 'MISS' || key === null || response.body.kind !== 'single') return;
          const { data, errors } = response.body.singleResult;
          if (errors?.length || !data || !answers) return;
          const json = JSON.stringify(data);
          jsonOfData.set(data, json);
          answers.set(key, { data, bytes: Buffer.byteLength(json) });
        },
      };
    },
  };
}
