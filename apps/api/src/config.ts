import path from 'node:path';
import { databaseConfigFromEnv, databaseEnvSchema, type DatabaseConfig } from '@plenary/db';
import { MIN_PASSWORD_LENGTH } from '@plenary/domain/inputs/access-input';
import { z } from 'zod';
import { BYTES_PER_MB, DEFAULT_RESPONSE_CACHE_MB } from './response-cache/response-cache.ts';
import { DEFAULT_QUERY_LIMITS, type QueryLimits } from './security/query-limits.ts';
import { DEFAULT_QUERY_COST_PER_POINT, DEFAULT_RATE_LIMITS, type RateLimitSettings } from './security/rate-limit.ts';

const DEFAULT_PORT = 4000;
const DEFAULT_BODY_LIMIT_BYTES = 1_000_000;
/** Only outside production; in production demo users are made only when PLENARY_DEMO_PASSWORD is set. */
export const DEFAULT_DEMO_PASSWORD = 'plenary-demo-password';

const booleanFlag = z.enum(['true', 'false', '1', '0']).transform((value) => value === 'true' || value === '1');
const positiveWhole = (fallback: number) => z.coerce.number().int().min(1).default(fallback);

// `true`, `false`, a number of proxy hops, or addresses/subnets as Express takes them ("loopback, 10.0.0.0/8").
const trustProxySchema = z
  .string()
  .trim()
  .min(1)
  .transform((value) =>
    value === 'true' ? true : value === 'false' ? false : /^\d+$/.test(value) ? Number(value) : value,
  );

// Browser origins allowed to call the API from another site, comma-separated ("https://monitor.example.org").
const corsOriginsSchema = z
  .string()
  .default('')
  .transform((value) =>
    value
      .split(',')
      .map((origin) => origin.trim())
      .filter(Boolean),
  )
  .pipe(
    z.array(
      z
        .url({
          protocol: /^https?$/,
          message: 'must be a comma-separated list of origins such as https://partner.example.org',
        })
        .transform((origin) => new URL(origin).origin),
    ),
  );

const REPOSITORY_ROOT = path.resolve(import.meta.dirname, '../../..');
// Relative paths are taken from the repository root, like PLENARY_DATA_DIR.
const DEFAULT_KNOWN_DOCUMENTS_FILE = 'packages/sdk/src/generated/persisted-documents.json';
const DEFAULT_ADMIN_DIR = 'apps/admin/dist';

export const apiEnvSchema = databaseEnvSchema.extend({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65_535).default(DEFAULT_PORT),
  HOST: z.string().trim().min(1).default('0.0.0.0'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  // Introspection is on in development and off in production unless enabled here.
  PLENARY_INTROSPECTION: booleanFlag.optional(),
  PLENARY_BODY_LIMIT_BYTES: z.coerce.number().int().min(1_000).default(DEFAULT_BODY_LIMIT_BYTES),
  PLENARY_TRUST_PROXY: trustProxySchema.optional(),
  PLENARY_RATE_LIMIT_WINDOW_SECONDS: positiveWhole(DEFAULT_RATE_LIMITS.perAddress.durationSeconds),
  PLENARY_RATE_LIMIT_PER_ADDRESS: positiveWhole(DEFAULT_RATE_LIMITS.perAddress.points),
  PLENARY_RATE_LIMIT_PER_API_KEY: positiveWhole(DEFAULT_RATE_LIMITS.perApiKey.points),
  PLENARY_RATE_LIMIT_PER_USER: positiveWhole(DEFAULT_RATE_LIMITS.perUser.points),
  PLENARY_RATE_LIMIT_FAILED_CREDENTIALS: positiveWhole(DEFAULT_RATE_LIMITS.failedCredentials.points),
  PLENARY_RATE_LIMIT_FAILED_CREDENTIALS_WINDOW_SECONDS: positiveWhole(
    DEFAULT_RATE_LIMITS.failedCredentials.durationSeconds,
  ),
  PLENARY_RATE_LIMIT_FAILED_SIGN_INS_PER_ACCOUNT: positiveWhole(DEFAULT_RATE_LIMITS.failedSignInsPerAccount.points),
  PLENARY_RATE_LIMIT_PUBLIC_APPLICATIONS: positiveWhole(DEFAULT_RATE_LIMITS.publicApplications.points),
  PLENARY_RATE_LIMIT_PUBLIC_APPLICATIONS_WINDOW_SECONDS: positiveWhole(
    DEFAULT_RATE_LIMITS.publicApplications.durationSeconds,
  ),
  PLENARY_RATE_LIMIT_QUERY_COST_PER_POINT: positiveWhole(DEFAULT_QUERY_COST_PER_POINT),
  PLENARY_MAX_QUERY_DEPTH: positiveWhole(DEFAULT_QUERY_LIMITS.maxDepth),
  PLENARY_MAX_QUERY_ALIASES: positiveWhole(DEFAULT_QUERY_LIMITS.maxAliases),
  PLENARY_MAX_QUERY_DIRECTIVES: positiveWhole(DEFAULT_QUERY_LIMITS.maxDirectives),
  PLENARY_MAX_QUERY_TOKENS: positiveWhole(DEFAULT_QUERY_LIMITS.maxTokens),
  PLENARY_MAX_QUERY_COST: positiveWhole(DEFAULT_QUERY_LIMITS.maxCost),
  PLENARY_DEMO_PASSWORD: z
    .string()
    .min(MIN_PASSWORD_LENGTH, `must be at least ${MIN_PASSWORD_LENGTH} characters long`)
    .optional(),
  PLENARY_KNOWN_DOCUMENTS_FILE: z.string().trim().min(1).default(DEFAULT_KNOWN_DOCUMENTS_FILE),
  PLENARY_KNOWN_DOCUMENTS_CLIENTS: z
    .string()
    .default('admin')
    .transform((value) =>
      value
        .split(',')
        .map((client) => client.trim())
        .filter(Boolean),
    ),
  PLENARY_ADMIN_DIR: z.string().trim().min(1).default(DEFAULT_ADMIN_DIR),
  PLENARY_CORS_ORIGINS: corsOriginsSchema,
  // Megabytes of answers kept in each API process; 0 turns the cache off.
  PLENARY_RESPONSE_CACHE_MB: z.coerce.number().int().min(0).default(DEFAULT_RESPONSE_CACHE_MB),
});

