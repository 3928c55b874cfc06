import path from 'node:path';
import { z } from 'zod';

const REPOSITORY_ROOT = path.resolve(import.meta.dirname, '../../..');
export const DEFAULT_DATA_DIR = '.plenary';
const DEFAULT_POOL_SIZE = 10;

export type DatabaseConfig =
  { backend: 'pglite'; dataDir: string } | { backend: 'postgres'; url: string; poolSize: number };

const postgresUrl = z
  .string()
  .trim()
  .refine((value) => {
    try {
      const url = new URL(value);
      return (
        (url.protocol === 'postgres:' || url.protocol === 'postgresql:') &&
        url.hostname !== '' &&
        url.pathname.length > 1
      );
    } catch {
      return false;
    }
  }, 'must be a URL of the form postgres://user@host:5432/database');

export const databaseEnvSchema = z.object({
  DATABASE_URL: postgresUrl.optional(),
  PLENARY_DATA_DIR: z.string().trim().min(1, 'must name a folder').default(DEFAULT_DATA_DIR),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(DEFAULT_POOL_SIZE),
});

export type DatabaseEnv = z.infer<typeof databaseEnvSchema>;

/** No DATABASE_URL: embedded PGlite on disk (relative folders are taken from the repository root). */
export function databaseConfigFromEnv(env: DatabaseEnv): DatabaseConfig {
  if (env.DATABASE_URL) return { backend: 'postgres', url: env.DATABASE_URL, poolSize: env.DATABASE_POOL_SIZE };
  return { backend: 'pglite', dataDir: path.resolve(REPOSITORY_ROOT, env.PLENARY_DATA_DIR) };
}
