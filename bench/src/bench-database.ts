// A fresh, seeded database per backend, and the ways the API, the baseline and the counting pass open it.
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readFile, readdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { openDatabase, type Database, type PrismaClient, type QueryEvent } from '@plenary/db';
import { createTestDatabase } from '@plenary/db/testing';
import pg from 'pg';
// Not in the package barrels: the PGlite-instance entry point of @plenary/db and the API's session token hash.
import { openPGliteDatabase } from '../../packages/db/src/open-database.ts';
import { hashSecret } from '../../apps/api/src/auth/tokens.ts';
import { seedLarge, type LargeSeed } from './seed-large.ts';

export type Backend = 'pglite' | 'postgres';

export const BENCH_DIR = path.resolve(import.meta.dirname, '..');
export const TMP_DIR = path.join(BENCH_DIR, 'tmp');
const MIGRATIONS_DIR = path.resolve(BENCH_DIR, '../packages/db/prisma/migrations');
export const DEFAULT_SERVER_URL = 'postgres://postgres@127.0.0.1:5432/postgres';
// The API's own default (DATABASE_POOL_SIZE); the baseline gets the same.
export const POSTGRES_POOL_SIZE = 10;
const SESSION_DAYS = 30;

/** Where the seeded data lives: a PGlite data directory dump, or a Postgres database. */
export type DatabaseSource = { backend: 'pglite'; dumpFile: string } | { backend: 'postgres'; url: string };

export interface PreparedDatabase {
  source: DatabaseSource;
  seed: LargeSeed;
  /** `Authorization` header of a SECRETARIAT session. */
  secretariatHeaders: Record<string, string>;
  seedSeconds: number;
  drop(): Promise<void>;
}

async function migrationsFingerprint(): Promise<string> {
  const hash = createHash('sha256');
  for (const name of (await readdir(MIGRATIONS_DIR)).sort()) {
    const file = path.join(MIGRATIONS_DIR, name, 'migration.sql');
    const sql = await readFile(file, 'utf8').catch(() => '');
    hash.update(name).update(sql);
  }
  return hash.digest('hex').slice(0, 16);
}

// Migrating PGlite takes 20-40 s; the empty migrated database is kept between runs (the data never is).
async function migratedPGlite(): Promise<PGlite> {
  await mkdir(TMP_DIR, { recursive: true });
  const file = path.join(TMP_DIR, `pglite-migrated-${await migrationsFingerprint()}.tar.gz`);
  const cached = await readFile(file).catch(() => undefined);
  if (cached) return new PGlite({ loadDataDir: new Blob([cached]) });
  const pglite = new PGlite();
  const database = await openPGliteDatabase({ pglite });
  await database.migrate();
  const dump = await pglite.dumpDataDir('gzip');
  await database.close();
  await writeFile(`${file}.partial`, Buffer.from(await dump.arrayBuffer()));
  await rename(`${file}.partial`, file);
  return new PGlite({ loadDataDir: dump });
}

async function createSecretariatSession(prisma: PrismaClient): Promise<Record<string, string>> {
  const token = randomBytes(32).toString('base64url');
  const user = await prisma.user.create({
    // Never signs in with a password: the session below is written directly.
    data: {
      email: 'bench-secretariat@plenary.test',
      name: 'Benchmark Secretariat',
      role: 'SECRETARIAT',
      passwordHash: 'bench: no password',
    },
  });
  await prisma.session.create({
    data: {
      tokenHash: hashSecret(token),
      userId: user.id,
      expiresAt: new Date(Date.now() + SESSION_DAYS * 86_400_000),
    },
  });
  return { authorization: `Bearer ${token}` };
}

async function onServer<T>(serverUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl, connectionTimeoutMillis: 3_000 });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export async function postgresReachable(serverUrl: string): Promise<boolean> {
  return onServer(serverUrl, (client) => client.query('SELECT 1')).then(
    () => true,
    () => false,
  );
}

// One per checkout: several worktrees of the repository share the Postgres server, and each drops its own at will.
const REUSED_DATABASE = `plenary_bench_reuse_${createHash('sha256').update(BENCH_DIR).digest('hex').slice(0, 8)}`;

interface Reusable {
  source: DatabaseSource;
  seed: LargeSeed;
  secretariatHeaders: Record<string, string>;
}

