export { PrismaClient, Prisma } from './generated/prisma/client.ts';
export type * from './generated/prisma/client.ts';
export * from './generated/prisma/enums.ts';
export type { default as PrismaTypes } from './generated/pothos-types.ts';
export { getDatamodel } from './generated/pothos-types.ts';
export {
  databaseConfigFromEnv,
  databaseEnvSchema,
  DEFAULT_DATA_DIR,
  type DatabaseConfig,
  type DatabaseEnv,
} from './config.ts';
export { openDatabase, IN_MEMORY, type Database, type QueryEvent, type OpenDatabaseOptions } from './open-database.ts';
export { fromCalendarDate, toCalendarDate } from './calendar-date.ts';
export { queryRows } from './raw-rows.ts';
export { reportEndedConnections } from './ended-connections.ts';
export {
  DATABASE_CONNECT_TIMEOUT_MS,
  isDatabaseUnavailable,
  postgresConnectionOptions,
} from './database-unavailable.ts';
export { applyMigrations } from './migrations/apply-migrations.ts';
export { diffMigrationsToSchema } from './migrations/diff-migrations.ts';
export { seedDatabase, countSeededRows, type SeedCounts } from './seed/seed-database.ts';