export interface ApiConfig {
  production: boolean;
  port: number;
  host: string;
  logLevel: z.infer<typeof apiEnvSchema>['LOG_LEVEL'];
  introspection: boolean;
  bodyLimitBytes: number;
  trustProxy: boolean | number | string;
  queryLimits: QueryLimits;
  /** The store follows the database: Postgres when DATABASE_URL is set, else memory. */
  rateLimits: Omit<RateLimitSettings, 'store'>;
  /** The password of the demo users made when there are no users; null (none made) in production unless set. */
  demoPassword: string | null;
  /** The SDK's manifest, and the clients (`x-plenary-client`) that may send only its documents. */
  knownDocuments: { manifestPath: string; clients: string[] };
  /** The built admin app served at `/`. */
  adminAppDir: string;
  /** Origins of browser apps on other sites that may call `/graphql` and `/documents`; empty: none. */
  corsOrigins: string[];
  /** The response cache's size in this process (response-cache/); 0: off. */
  responseCacheBytes: number;
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
    trustProxy: values.PLENARY_TRUST_PROXY ?? false,
    queryLimits: {
      maxDepth: values.PLENARY_MAX_QUERY_DEPTH,
      maxAliases: values.PLENARY_MAX_QUERY_ALIASES,
      maxDirectives: values.PLENARY_MAX_QUERY_DIRECTIVES,
      maxTokens: values.PLENARY_MAX_QUERY_TOKENS,
      maxCost: values.PLENARY_MAX_QUERY_COST,
    },
    rateLimits: {
      perAddress: {
        points: values.PLENARY_RATE_LIMIT_PER_ADDRESS,
        durationSeconds: values.PLENARY_RATE_LIMIT_WINDOW_SECONDS,
      },
      perApiKey: {
        points: values.PLENARY_RATE_LIMIT_PER_API_KEY,
        durationSeconds: values.PLENARY_RATE_LIMIT_WINDOW_SECONDS,
      },
      perUser: {
        points: values.PLENARY_RATE_LIMIT_PER_USER,
        durationSeconds: values.PLENARY_RATE_LIMIT_WINDOW_SECONDS,
      },
      failedCredentials: {
        points: values.PLENARY_RATE_LIMIT_FAILED_CREDENTIALS,
        durationSeconds: values.PLENARY_RATE_LIMIT_FAILED_CREDENTIALS_WINDOW_SECONDS,
      },
      // One window for both failure limits: a lock lasts as long whichever way it came.
      failedSignInsPerAccount: {
        points: values.PLENARY_RATE_LIMIT_FAILED_SIGN_INS_PER_ACCOUNT,
        durationSeconds: values.PLENARY_RATE_LIMIT_FAILED_CREDENTIALS_WINDOW_SECONDS,
      },
      publicApplications: {
        points: values.PLENARY_RATE_LIMIT_PUBLIC_APPLICATIONS,
        durationSeconds: values.PLENARY_RATE_LIMIT_PUBLIC_APPLICATIONS_WINDOW_SECONDS,
      },
      queryCostPerPoint: values.PLENARY_RATE_LIMIT_QUERY_COST_PER_POINT,
    },
    demoPassword: values.PLENARY_DEMO_PASSWORD ?? (production ? null : DEFAULT_DEMO_PASSWORD),
    knownDocuments: {
      manifestPath: path.resolve(REPOSITORY_ROOT, values.PLENARY_KNOWN_DOCUMENTS_FILE),
      clients: values.PLENARY_KNOWN_DOCUMENTS_CLIENTS,
    },
    adminAppDir: path.resolve(REPOSITORY_ROOT, values.PLENARY_ADMIN_DIR),
    corsOrigins: values.PLENARY_CORS_ORIGINS,
    responseCacheBytes: values.PLENARY_RESPONSE_CACHE_MB * BYTES_PER_MB,
    database: databaseConfigFromEnv(values),
  };
}
