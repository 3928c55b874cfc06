// The scripts' way to the configured database: DATABASE_URL, else PGlite on disk; a bad variable ends the script
// with one line naming it.
import { databaseConfigFromEnv, databaseEnvSchema } from '../src/config.ts';
import { openDatabase, type Database } from '../src/open-database.ts';

export function openDatabaseFromEnv(): Promise<Database> {
  const env = databaseEnvSchema.safeParse(process.env);
  if (!env.success) {
    for (const issue of env.error.issues) console.error(`${issue.path.join('.')}: ${issue.message}`);
    process.exit(1);
  }
  return openDatabase({ config: databaseConfigFromEnv(env.data) });
}
