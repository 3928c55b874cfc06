import { openDatabase, seedDatabase, type Database } from '@plenary/db';
import type { Logger } from 'pino';
import type { ApiConfig } from './config.ts';
import { createServer, type PlenaryServer } from './server.ts';

export class StartupError extends Error {
  override name = 'StartupError';
}

function describeDatabase(config: ApiConfig['database']): string {
  return config.backend === 'postgres' ? 'DATABASE_URL' : `PLENARY_DATA_DIR (${config.dataDir})`;
}

/** Opens the database, applies pending migrations, seeds an empty database and starts serving. */
export async function startPlenary(config: ApiConfig, logger: Logger): Promise<{ url: string; server: PlenaryServer; database: Database }> {
  let database: Database;
  try {
    database = await openDatabase({ config: config.database });
    const applied = await database.migrate();
    if (applied.length > 0) logger.info({ applied }, 'applied migrations');
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new StartupError(`${describeDatabase(config.database)}: cannot open the database: ${reason}`);
  }
  if ((await database.prisma.convention.count()) === 0) {
    const counts = await seedDatabase(database.prisma);
    logger.info({ counts }, 'seeded an empty database with the reference data');
  }
  const server = await createServer({
    prisma: database.prisma,
    logger,
    production: config.production,
    introspection: config.introspection,
    bodyLimitBytes: config.bodyLimitBytes,
  });
  const url = await server.listen({ port: config.port, host: config.host });
  return { url, server, database };
}
