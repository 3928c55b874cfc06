import pg from 'pg';

// Any fixed 64-bit key shared by every Plenary process; this one spells "plenary" in ASCII.
const MIGRATION_LOCK_KEY = 0x706c656e617279n;

/** A session-level advisory lock on its own connection, held for the duration of `work`. */
export function withPostgresMigrationLock(connectionString: string) {
  return async <T>(work: () => Promise<T>): Promise<T> => {
    const client = new pg.Client({ connectionString });
    await client.connect();
    try {
      await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY.toString()]);
      try {
        return await work();
      } finally {
        await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY.toString()]);
      }
    } finally {
      await client.end();
    }
  };
}
