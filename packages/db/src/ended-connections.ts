import type pg from 'pg';

/**
 * Hears the server end any connection of `pool` (restart, failover, `pg_terminate_backend`, an idle timeout), idle in
 * the pool or checked out between two queries: an unheard 'error' event ends the process. The pool drops an idle
 * connection at once; a checked-out one fails its next query and is dropped when it comes back.
 */
export function reportEndedConnections(pool: pg.Pool, report: (error: Error) => void): void {
  // A listener of each connection's own, from the moment it connects: pg-pool leaves a checked-out connection without
  // one until its borrower adds its own, and a transaction handed over on a promise gets it only a tick later.
  pool.on('connect', (client) => {
    let ended = false;
    // An ended connection emits twice: the server's message, then the socket closing.
    client.on('error', (error) => {
      if (ended) return;
      ended = true;
      report(error);
    });
  });
  // The pool passes an idle connection's error on as its own; that connection's listener has reported it already.
  pool.on('error', () => {});
}
