import { openDatabase, seedDatabase, type Database, type PrismaClient } from '@plenary/db';
import type { Logger } from 'pino';
import { hashPassword } from './auth/passwords.ts';
import type { ApiConfig } from './config.ts';
import { loadKnownDocuments, type KnownDocuments } from './security/known-documents.ts';
import { createServer, type PlenaryServer } from './server.ts';

export class StartupError extends Error {
  override name = 'StartupError';
}

/** Made when the database has no users, so that the admin app can be tried at once. */
export const DEMO_USERS = [
  { email: 'admin@plenary.local', name: 'Demo administrator', role: 'ADMIN', stateIso3: null },
  { email: 'secretariat@plenary.local', name: 'Demo secretariat officer', role: 'SECRETARIAT', stateIso3: null },
  { email: 'focal.point.nor@plenary.local', name: 'Demo focal point of Norway', role: 'STATE', stateIso3: 'NOR' },
] as const;

function describeDatabase(config: ApiConfig['database']): string {
  return config.backend === 'postgres' ? 'DATABASE_URL' : `PLENARY_DATA_DIR (${config.dataDir})`;
}

/** Creates the demo users when there are no users at all; returns their e-mail addresses (none if there were users). */
export async function createDemoUsers(prisma: PrismaClient, password: string): Promise<string[]> {
  if ((await prisma.user.count()) > 0) return [];
  const passwordHash = await hashPassword(password);
  const norway = await prisma.state.findUnique({ where: { iso3: 'NOR' }, select: { id: true } });
  const users = DEMO_USERS.filter((user) => user.stateIso3 === null || norway);
  await prisma.user.createMany({
    data: users.map((user) => ({
      email: user.email,
      name: user.name,
      role: user.role,
      stateId: user.stateIso3 ? norway?.id : null,
      passwordHash,
    })),
    skipDuplicates: true,
  });
  return users.map((user) => user.email);
}

async function loadKnownDocumentsOrNone(manifestPath: string, logger: Logger): Promise<KnownDocuments> {
  try {
    return await loadKnownDocuments(manifestPath);
  } catch (error) {
    // Without the manifest the listed clients can send nothing: say so rather than fail to start.
    logger.warn(
      { manifestPath, err: error },
      'the SDK manifest could not be read: clients held to known documents will be refused',
    );
    return new Map();
  }
}

/** Opens the database, applies pending migrations, seeds an empty database and starts serving. */
export async function startPlenary(
  config: ApiConfig,
  logger: Logger,
): Promise<{ url: string; server: PlenaryServer; database: Database }> {
  let database: Database;
  try {
    database = await openDatabase({
      config: config.database,
      onConnectionError: (error) =>
        logger.warn({ err: error }, 'the database ended a connection; the next query opens a new one'),
    });
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
  if (config.demoPassword) {
    const demoUsers = await createDemoUsers(database.prisma, config.demoPassword);
    if (demoUsers.length > 0) {
      // The password is shown only outside production, where it is the documented default or the developer's own.
      const password = config.production ? 'the one in PLENARY_DEMO_PASSWORD' : config.demoPassword;
      logger.info({ demoUsers }, `created demo users ${demoUsers.join(', ')}; sign in with password ${password}`);
    }
  }
  const server = await createServer({
    knownDocuments: {
      documents: await loadKnownDocumentsOrNone(config.knownDocuments.manifestPath, logger),
      clients: config.knownDocuments.clients,
    },
    adminAppDir: config.adminAppDir,
    corsOrigins: config.corsOrigins,
    prisma: database.prisma,
    logger,
    production: config.production,
    introspection: config.introspection,
    bodyLimitBytes: config.bodyLimitBytes,
    trustProxy: config.trustProxy,
    queryLimits: config.queryLimits,
    responseCacheBytes: config.responseCacheBytes,
    rateLimits: {
      ...config.rateLimits,
      store:
        config.database.backend === 'postgres' ? { kind: 'postgres', url: config.database.url } : { kind: 'memory' },
    },
  });
  const url = await server.listen({ port: config.port, host: config.host });
  return { url, server, database };
}
