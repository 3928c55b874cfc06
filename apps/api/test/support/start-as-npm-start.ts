import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Database } from '@plenary/db';
import type { DestinationStream } from 'pino';
import { createTestDatabase, type TestBackend } from '@plenary/db/testing';
import { loadConfig } from '../../src/config.ts';
import { createLogger } from '../../src/logger.ts';
import type { PlenaryServer } from '../../src/server.ts';
import { startPlenary } from '../../src/start.ts';

export interface RunningPlenary {
  /** The origin serving the API at /graphql (and the admin app at / when one is given). */
  url: string;
  server: PlenaryServer;
  database: Database;
  close(): Promise<void>;
}

/**
 * `npm start` on a fresh database: the same config loader and start-up (migrations, the real CCM seed, the demo
 * users, the known-documents check for the admin client, rate limits) with only these settings of the test's own:
 * a free port on loopback, a fresh embedded database folder (or, for 'postgres', a fresh empty database on the
 * server, as DATABASE_URL; or `databaseUrl`, an empty database of the test's own elsewhere), a silent log (the test
 * reads what it needs), and whatever `env` a caller adds and says why.
 */
export async function startAsNpmStartDoes({
  backend = 'pglite',
  databaseUrl,
  env = {},
  logDestination,
}: {
  backend?: TestBackend;
  databaseUrl?: string;
  env?: Record<string, string>;
  /** Where the log goes when a test reads it (with a LOG_LEVEL in `env`); left out: standard output. */
  logDestination?: DestinationStream;
} = {}): Promise<RunningPlenary> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'plenary-e2e-data-'));
  const postgres =
    backend === 'postgres' && !databaseUrl ? await createTestDatabase({ backend, migrate: false }) : null;
  const url = databaseUrl ?? postgres?.url;
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'silent',
    ...(url ? { DATABASE_URL: url } : { PLENARY_DATA_DIR: dataDir }),
    ...env,
  });
  const running = await startPlenary(config, createLogger(config.logLevel, logDestination));
  return {
    ...running,
    close: async () => {
      await running.server.close();
      await running.database.close();
      await postgres?.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
