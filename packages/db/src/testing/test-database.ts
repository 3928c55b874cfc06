import { createHash, randomBytes } from 'node:crypto';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { openDatabase, openPGliteDatabase, type Database, type QueryEvent } from '../open-database.ts';
import { readMigrations } from '../migrations/read-migrations.ts';

export type TestBackend = 'pglite' | 'postgres';

const TEST_POOL_SIZE = 5;

/** PGlite always; Postgres too when TEST_DATABASE_URL points at a server (CI sets it). */
export function testBackends(): TestBackend[] {
  return process.env.TEST_DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];
}

function serverUrl(): string {
  const url = process.env.TEST_DATABASE_URL;
  if (!url)
    throw new Error(
      'TEST_DATABASE_URL is not set: the Postgres suite needs a server, e.g. postgres://postgres@127.0.0.1:5432/postgres',
    );
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

// Migrating takes seconds, so each test run migrates one template per backend and copies it.
async function migrationsFingerprint(): Promise<string> {
  const { migrationDirectories } = await readMigrations();
  const hash = createHash('sha256');
  for (const directory of migrationDirectories)
    hash.update(directory.path).update(JSON.stringify(directory.migrationFile.content));
  return hash.digest('hex').slice(0, 16);
}

let pgliteTemplate: Promise<Blob> | undefined;

async function buildPGliteTemplate(): Promise<Blob> {
  const file = path.join(tmpdir(), `plenary-pglite-template-${await migrationsFingerprint()}.tar.gz`);
  const cached = await readFile(file).catch(() => undefined);
  if (cached) return new Blob([cached]);
  const pglite = new PGlite();
  const database = await openPGliteDatabase({ pglite });
  await database.migrate();
  const dump = await pglite.dumpDataDir('gzip');
  await database.close();
  const partial = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;
  await writeFile(partial, Buffer.from(await dump.arrayBuffer()));
  await rename(partial, file);
  return dump;
}

async function ensurePostgresTemplate(): Promise<string> {
  const name = `plenary_template_${await migrationsFingerprint()}`;
  await onServer(async (client) => {
    await client.query('SELECT pg_advisory_lock(hashtext($1))', [name]);
    try {
      const existing = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
      if (existing.rowCount) return;
      await client.query(`CREATE DATABASE "${name}_building"`);
      const database = await openDatabase({
        config: { backend: 'postgres', url: urlForDatabase(`${name}_building`), poolSize: 1 },
      });
      await database.migrate();
      await database.close();
      await client.query(`ALTER DATABASE "${name}_building" RENAME TO "${name}"`);
    } finally {
      await client.query('SELECT pg_advisory_unlock(hashtext($1))', [name]);
    }
  });
  return name;
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
export async function createTestDatabase({
  backend,
  migrate = true,
  onQuery,
}: CreateTestDatabaseOptions): Promise<TestDatabase> {
  if (backend === 'pglite') {
    pgliteTemplate ??= buildPGliteTemplate();
    const pglite = migrate ? new PGlite({ loadDataDir: await pgliteTemplate }) : new PGlite();
    return openPGliteDatabase({ pglite, ...(onQuery && { onQuery }) });
  }
  const name = `plenary_test_${randomBytes(6).toString('hex')}`;
  const template = migrate ? ` TEMPLATE "${await ensurePostgresTemplate()}"` : '';
  await onServer((client) => client.query(`CREATE DATABASE "${name}"${template}`));
  const url = urlForDatabase(name);
  const database = await openDatabase({
    config: { backend: 'postgres', url, poolSize: TEST_POOL_SIZE },
    ...(onQuery && { onQuery }),
  });
  return {
    ...database,
    url,
    close: async () => {
      await database.close();
      await onServer((client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
    },
  };
}
