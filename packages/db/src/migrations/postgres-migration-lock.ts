import pg from 'pg';
import { postgresConnectionOptions } from '../database-unavailable.ts';

// Any fixed 64-bit key shared by every Plenary process; this one spells "plenary" in ASCII.
const MIGRATION_LOCK_KEY = 0x706c656e617279n;

/**
 * A session-level advisory lock on its own connection, held for the duration of `work`. `onConnectionError` hears
 * the server end that connection while `work` runs (the lock goes with it; `work` is not cut short).
 */
export function withPostgresMigrationLock(
  connectionString: string,
  onConnectionError: (error: Error) => void = () => {},
) {
  return async <T>(work: () => Promise<T>): Promise<T> => {
    const client = new pg.Client(postgresConnectionOptions(connectionString));
    let lost = false;
    // The connection sits idle while `work` runs: an end there is an 'error' event, which unheard ends the process.
    client.on('error', (error) => {
      // An ended connection emits twice: the server's message, then the socket closing.
      if (lost) return;
      lost = true;
      onConnectionError(error);
    });
    await client.connect();
    try {
      await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY.toString()]);
      try {
        return await work();
      } finally {
        // An ended session has already released its advisory locks.
        if (!lost) await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY.toString()]);
      }
    } finally {
      await client.end();
    }
  };
}
