// `npm run db:migrate`: applies pending migrations to the configured database (DATABASE_URL, else PGlite on disk).
import { databaseConfigFromEnv, databaseEnvSchema } from '../src/config.ts';
import { openDatabase } from '../src/open-database.ts';

const env = databaseEnvSchema.safeParse(process.env);
if (!env.success) {
  for (const issue of env.error.issues) console.error(`${issue.path.join('.')}: ${issue.message}`);
  process.exit(1);
}
const database = await openDatabase({ config: databaseConfigFromEnv(env.data) });
try {
  const applied = await database.migrate();
  console.log(applied.length === 0 ? 'No pending migrations.' : `Applied ${applied.join(', ')}`);
} finally {
  await database.close();
}
