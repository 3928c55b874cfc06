import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { IN_MEMORY, openDatabase, type Database, type QueryEvent } from '../open-database.ts';

export type TestBackend = 'pglite' | 'postgres';

const TEST_POOL_SIZE = 5;

/** PGlite always; Postgres too when TEST_DATABASE_URL points at a server (CI sets it). */
export function testBackends(): TestBackend[] {
  return process.env.TEST_DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];
}

function serverUrl(): string {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error('TEST_DATABASE_URL is not set: the Postgres suite needs a server, e.g. postgres://postgres@127.0.0.1:5432/postgres');
  return url;
}

function urlForDatabase(name: string): string {
  const url = new URL(serverUrl());
  url.pathname = `/${name}`;
  return url.toString();
}

async function onServer<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl() });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export interface TestDatabase extends Database {
  /** For Postgres, the URL of this test's own database. */
  url?: string;
}

export interface CreateTestDatabaseOptions {
  backend: TestBackend;
  /** Apply the migrations before returning (default true). */
  migrate?: boolean;
  onQuery?: (event: QueryEvent) => void;
}

/**
 * A database of the test's own: an in-memory PGlite, or a fresh database on the Postgres server
 * (created here, dropped on close). Tests never reset a shared database.
 */
export async function createTestDatabase({ backend, migrate = true, onQuery }: CreateTestDatabaseOptions): Promise<TestDatabase> {
  if (backend === 'pglite') {
    const database = await openDatabase({ config: { backend: 'pglite', dataDir: IN_MEMORY }, ...(onQuery && { onQuery }) });
    if (migrate) await database.migrate();
    return database;
  }
  const name = `plenary_test_${randomBytes(6).toString('hex')}`;
  await onServer((client) => client.query(`CREATE DATABASE "${name}"`));
  const url = urlForDatabase(name);
  const database = await openDatabase({ config: { backend: 'postgres', url, poolSize: TEST_POOL_SIZE }, ...(onQuery && { onQuery }) });
  if (migrate) await database.migrate();
  return {
    ...database,
    url,
    close: async () => {
      await database.close();
      await onServer((client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
    },
  };
}
