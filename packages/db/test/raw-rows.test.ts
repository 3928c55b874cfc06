import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Prisma } from '../src/generated/prisma/client.ts';
import { openDatabase, type Database, type QueryEvent } from '../src/open-database.ts';
import { queryRows } from '../src/raw-rows.ts';
import { createTestDatabase, testBackends, type TestDatabase } from '../src/testing/test-database.ts';

// Every type a hot read's statement may read, with a parameter of each kind it sends (text, number, null, boolean).
const EVERY_TYPE = (name: string, limit: number, cursor: string | null, counted: boolean) => Prisma.sql`
  SELECT ${name}::text AS name, DATE '2023-08-01' AS "calendarDate", TIMESTAMP '2024-02-01 10:30:00.123' AS "storedInstant",
    TIMESTAMPTZ '2024-02-01 10:30:00+02' AS "zonedInstant", 9007199254740993::int8 AS "bigCount", 17.25::numeric(10, 2) AS rate,
    ${limit}::int AS "smallCount", true AS consent, NULL::date AS "noDate", ARRAY['APMBC', 'CCM'] AS codes,
    json_build_object('iso3', 'NGA', 'position', 1, 'members', json_build_array()) AS state,
    to_jsonb(c) AS convention, c.id, ${cursor}::uuid IS NULL AS "fromStart", ${counted}::boolean AS counted
  FROM (VALUES ('CCM', '6f1c1f9e-3a4b-4c8e-9d2f-0b7a5e6c4d3a'::uuid)) AS c(code, id) LIMIT ${limit}`;

describe.each(testBackends())('queryRows on %s', (backend) => {
  let database: TestDatabase;
  const events: QueryEvent[] = [];

  beforeAll(async () => {
    database = await createTestDatabase({ backend, onQuery: (event) => events.push(event) });
  });
  afterAll(() => database?.close());

  it('gives the rows $queryRaw gives: calendar dates and timestamps at UTC, int8 a bigint, numeric a Decimal, JSON parsed', async () => {
    const sql = EVERY_TYPE('Nigeria', 1, null, true);
    const rows = await queryRows<Record<string, unknown>>(database.prisma, sql);
    expect(rows).toEqual(await database.prisma.$queryRaw(sql));
    expect(rows[0]).toMatchObject({
      calendarDate: new Date('2023-08-01T00:00:00.000Z'),
      storedInstant: new Date('2024-02-01T10:30:00.123Z'),
      zonedInstant: new Date('2024-02-01T08:30:00.000Z'),
      bigCount: 9007199254740993n,
      rate: new Prisma.Decimal('17.25'),
      smallCount: 1,
      noDate: null,
      codes: ['APMBC', 'CCM'],
      state: { iso3: 'NGA', position: 1, members: [] },
      fromStart: true,
      counted: true,
    });
    expect((rows[0]?.convention as { code: string }).code).toBe('CCM');
  });

  it('reports each statement it sends to onQuery once, with its parameters', async () => {
    events.length = 0;
    await queryRows(database.prisma, EVERY_TYPE('South Sudan', 2, null, false));
    expect(events).toHaveLength(1);
    expect(events[0]?.params).toContain('South Sudan');
  });

  it("rejects with the database's error when the statement is refused", async () => {
    await expect(queryRows(database.prisma, Prisma.sql`SELECT ${'not a day'}::date`)).rejects.toThrow(
      /invalid input syntax for type date/,
    );
  });
});

// On Postgres the statement goes to the pool's connections as a prepared statement named like Prisma's own.
describe.runIf(testBackends().includes('postgres'))('queryRows on Postgres', () => {
  let database: TestDatabase;
  let single: Database;

  beforeAll(async () => {
    database = await createTestDatabase({ backend: 'postgres' });
    single = await openDatabase({ config: { backend: 'postgres', url: database.url!, poolSize: 1 } });
  });
  afterAll(async () => {
    await single?.close();
    await database?.close();
  });

  it("sends the statement through the pool, prepared once per connection, beside the client's own named statements", async () => {
    await single.prisma.convention.findUnique({ where: { code: 'CCM' } });
    for (let limit = 1; limit <= 3; limit += 1) await queryRows(single.prisma, EVERY_TYPE('Norway', limit, null, true));
    await single.prisma.convention.findUnique({ where: { code: 'CCM' } });
    const prepared = await single.prisma.$queryRaw<{ name: string; executions: bigint }[]>`
      SELECT name, generic_plans + custom_plans AS executions FROM pg_prepared_statements WHERE statement LIKE '%AS "calendarDate"%'`;
    expect(prepared).toEqual([{ name: expect.stringMatching(/^plenary_\d+$/), executions: 3n }]);
  });
});