async function reusable(backend: Backend, serverUrl: string): Promise<PreparedDatabase> {
  const file = path.join(TMP_DIR, `reuse-${backend}.json`);
  const kept = await readFile(file, 'utf8').then(
    (text) => JSON.parse(text) as Reusable,
    () => undefined,
  );
  if (kept) return { ...kept, seedSeconds: 0, drop: async () => {} };
  const started = Date.now();
  let prepared: Reusable;
  if (backend === 'pglite') {
    const fresh = await prepareDatabase(backend, serverUrl);
    const dumpFile = path.join(TMP_DIR, 'reuse-pglite.tar');
    if (fresh.source.backend === 'pglite') await rename(fresh.source.dumpFile, dumpFile);
    prepared = { ...fresh, source: { backend: 'pglite', dumpFile } };
  } else {
    await onServer(serverUrl, async (client) => {
      await client.query(`DROP DATABASE IF EXISTS "${REUSED_DATABASE}" WITH (FORCE)`);
      await client.query(`CREATE DATABASE "${REUSED_DATABASE}"`);
    });
    const url = new URL(serverUrl);
    url.pathname = `/${REUSED_DATABASE}`;
    const database = await openDatabase({ config: { backend: 'postgres', url: url.toString(), poolSize: 2 } });
    await database.migrate();
    const seed = await seedLarge(database.prisma);
    const secretariatHeaders = await createSecretariatSession(database.prisma);
    await database.prisma.$executeRawUnsafe('VACUUM ANALYZE');
    await database.close();
    prepared = { source: { backend: 'postgres', url: url.toString() }, seed, secretariatHeaders };
  }
  await mkdir(TMP_DIR, { recursive: true });
  await writeFile(file, JSON.stringify(prepared));
  return { ...prepared, seedSeconds: (Date.now() - started) / 1000, drop: async () => {} };
}

/** Migrates and seeds a fresh database of the benchmark's own (`reuse`: keeps it for the next run). */
export async function prepareDatabase(
  backend: Backend,
  serverUrl: string,
  { reuse = false } = {},
): Promise<PreparedDatabase> {
  if (reuse) return reusable(backend, serverUrl);
  const started = Date.now();
  if (backend === 'pglite') {
    const pglite = await migratedPGlite();
    const database = await openPGliteDatabase({ pglite });
    const seed = await seedLarge(database.prisma);
    const secretariatHeaders = await createSecretariatSession(database.prisma);
    await pglite.query('VACUUM ANALYZE');
    const dumpFile = path.join(TMP_DIR, `pglite-seeded-${process.pid}.tar`);
    await writeFile(dumpFile, Buffer.from(await (await pglite.dumpDataDir('none')).arrayBuffer()));
    await database.close();
    return {
      source: { backend, dumpFile },
      seed,
      secretariatHeaders,
      seedSeconds: (Date.now() - started) / 1000,
      drop: async () => {},
    };
  }
  // The test helper creates a fresh database from a migrated template on the server and drops it on close.
  process.env.TEST_DATABASE_URL = serverUrl;
  const database = await createTestDatabase({ backend: 'postgres' });
  try {
    const seed = await seedLarge(database.prisma);
    const secretariatHeaders = await createSecretariatSession(database.prisma);
    await database.prisma.$executeRawUnsafe('VACUUM ANALYZE');
    const url = database.url ?? '';
    await database.prisma.$disconnect();
    return {
      source: { backend, url },
      seed,
      secretariatHeaders,
      seedSeconds: (Date.now() - started) / 1000,
      drop: () => database.close(),
    };
  } catch (error) {
    await database.close();
    throw error;
  }
}

/** Opens the seeded data: PGlite loads its own in-memory copy of the dump; Postgres connects through a pool. */
export async function openSource(source: DatabaseSource, onQuery?: (event: QueryEvent) => void): Promise<Database> {
  if (source.backend === 'pglite') {
    const pglite = await loadPGlite(source.dumpFile);
    return openPGliteDatabase({ pglite, ...(onQuery && { onQuery }) });
  }
  return openDatabase({
    config: { backend: 'postgres', url: source.url, poolSize: POSTGRES_POOL_SIZE },
    ...(onQuery && { onQuery }),
  });
}

export async function loadPGlite(dumpFile: string): Promise<PGlite> {
  const pglite = new PGlite({ loadDataDir: new Blob([await readFile(dumpFile)]) });
  await pglite.waitReady;
  return pglite;
}
