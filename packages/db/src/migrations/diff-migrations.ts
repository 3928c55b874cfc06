import { PGlite } from '@electric-sql/pglite';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { openSchemaEngine } from './load-schema-engine.ts';
import { readMigrations, readSchema, MIGRATIONS_DIR, SCHEMA_PATH } from './read-migrations.ts';

export const EMPTY_MIGRATION = '-- This is an empty migration.';
const NO_EXTERNAL_OBJECTS = { externalTables: [], externalEnums: [] };

export interface DiffMigrationsOptions {
  migrationsDir?: string;
  schemaPath?: string;
}

/**
 * The SQL that brings the migrations to `schema.prisma`, computed by replaying them into an
 * in-memory PGlite shadow database (no server needed). Empty when the two agree.
 */
export async function diffMigrationsToSchema({ migrationsDir = MIGRATIONS_DIR, schemaPath = SCHEMA_PATH }: DiffMigrationsOptions = {}): Promise<string> {
  const schema = await readSchema(schemaPath);
  const migrationsList = await readMigrations(migrationsDir);
  const pglite = new PGlite();
  const engine = await openSchemaEngine({ adapterFactory: new PrismaPGlite(pglite), schema });
  try {
    const from = migrationsList.migrationDirectories.length === 0 ? { tag: 'empty' as const } : { tag: 'migrations' as const, ...migrationsList };
    const result = await engine.diff({
      from,
      to: { tag: 'schemaDatamodel', files: [schema] },
      script: true,
      exitCode: true,
      filters: NO_EXTERNAL_OBJECTS,
    });
    const sql = (result.stdout ?? '').trim();
    return sql === EMPTY_MIGRATION ? '' : sql;
  } finally {
    engine.free();
    await pglite.close();
  }
}
