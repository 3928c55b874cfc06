import { databaseConfigFromEnv, databaseEnvSchema, type DatabaseConfig } from '@plenary/db';
import { z } from 'zod';

const DEFAULT_PORT = 4000;
const DEFAULT_BODY_LIMIT_BYTES = 1_000_000;

const booleanFlag = z.enum(['true', 'false', '1', '0']).transform((value) => value === 'true' || value === '1');

export const apiEnvSchema = databaseEnvSchema.extend({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65_535).default(DEFAULT_PORT),
  HOST: z.string().trim().min(1).default('0.0.0.0'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  // Introspection is on in development and off in production unless enabled here.
  PLENARY_INTROSPECTION: booleanFlag.optional(),
  PLENARY_BODY_LIMIT_BYTES: z.coerce.number().int().min(1_000).default(DEFAULT_BODY_LIMIT_BYTES),
});

export interface ApiConfig {
  production: boolean;
  port: number;
  host: string;
  logLevel: z.infer<typeof apiEnvSchema>['LOG_LEVEL'];
  introspection: boolean;
  bodyLimitBytes: number;
  database: DatabaseConfig;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Reads the environment once at start-up; each bad variable gets one line naming it and what was expected. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): ApiConfig {
  const parsed = apiEnvSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('\n'));
  }
  const values = parsed.data;
  const production = values.NODE_ENV === 'production';
  return {
    production,
    port: values.PORT,
    host: values.HOST,
    logLevel: values.LOG_LEVEL,
    introspection: values.PLENARY_INTROSPECTION ?? !production,
    bodyLimitBytes: values.PLENARY_BODY_LIMIT_BYTES,
    database: databaseConfigFromEnv(values),
  };
}
