import type pg from 'pg';

/**
 * How long opening a connection may take before it fails. Without a bound, a server that stopped answering (a host
 * gone, a firewall dropping packets) holds every request that needs a new connection for as long as the OS retries.
 */
export const DATABASE_CONNECT_TIMEOUT_MS = 5_000;

/** The settings every `pg` pool and client of Plenary opens its connections with. */
export function postgresConnectionOptions(connectionString: string): pg.ClientConfig {
  // Keep-alive probes notice a server that vanished under an idle connection, instead of the next query finding out.
  return { connectionString, connectionTimeoutMillis: DATABASE_CONNECT_TIMEOUT_MS, keepAlive: true };
}

// What the network stack says when the server cannot be reached or the connection broke.
const SOCKET_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
]);
// Prisma's: cannot reach the server (P1001), timed out reaching it (P1002), the server closed the connection (P1017).
const PRISMA_CODES = new Set(['P1001', 'P1002', 'P1017']);
// Postgres's: shutting down (57P01 admin, 57P02 crash), starting up or in recovery (57P03), out of connection slots (53300).
const SQLSTATES = new Set(['57P01', '57P02', '57P03', '53300']);
// SQLSTATE class 08: connection exceptions.
const CONNECTION_EXCEPTION = /^08[0-9A-Z]{3}$/;
// Prisma's driver adapter's names for the socket errors above.
const ADAPTER_KINDS = new Set(['DatabaseNotReachable', 'ConnectionClosed', 'SocketTimeout', 'TooManyConnections']);
// `pg`'s own errors for a connection that broke or could not be opened in time; they carry no code.
const PG_MESSAGES = [
  /^Connection terminated/,
  /^timeout exceeded when trying to connect$/,
  /^Client has encountered a connection error and is not queryable$/,
];

const MAX_DEPTH = 8;

function causesOf(error: object): unknown[] {
  const { cause, meta } = error as { cause?: unknown; meta?: { driverAdapterError?: unknown } };
  return [cause, meta?.driverAdapterError];
}

function saysUnavailable(error: object): boolean {
  const { code, kind, message } = error as { code?: unknown; kind?: unknown; message?: unknown };
  if (
    typeof code === 'string' &&
    (SOCKET_CODES.has(code) || PRISMA_CODES.has(code) || SQLSTATES.has(code) || CONNECTION_EXCEPTION.test(code))
  )
    return true;
  if (typeof kind === 'string' && ADAPTER_KINDS.has(kind)) return true;
  return typeof message === 'string' && PG_MESSAGES.some((pattern) => pattern.test(message));
}

/**
 * True when `error` (a Prisma, driver or socket error, or one that has such an error as its cause) means the database
 * cannot be used right now: not reachable, restarting, shutting down, out of connections, or the connection broke.
 * Such a failure says nothing about the request: the same request may succeed once the database is back. A statement
 * the database refused (a constraint, a syntax error, a serialisation conflict) is not one of them.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  const pending: { error: unknown; depth: number }[] = [{ error, depth: 0 }];
  while (pending.length > 0) {
    const next = pending.pop()!;
    if (typeof next.error !== 'object' || next.error === null || next.depth > MAX_DEPTH) continue;
    if (saysUnavailable(next.error)) return true;
    for (const cause of causesOf(next.error)) pending.push({ error: cause, depth: next.depth + 1 });
  }
  return false;
}
