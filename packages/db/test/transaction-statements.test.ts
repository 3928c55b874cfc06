import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { seedDatabase } from '../src/seed/seed-database.ts';
import { createTestDatabase, testBackends, type TestDatabase } from '../src/testing/test-database.ts';

// Fixed, so that the seed does not depend on when the tests run.
const TODAY = '2026-11-28';

type Send = (this: pg.Client, ...args: unknown[]) => unknown;

/**
 * Watches every `pg` connection and counts the statements sent on one while an earlier statement of the same
 * connection has not answered yet: pg 8 queues them (with a DeprecationWarning from the third on), pg 9 refuses them.
 * Prisma's adapter sends a transaction's statements with the promise form of `client.query`, which is the one watched;
 * the pool's own single statements (the callback form) pass through.
 */
function watchOverlappingStatements(): { overlapping: string[] } {
  const seen = { overlapping: [] as string[] };
  const running = new WeakMap<pg.Client, number>();
  const send = pg.Client.prototype.query as unknown as Send;
  vi.spyOn(pg.Client.prototype, 'query').mockImplementation(function (this: pg.Client, ...args: unknown[]) {
    if (typeof args.at(-1) === 'function') return send.apply(this, args);
    const earlier = running.get(this) ?? 0;
    if (earlier > 0) seen.overlapping.push(JSON.stringify(args[0]).slice(0, 120));
    running.set(this, earlier + 1);
    const answered = () => running.set(this, (running.get(this) ?? 1) - 1);
    const result = send.apply(this, args) as Promise<unknown>;
    result.then(answered, answered);
    return result;
  } as never);
  return seen;
}

// A transaction holds one connection of the pool; PGlite runs in the process and queues statements itself.
describe.runIf(testBackends().includes('postgres'))("a transaction's statements on Postgres", () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase({ backend: 'postgres' });
    await seedDatabase(database.prisma, { today: TODAY });
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });
  afterAll(() => database?.close());

  it('sends one statement at a time on the connection when a read includes several relations', async () => {
    const seen = watchOverlappingStatements();
    // Prisma loads each included relation with a statement of its own, all at once.
    const convention = await database.prisma.$transaction((transaction) =>
      transaction.convention.findUniqueOrThrow({
        where: { code: 'CCM' },
        include: { meetings: true, treatyRecords: true, resolutions: true, observersOfRight: true },
      }),
    );
    expect(convention.meetings).toHaveLength(16);
    expect(convention.treatyRecords).toHaveLength(125);
    expect(seen.overlapping).toEqual([]);
  });

  it('rolls back after a refused statement, and the next transaction succeeds', async () => {
    const seen = watchOverlappingStatements();
    // The ROLLBACK waits for the refused statement's turn to end: a turn that never ended would hang here.
    await expect(
      database.prisma.$transaction((transaction) =>
        Promise.all([
          transaction.state.count(),
          transaction.$queryRaw`SELECT ${'not a day'}::date`,
          transaction.meeting.count(),
        ]),
      ),
    ).rejects.toThrow(/invalid input syntax for type date/);
    expect(await database.prisma.$transaction((transaction) => transaction.office.count())).toBe(2);
    expect(seen.overlapping).toEqual([]);
  });
});
