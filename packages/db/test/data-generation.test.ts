import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrismaClient } from '../src/generated/prisma/client.ts';
import { dataGenerationTriggersFor } from '../src/migrations/data-generation-triggers.ts';
import { seedDatabase } from '../src/seed/seed-database.ts';
import { createTestDatabase, testBackends, type TestDatabase } from '../src/testing/test-database.ts';

// The data generation (migration *_data_generation) is what the API's response cache keys answers by: every committed
// transaction that changes what an answer can show increments it, whoever writes. These writes go around the API, as
// seed and import scripts and psql do.

/** Tables no answer shows, so writing them leaves cached answers as they were. */
const TABLES_NO_ANSWER_SHOWS = ['Session', 'IdempotencyKey', 'DataGeneration', '_prisma_migrations'];

async function generationOf(prisma: PrismaClient): Promise<bigint> {
  const [row] = await prisma.$queryRaw<{ generation: bigint }[]>`SELECT "generation" FROM "DataGeneration"`;
  if (!row) throw new Error('DataGeneration has no row');
  return row.generation;
}

/** How much `write` moved the generation. */
async function bumpsOf(prisma: PrismaClient, write: () => Promise<unknown>): Promise<number> {
  const before = await generationOf(prisma);
  await write();
  return Number((await generationOf(prisma)) - before);
}

describe.each(testBackends())('the data generation on %s', (backend) => {
  let database: TestDatabase;
  let prisma: PrismaClient;
  let userId: string;
  let apiKeyId: string;

  beforeAll(async () => {
    database = await createTestDatabase({ backend });
    prisma = database.prisma;
    const user = await prisma.user.create({
      data: { email: 'generation@example.org', name: 'Generation', passwordHash: 'x', role: 'ADMIN' },
    });
    userId = user.id;
    apiKeyId = (
      await prisma.apiKey.create({
        data: {
          name: 'Partner',
          prefix: 'abcdefabcdef',
          secretHash: 'hash',
          scopes: ['READ_PUBLIC'],
          createdById: user.id,
        },
      })
    ).id;
  });
  afterAll(() => database.close());

  it('has every table but those no answer shows incrementing it', async () => {
    const tables = await prisma.$queryRaw<{ table: string; bumps: boolean }[]>`
      SELECT c.relname AS "table",
        EXISTS (SELECT 1 FROM pg_trigger t JOIN pg_proc p ON p.oid = t.tgfoid WHERE t.tgrelid = c.oid AND p.proname = 'bump_data_generation') AS "bumps"
      FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = current_schema() AND c.relkind = 'r'
      ORDER BY c.relname`;
    expect(tables.length).toBeGreaterThan(20);
    const untracked = tables.filter((table) => !table.bumps).map((table) => table.table);
    expect(untracked.sort()).toEqual([...TABLES_NO_ANSWER_SHOWS].sort());
  });

  it('is incremented by a table that `npm run db:migration` creates, from the triggers it appends', async () => {
    // As the schema engine writes a new model's table.
    const migration = `-- CreateTable
CREATE TABLE "SideEvent" (
    "id" TEXT NOT NULL,
    "title" TEXT NOT NULL,

    CONSTRAINT "SideEvent_pkey" PRIMARY KEY ("id")
);`;
    const triggers = dataGenerationTriggersFor(migration);
    expect(dataGenerationTriggersFor('ALTER TABLE "Meeting" ADD COLUMN "note" TEXT;')).toBe('');
    await prisma.$executeRawUnsafe(migration.replace('-- CreateTable\n', ''));
    try {
      for (const statement of triggers.split('\n').filter((line) => !line.startsWith('--'))) {
        await prisma.$executeRawUnsafe(statement);
      }
      expect(
        await bumpsOf(prisma, () => prisma.$executeRaw`INSERT INTO "SideEvent" ("id", "title") VALUES ('1', 'Panel')`),
      ).toBe(1);
    } finally {
      await prisma.$executeRawUnsafe('DROP TABLE "SideEvent"');
    }
  });

  // Migrating a database from nothing takes seconds, and much longer on a busy machine: this test alone may take minutes.
  it(
    'starts anywhere in a new database, so answers cached before a reset are never keyed like answers after it',
    { timeout: 300_000 },
    async () => {
      // Two databases migrated apart, neither written since: a copy of the suite's migrated template, and one migrated here.
      const copy = await createTestDatabase({ backend });
      const reset = await createTestDatabase({ backend, migrate: false });
      try {
        await reset.migrate();
        const starts = [await generationOf(copy.prisma), await generationOf(reset.prisma)];
        expect(starts[0]).not.toBe(starts[1]);
        for (const start of starts) expect(start).toBeLessThan(2n ** 52n);
      } finally {
        await Promise.all([copy.close(), reset.close()]);
      }
    },
  );

  it('goes up by one for a transaction of plain SQL, however many rows and tables it writes', async () => {
    const bumps = await bumpsOf(prisma, () =>
      prisma.$transaction([
        prisma.$executeRaw`UPDATE "User" SET "name" = 'Generation 2' WHERE "id" = ${userId}::uuid`,
        prisma.$executeRaw`INSERT INTO "AuditEvent" ("id", "action", "entityType", "entityId") VALUES (gen_random_uuid(), 'test.a', 'User', ${userId}), (gen_random_uuid(), 'test.b', 'User', ${userId})`,
      ]),
    );
    expect(bumps).toBe(1);
    expect(await bumpsOf(prisma, () => prisma.$executeRaw`DELETE FROM "AuditEvent" WHERE "action" LIKE 'test.%'`)).toBe(
      1,
    );
  });

  it('goes up for each committed write through Prisma, and not for one rolled back', async () => {
    expect(
      await bumpsOf(prisma, () => prisma.user.update({ where: { id: userId }, data: { name: 'Generation 3' } })),
    ).toBe(1);
    expect(
      await bumpsOf(prisma, async () => {
        await prisma
          .$transaction(async (transaction) => {
            await transaction.user.update({ where: { id: userId }, data: { name: 'Never committed' } });
            throw new Error('roll back');
          })
          .catch(() => undefined);
      }),
    ).toBe(0);
  });

  it('stays for an UPDATE that changes nothing', async () => {
    expect(
      await bumpsOf(prisma, () => prisma.$executeRaw`UPDATE "User" SET "name" = "name" WHERE "id" = ${userId}::uuid`),
    ).toBe(0);
  });

  it("stays for bookkeeping: sessions, idempotency keys and an API key's last use; moves when the key itself changes", async () => {
    const session = bumpsOf(prisma, () =>
      prisma.session.create({ data: { userId, tokenHash: 'token-hash', expiresAt: new Date('2099-01-01T00:00:00Z') } }),
    );
    expect(await session).toBe(0);
    expect(
      await bumpsOf(prisma, () =>
        prisma.idempotencyKey.create({
          data: { caller: `user:${userId}`, operation: 'test', key: 'k', requestHash: 'h' },
        }),
      ),
    ).toBe(0);
    expect(
      await bumpsOf(prisma, () => prisma.apiKey.update({ where: { id: apiKeyId }, data: { lastUsedAt: new Date() } })),
    ).toBe(0);
    expect(
      await bumpsOf(prisma, () => prisma.apiKey.update({ where: { id: apiKeyId }, data: { revokedAt: new Date() } })),
    ).toBe(1);
  });

  it('goes up when the seed fills the database', async () => {
    expect(await bumpsOf(prisma, () => seedDatabase(prisma, { today: '2026-11-28' }))).toBeGreaterThan(0);
  });
});
