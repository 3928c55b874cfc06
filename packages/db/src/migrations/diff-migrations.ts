import path from 'node:path';
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

/** The migrations applied to an in-memory database, to compare with any number of schemas. */
export interface MigratedDatabase {
  /** The SQL that brings the migrated database to the schema at `schemaPath`; empty when the two agree. */
  diffTo(schemaPath?: string): Promise<string>;
  close(): Promise<void>;
}

/**
 * Applies the migrations to an in-memory PGlite (no server needed), once: each `diffTo` then compares that
 * database with a schema without replaying them. Starting the embedded Postgres is most of the work (seconds, a
 * minute on a loaded machine); a diff from the migrations would start two, a shadow database beside the first.
 */
export async function applyMigrationsInMemory({
  migrationsDir = MIGRATIONS_DIR,
  schemaPath = SCHEMA_PATH,
}: DiffMigrationsOptions = {}): Promise<MigratedDatabase> {
  const [schema, migrationsList] = await Promise.all([readSchema(schemaPath), readMigrations(migrationsDir)]);
  const pglite = new PGlite();
  const engine = await openSchemaEngine({ adapterFactory: new PrismaPGlite(pglite), schema });
  const close = async () => {
    engine.free();
    await pglite.close();
  };
  try {
    await engine.applyMigrations({ migrationsList, filters: NO_EXTERNAL_OBJECTS });
  } catch (error) {
    await close();
    throw error;
  }
  return {
    diffTo: async (target = schemaPath) => {
      const to = await readSchema(target);
      const result = await engine.diff({
        from: { tag: 'schemaDatasource', files: [schema], configDir: path.dirname(schema.path) },
        to: { tag: 'schemaDatamodel', files: [to] },
        script: true,
        exitCode: true,
        filters: NO_EXTERNAL_OBJECTS,
      });
      const sql = (result.stdout ?? '').trim();
      return sql === EMPTY_MIGRATION ? '' : sql;
    },
    close,
  };
}

/** The SQL that brings the migrations to `schema.prisma`; empty when the two agree. */
export async function diffMigrationsToSchema(options: DiffMigrationsOptions = {}): Promise<string> {
  const migrated = await applyMigrationsInMemory(options);
  try {
    return await migrated.diffTo();
  } finally {
    await migrated.close();
  }
}
