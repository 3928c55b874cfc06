// `npm run db:seed`: migrates the configured database (DATABASE_URL, else PGlite on disk), then loads the reference
// data of packages/db/data. Safe to run again: every row is upserted on its natural key.
import { seedDatabase } from '../src/seed/seed-database.ts';
import { openDatabaseFromEnv } from './open-database-from-env.ts';

const database = await openDatabaseFromEnv();
try {
  const applied = await database.migrate();
  console.log(applied.length === 0 ? 'No pending migrations.' : `Applied ${applied.join(', ')}`);
  const counts = await seedDatabase(database.prisma);
  console.log(`Seeded the ${database.backend} database:`);
  for (const [table, count] of Object.entries(counts)) console.log(`  ${table.padEnd(28)}${count}`);
} finally {
  await database.close();
}
