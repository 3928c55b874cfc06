import { ConfigError, loadConfig } from './config.ts';
import { createLogger } from './logger.ts';
import { StartupError, startPlenary } from './start.ts';

const SHUTDOWN_GRACE_MS = 10_000;

function exitWith(message: string): never {
  console.error(message);
  process.exit(1);
}

const config = (() => {
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) exitWith(error.message);
    throw error;
  }
})();
const logger = createLogger(config.logLevel);

const running = await startPlenary(config, logger).catch((error: unknown) => {
  if (error instanceof StartupError) exitWith(error.message);
  throw error;
});
logger.info(`Plenary is serving GraphQL at ${running.url}/graphql (GraphiQL at ${running.url}/graphiql)`);

// In-flight requests finish; new connections are refused; then the database closes.
async function shutdown(signal: string): Promise<void> {
  logger.info({ signal }, 'shutting down');
  const forceExit = setTimeout(() => process.exit(1), SHUTDOWN_GRACE_MS);
  forceExit.unref();
  await running.server.close();
  await running.database.close();
  process.exit(0);
}
process.once('SIGTERM', (signal) => void shutdown(signal));
process.once('SIGINT', (signal) => void shutdown(signal));
