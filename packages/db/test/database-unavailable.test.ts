import { createServer, type AddressInfo, type Server, type Socket } from 'node:net';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isDatabaseUnavailable } from '../src/database-unavailable.ts';
import { openDatabase } from '../src/open-database.ts';
import { createTestDatabase, testBackends, type TestDatabase } from '../src/testing/test-database.ts';

/** A TCP server on a free loopback port that does `onConnection` with each connection; closed after the test file. */
async function fakeServer(
  onConnection: (socket: Socket) => void,
): Promise<{ url: string; server: Server; sockets: Socket[] }> {
  const sockets: Socket[] = [];
  const server = createServer((socket) => {
    sockets.push(socket);
    onConnection(socket);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `postgres://plenary@127.0.0.1:${port}/plenary`, server, sockets };
}

/** The error of one query through the same pool and Prisma client the API uses, or a failure if it succeeds. */
async function errorOfQueryOn(url: string): Promise<unknown> {
  const database = await openDatabase({ config: { backend: 'postgres', url, poolSize: 1 } });
  try {
    await database.prisma.$queryRaw`SELECT 1`;
  } catch (error) {
    return error;
  } finally {
    await database.close();
  }
  throw new Error(`a query on ${url} succeeded`);
}

describe('a database that cannot be reached', () => {
  const servers: { server: Server; sockets: Socket[] }[] = [];
  afterAll(async () => {
    for (const { server, sockets } of servers) {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('is unavailable when nothing listens on its port', async () => {
    const { url, server } = await fakeServer(() => {});
    // Closed: the port is free again, and connecting to it is refused.
    await new Promise((resolve) => server.close(resolve));
    expect(isDatabaseUnavailable(await errorOfQueryOn(url))).toBe(true);
  });

  it('is unavailable, not waited for without end, when the server accepts connections and never answers', async () => {
    // A host that is up while its database hangs, or a proxy whose backend is gone: the connection opens and stays silent.
    const silent = await fakeServer(() => {});
    servers.push(silent);
    const error = await errorOfQueryOn(silent.url);
    expect(isDatabaseUnavailable(error)).toBe(true);
    expect(silent.sockets.length).toBeGreaterThan(0);
  });

  it('is unavailable when the server closes each connection as soon as it opens', async () => {
    const slamming = await fakeServer((socket) => socket.destroy());
    servers.push(slamming);
    expect(isDatabaseUnavailable(await errorOfQueryOn(slamming.url))).toBe(true);
  });
});

describe.each(testBackends())('a database that answers, on %s', (backend) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase({ backend });
  });
  afterAll(async () => {
    await database?.close();
  });

  it('is not unavailable when it refuses a statement', async () => {
    const syntax = await database.prisma.$queryRawUnsafe('SELEC 1').catch((error: unknown) => error);
    expect(syntax).toBeInstanceOf(Error);
    expect(isDatabaseUnavailable(syntax)).toBe(false);
    const divided = await database.prisma.$queryRawUnsafe('SELECT 1 / 0').catch((error: unknown) => error);
    expect(divided).toBeInstanceOf(Error);
    expect(isDatabaseUnavailable(divided)).toBe(false);
    const missing = await database.prisma.convention
      .findUniqueOrThrow({ where: { code: 'NONE' } })
      .catch((error: unknown) => error);
    expect(missing).toBeInstanceOf(Error);
    expect(isDatabaseUnavailable(missing)).toBe(false);
  });

  it('is not unavailable for errors of the program', () => {
    expect(isDatabaseUnavailable(new TypeError('Cannot read properties of undefined'))).toBe(false);
    expect(isDatabaseUnavailable(undefined)).toBe(false);
    expect(isDatabaseUnavailable('ECONNREFUSED')).toBe(false);
  });
});

// PGlite runs inside the process: it has no connection to lose.
describe.runIf(testBackends().includes('postgres'))('a Postgres connection ended by the server', () => {
  it('is unavailable for the statement it was running', async () => {
    const database = await createTestDatabase({ backend: 'postgres', migrate: false });
    const killer = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
    await killer.connect();
    try {
      const sleeping = database.prisma.$queryRaw`SELECT pg_sleep(30)`.catch((error: unknown) => error);
      await expect
        .poll(
          async () =>
            (
              await killer.query(
                "SELECT pid FROM pg_stat_activity WHERE datname = $1 AND query LIKE '%pg_sleep%' AND pid <> pg_backend_pid()",
                [new URL(database.url!).pathname.slice(1)],
              )
            ).rowCount,
        )
        .toBe(1);
      await killer.query(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND query LIKE '%pg_sleep%' AND pid <> pg_backend_pid()",
        [new URL(database.url!).pathname.slice(1)],
      );
      expect(isDatabaseUnavailable(await sleeping)).toBe(true);
    } finally {
      await killer.end();
      await database.close();
    }
  });
});
