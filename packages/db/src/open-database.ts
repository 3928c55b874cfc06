import { mkdir } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import { PrismaPg } from '@prisma/adapter-pg';
import type { SqlMigrationAwareDriverAdapterFactory, SqlQuery } from '@prisma/driver-adapter-utils';
import pg from 'pg';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import type { DatabaseConfig } from './config.ts';
import { postgresConnectionOptions } from './database-unavailable.ts';
import { reportEndedConnections } from './ended-connections.ts';
import { PrismaClient } from './generated/prisma/client.ts';
import { applyMigrations } from './migrations/apply-migrations.ts';
import { sendRowsThroughPool } from './raw-rows.ts';
import { statementNamer } from './statement-names.ts';
import { sendTransactionStatementsInTurn } from './transaction-statements.ts';
import { withPostgresMigrationLock } from './migrations/postgres-migration-lock.ts';

export const IN_MEMORY = 'memory://';

export interface QueryEvent {
  query: string;
  params: string;
  durationMs: number;
}

export interface OpenDatabaseOptions {
  config: DatabaseConfig;
  /** Called for every SQL statement Prisma sends (query counting in tests, slow-query logs). */
  onQuery?: (event: QueryEvent) => void;
  /**
   * Called when the server ends one of the pool's connections (restart, failover, `pg_terminate_backend`, an idle
   * timeout); the pool drops it and the next query opens a new one. Left out: nothing is reported.
   */
  onConnectionError?: (error: Error) => void;
}

export interface Database {
  prisma: PrismaClient;
  backend: DatabaseConfig['backend'];
  /** Applies pending migrations; returns the names of those applied. */
  migrate(): Promise<string[]>;
  close(): Promise<void>;
}

interface Connection {
  adapterFactory: SqlMigrationAwareDriverAdapterFactory;
  /** Postgres: the adapter's pool and statement names, which `queryRows` shares. */
  pool?: { pool: pg.Pool; nameOf: (query: SqlQuery) => string };
  withLock?: <T>(work: () => Promise<T>) => Promise<T>;
  close(): Promise<void>;
}

async function connectPGlite(dataDir: string): Promise<Connection> {
  if (dataDir !== IN_MEMORY) await mkdir(dataDir, { recursive: true });
  const pglite = await PGlite.create(dataDir);
  return { adapterFactory: new PrismaPGlite(pglite), close: () => pglite.close() };
}

function connectPostgres(url: string, poolSize: number, onConnectionError: (error: Error) => void): Connection {
  // adapter-pg ignores pool settings in the URL, so the pool is configured here.
  const pool = new pg.Pool({ ...postgresConnectionOptions(url), max: poolSize });
  reportEndedConnections(pool, onConnectionError);
  const nameOf = statementNamer();
  return {
    adapterFactory: sendTransactionStatementsInTurn(new PrismaPg(pool, { statementNameGenerator: nameOf })),
    pool: { pool, nameOf },
    withLock: withPostgresMigrationLock(url, onConnectionError),
    close: () => pool.end(),
  };
}

/** The one way to a Prisma client: embedded PGlite (on disk or in memory) or Postgres through a pool. */
export async function openDatabase({
  config,
  onQuery,
  onConnectionError = () => {},
}: OpenDatabaseOptions): Promise<Database> {
  const connection =
    config.backend === 'pglite'
      ? await connectPGlite(config.dataDir)
      : connectPostgres(config.url, config.poolSize, onConnectionError);
  return databaseOn(connection, config.backend, onQuery);
}

/** A database on a PGlite instance the caller made (tests load prepared data directories this way). */
export async function openPGliteDatabase({
  pglite,
  onQuery,
}: {
  pglite: PGlite;
  onQuery?: OpenDatabaseOptions['onQuery'];
}): Promise<Database> {
  await pglite.waitReady;
  return databaseOn({ adapterFactory: new PrismaPGlite(pglite), close: () => pglite.close() }, 'pglite', onQuery);
}

function databaseOn(
  connection: Connection,
  backend: DatabaseConfig['backend'],
  onQuery?: OpenDatabaseOptions['onQuery'],
): Database {
  const prisma = new PrismaClient({
    adapter: connection.adapterFactory,
    log: onQuery ? [{ emit: 'event', level: 'query' }] : [],
  });
  if (onQuery) {
    prisma.$on('query' as never, (event: { query: string; params: string; duration: number }) =>
      onQuery({ query: event.query, params: event.params, durationMs: event.duration }),
    );
  }
  if (connection.pool) sendRowsThroughPool({ prisma, ...connection.pool, onQuery });
  return {
    prisma,
    backend,
    migrate: () =>
      applyMigrations({
        adapterFactory: connection.adapterFactory,
        ...(connection.withLock && { withLock: connection.withLock }),
      }),
    close: async () => {
      await prisma.$disconnect();
      await connection.close();
    },
  };
}
