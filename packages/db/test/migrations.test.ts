import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyMigrationsInMemory, type MigratedDatabase } from '../src/migrations/diff-migrations.ts';
import { SCHEMA_PATH } from '../src/migrations/read-migrations.ts';
import { openDatabase } from '../src/open-database.ts';
import { createTestDatabase, testBackends } from '../src/testing/test-database.ts';

// Starting an embedded Postgres and applying every migration takes seconds on an idle machine and more than a minute
// on a loaded one (2 cores, load 20): the work is given ten minutes, so that no verdict depends on the load.
const SLOW_WORK_TIMEOUT_MS = 600_000;
const DIFF_TIMEOUT_MS = 120_000;

describe.each(testBackends())('migrations on %s', (backend) => {
  it(
    'apply from an empty database, record _prisma_migrations, and a second run applies none',
    async () => {
      const database = await createTestDatabase({ backend, migrate: false });
      try {
        const first = await database.migrate();
        expect(first.length).toBeGreaterThan(0);
        const recorded = await database.prisma.$queryRaw<
          { migration_name: string }[]
        >`SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL ORDER BY migration_name`;
        expect(recorded.map((row) => row.migration_name)).toEqual(first);
        expect(await database.migrate()).toEqual([]);
      } finally {
        await database.close();
      }
    },
    SLOW_WORK_TIMEOUT_MS,
  );
});

describe.runIf(testBackends().includes('postgres'))('concurrent migrators on Postgres', () => {
  it(
    'apply each migration exactly once when two processes start at once',
    async () => {
      const target = await createTestDatabase({ backend: 'postgres', migrate: false });
      const url = target.url!;
      const migrators = await Promise.all(
        [1, 2].map(() => openDatabase({ config: { backend: 'postgres', url, poolSize: 2 } })),
      );
      try {
        const results = await Promise.all(migrators.map((migrator) => migrator.migrate()));
        const appliedTwice = results[0]!.filter((name) => results[1]!.includes(name));
        expect(appliedTwice).toEqual([]);
        expect([...results[0]!, ...results[1]!].length).toBeGreaterThan(0);
        const rows = await target.prisma.$queryRaw<
          { count: bigint }[]
        >`SELECT count(*) AS count FROM _prisma_migrations GROUP BY migration_name HAVING count(*) > 1`;
        expect(rows).toEqual([]);
      } finally {
        await Promise.all(migrators.map((migrator) => migrator.close()));
        await target.close();
      }
    },
    SLOW_WORK_TIMEOUT_MS,
  );
});

describe('drift between schema.prisma and the migrations', () => {
  const folders: string[] = [];
  // The migrations are applied once for both tests; each diff then takes a second or two.
  let migrated: MigratedDatabase | undefined;
  beforeAll(async () => {
    migrated = await applyMigrationsInMemory();
  }, SLOW_WORK_TIMEOUT_MS);
  afterAll(async () => {
    await migrated?.close();
    await Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true })));
  });

  it(
    'finds none: every change to schema.prisma has its migration',
    async () => {
      expect(await migrated!.diffTo()).toBe('');
    },
    DIFF_TIMEOUT_MS,
  );

  it(
    'is found when schema.prisma changes without a migration',
    async () => {
      const folder = await mkdtemp(path.join(tmpdir(), 'plenary-drift-'));
      folders.push(folder);
      const changedSchema = path.join(folder, 'schema.prisma');
      const schema = await readFile(SCHEMA_PATH, 'utf8');
      await writeFile(
        changedSchema,
        schema.replace('  unShortName   String\n', '  unShortName   String\n  motto         String?\n'),
      );
      expect(await migrated!.diffTo(changedSchema)).toMatch(/ALTER TABLE "State" ADD COLUMN\s+"motto" TEXT/);
    },
    DIFF_TIMEOUT_MS,
  );
});
