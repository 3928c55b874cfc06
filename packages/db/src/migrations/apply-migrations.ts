import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import { openSchemaEngine } from './load-schema-engine.ts';
import { readMigrations, readSchema, MIGRATIONS_DIR, SCHEMA_PATH } from './read-migrations.ts';

export interface ApplyMigrationsOptions {
  adapterFactory: SqlMigrationAwareDriverAdapterFactory;
  /** Held while migrating, so that two processes starting at once never both apply a migration. */
  withLock?: <T>(work: () => Promise<T>) => Promise<T>;
  migrationsDir?: string;
  schemaPath?: string;
}

/** What `prisma migrate deploy` does, in process: applies pending migrations and records them in `_prisma_migrations`. */
export async function applyMigrations({
  adapterFactory,
  withLock = (work) => work(),
  migrationsDir = MIGRATIONS_DIR,
  schemaPath = SCHEMA_PATH,
}: ApplyMigrationsOptions): Promise<string[]> {
  const [schema, migrationsList] = await Promise.all([readSchema(schemaPath), readMigrations(migrationsDir)]);
  return withLock(async () => {
    const engine = await openSchemaEngine({ adapterFactory, schema });
    try {
      const { appliedMigrationNames } = await engine.applyMigrations({
        migrationsList,
        filters: { externalTables: [], externalEnums: [] },
      });
      return appliedMigrationNames;
    } finally {
      engine.free();
    }
  });
}
