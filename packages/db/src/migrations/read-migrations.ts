import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { MigrationList } from '@prisma/schema-engine-wasm';

export const PRISMA_DIR = path.resolve(import.meta.dirname, '../../prisma');
export const MIGRATIONS_DIR = path.join(PRISMA_DIR, 'migrations');
export const SCHEMA_PATH = path.join(PRISMA_DIR, 'schema.prisma');
export const MIGRATION_LOCK_FILE = 'migration_lock.toml';
export const MIGRATION_FILE = 'migration.sql';

export async function readSchema(schemaPath = SCHEMA_PATH): Promise<{ path: string; content: string }> {
  return { path: schemaPath, content: await readFile(schemaPath, 'utf8') };
}

async function readOptional(file: string): Promise<string | null> {
  return readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null;
    throw error;
  });
}

/** The migrations folder as the schema engine expects it: directories sorted by name. */
export async function readMigrations(migrationsDir = MIGRATIONS_DIR): Promise<MigrationList> {
  const entries = await readdir(migrationsDir, { withFileTypes: true }).catch(() => []);
  const directories = entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  const migrationDirectories = await Promise.all(
    directories.map(async (name) => {
      const sql = await readOptional(path.join(migrationsDir, name, MIGRATION_FILE));
      return {
        path: name,
        migrationFile: {
          path: MIGRATION_FILE,
          content:
            sql === null
              ? { tag: 'error' as const, value: `${name}/${MIGRATION_FILE} is missing` }
              : { tag: 'ok' as const, value: sql },
        },
      };
    }),
  );
  return {
    baseDir: migrationsDir,
    lockfile: { path: MIGRATION_LOCK_FILE, content: await readOptional(path.join(migrationsDir, MIGRATION_LOCK_FILE)) },
    shadowDbInitScript: '',
    migrationDirectories,
  };
}
