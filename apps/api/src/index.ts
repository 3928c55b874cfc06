export { createServer, type PlenaryServer, type ServerOptions } from './server.ts';
export { loadConfig, type ApiConfig } from './config.ts';
export { createLogger } from './logger.ts';
export { schema } from './schema/index.ts';
export { startPlenary, DEMO_USERS } from './start.ts';
export { DEFAULT_DEMO_PASSWORD } from './config.ts';
