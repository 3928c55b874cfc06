import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../src/open-database.ts';
import { createTestDatabase, testBackends, type TestDatabase } from '../src/testing/test-database.ts';

const SENT = 3;

// Prepared statements belong to a Postgres session; PGlite runs in the process and has no protocol round trip.
describe.runIf(testBackends().includes('postgres'))('prepared statements on Postgres', () => {
  let database: TestDatabase;
  // One connection, so that every statement and the look at pg_prepared_statements meet on the same session.
  let single: Database;

  beforeAll(async () => {
    database = await createTestDatabase({ backend: 'postgres' });
    single = await openDatabase({ config: { backend: 'postgres', url: database.url!, poolSize: 1 } });
  });
  afterAll(async () => {
    await single?.close();
    await database?.close();
  });

  it('prepares a statement sent again and again once per connection, and runs every later one from it', async () => {
    for (let index = 0; index < SENT; index += 1) await single.prisma.convention.findUnique({ where: { code: 'CCM' } });
    const prepared = await single.prisma.$queryRaw<{ executions: bigint }[]>`
      SELECT generic_plans + custom_plans AS executions FROM pg_prepared_statements WHERE statement LIKE '%FROM "public"."Convention"%'`;
    expect(prepared.map((statement) => Number(statement.executions))).toEqual([SENT]);
  });
});
