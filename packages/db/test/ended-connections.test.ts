import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportEndedConnections } from '../src/ended-connections.ts';
import { withPostgresMigrationLock } from '../src/migrations/postgres-migration-lock.ts';
import { createTestDatabase, testBackends, type TestDatabase } from '../src/testing/test-database.ts';

// PGlite runs inside the process and has no connections for a server to end: these run on the Postgres server only.
describe.runIf(testBackends().includes('postgres'))('connections the Postgres server ends', () => {
  let database: TestDatabase;
  // Connected to the server's maintenance database: it ends the test database's connections.
  let killer: pg.Client;

  beforeAll(async () => {
    database = await createTestDatabase({ backend: 'postgres', migrate: false });
    killer = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
    await killer.connect();
  });
  afterAll(async () => {
    await killer?.end();
    await database?.close();
  });

  const terminate = (pid: number) => killer.query('SELECT pg_terminate_backend($1)', [pid]);
  const backendPid = async (queryable: pg.Pool | pg.PoolClient | pg.Client) =>
    (await queryable.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0]!.pid;
  /** Resolves once `reported` holds `count` errors (the server's message reaches the client a moment after the kill). */
  const heard = async (reported: Error[], count: number) => {
    await expect.poll(() => reported.length).toBe(count);
  };

  function newPool(reported: Error[]): pg.Pool {
    const pool = new pg.Pool({ connectionString: database.url, max: 2 });
    reportEndedConnections(pool, (error) => reported.push(error));
    return pool;
  }

  it('reports an idle connection ended by the server once, and the next query opens a new one', async () => {
    const reported: Error[] = [];
    const pool = newPool(reported);
    try {
      const ended = await backendPid(pool);
      await terminate(ended);
      await heard(reported, 1);
      expect(reported[0]!.message).toMatch(/terminating connection due to administrator command/);
      expect(await backendPid(pool)).not.toBe(ended);
      expect(reported).toHaveLength(1);
    } finally {
      await pool.end();
    }
  });

  it('reports a connection ended while it is checked out between two queries, and the pool goes on without it', async () => {
    const reported: Error[] = [];
    const pool = newPool(reported);
    try {
      const client = await pool.connect();
      const ended = await backendPid(client);
      await terminate(ended);
      await heard(reported, 1);
      await expect(client.query('SELECT 1')).rejects.toThrow();
      client.release(true);
      expect(await backendPid(pool)).not.toBe(ended);
    } finally {
      await pool.end();
    }
  });

  it('finishes the migration work when the lock connection is ended meanwhile, and reports it', async () => {
    const reported: Error[] = [];
    const withLock = withPostgresMigrationLock(database.url!, (error) => reported.push(error));
    const result = await withLock(async () => {
      const { rows } = await killer.query<{ pid: number }>(
        "SELECT l.pid FROM pg_locks l JOIN pg_database d ON d.oid = l.database WHERE l.locktype = 'advisory' AND l.granted AND d.datname = $1",
        [new URL(database.url!).pathname.slice(1)],
      );
      const holder = rows[0]?.pid;
      expect(holder).toBeDefined();
      await terminate(holder!);
      await heard(reported, 1);
      return 'applied';
    });
    expect(result).toBe('applied');
    expect(reported).toHaveLength(1);
  });
});
