import { seedDatabase, type QueryEvent } from '@plenary/db';
import { createTestDatabase, type TestBackend, type TestDatabase } from '@plenary/db/testing';
import { createLogger } from '../../src/logger.ts';
import type { QueryLimits } from '../../src/security/query-limits.ts';
import type { RateLimitSettings } from '../../src/security/rate-limit.ts';
import { createServer, type PlenaryServer } from '../../src/server.ts';
import { textOf, type TypedDocumentNode } from './graphql.ts';

export interface GraphQLResponse<Data = Record<string, unknown>> {
  status: number;
  body: { data?: Data; errors?: { message: string; extensions?: { code?: string } }[] };
}

/** What ApiFixture.graphql is given, typed or not: its implementations send the text of either. */
export type AnyDocument = string | TypedDocumentNode<unknown, unknown>;
export interface AnyRequestOptions {
  variables?: unknown;
  headers?: Record<string, string>;
}

export interface ApiFixture {
  database: TestDatabase;
  server: PlenaryServer;
  url: string;
  /** A document written with `graphql()` (test/support/graphql.ts): its answer and variables typed from the schema. */
  graphql<Data, Variables>(
    document: TypedDocumentNode<Data, Variables>,
    options?: { variables?: Variables; headers?: Record<string, string> },
  ): Promise<GraphQLResponse<Data>>;
  /** Plain text, for what a typed document cannot be: invalid on purpose, or sent as a client that has no types would. */
  graphql<Data = Record<string, unknown>>(
    query: string,
    options?: { variables?: Record<string, unknown>; headers?: Record<string, string> },
  ): Promise<GraphQLResponse<Data>>;
  close(): Promise<void>;
}

export interface StartApiOptions {
  backend: TestBackend;
  seed?: boolean;
  production?: boolean;
  now?: () => Date;
  onQuery?: (event: QueryEvent) => void;
  /** Defaults to on outside production. */
  introspection?: boolean;
  queryLimits?: Partial<QueryLimits>;
  /** Left out: no rate limits. Given: counted in Postgres on the postgres backend, else in memory. */
  rateLimits?: Omit<RateLimitSettings, 'store'>;
  /** Lets tests name the client address in X-Forwarded-For. */
  trustProxy?: boolean;
  /** Left out: the response cache on at its default size, as `npm start` has it; 0 turns it off (say why). */
  responseCacheBytes?: number;
}

/** A seeded database of the test's own and the API on a free port. */
export async function startApi({
  backend,
  seed = true,
  production = false,
  now,
  onQuery,
  introspection,
  queryLimits,
  rateLimits,
  trustProxy,
  responseCacheBytes,
}: StartApiOptions): Promise<ApiFixture> {
  const database = await createTestDatabase({ backend, ...(onQuery && { onQuery }) });
  if (seed) await seedDatabase(database.prisma, { today: '2026-11-28' });
  const server = await createServer({
    prisma: database.prisma,
    logger: createLogger('silent'),
    production,
    introspection: introspection ?? !production,
    bodyLimitBytes: 1_000_000,
    ...(now && { now }),
    ...(queryLimits && { queryLimits }),
    ...(trustProxy && { trustProxy }),
    ...(responseCacheBytes !== undefined && { responseCacheBytes }),
    ...(rateLimits && {
      rateLimits: {
        ...rateLimits,
        store: database.url ? { kind: 'postgres' as const, url: database.url } : { kind: 'memory' as const },
      },
    }),
  });
  const url = await server.listen({ port: 0, host: '127.0.0.1' });
  return {
    database,
    server,
    url,
    graphql: async (query: AnyDocument, options: AnyRequestOptions = {}) => {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...options.headers },
        body: JSON.stringify({ query: textOf(query), variables: options.variables }),
      });
      return { status: response.status, body: (await response.json()) as GraphQLResponse['body'] as never };
    },
    close: async () => {
      await server.close();
      await database.close();
    },
  };
}
