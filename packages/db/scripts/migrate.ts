// `npm run db:migrate`: applies pending migrations to the configured database (DATABASE_URL, else PGlite on disk).
import { openDatabaseFromEnv } from './open-database-from-env.ts';

const database = await openDatabaseFromEnv();
try {
  const applied = await database.migrate();
  console.log(applied.length === 0 ? 'No pending migrations.' : `Applied ${applied.join(', ')}`);
} finally {
  await database.close();
}
