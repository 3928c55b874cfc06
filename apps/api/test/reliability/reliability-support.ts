import type { PrismaClient } from '@plenary/db';
import { expect } from 'vitest';
import { schema } from '../../src/schema/index.ts';
import { textOf, type TypedDocumentNode } from '../support/graphql.ts';

// Helpers the reliability tests share: raw requests, table counts and the checks that no error leaks internals.

export interface RawResponse<Data = Record<string, unknown>> {
  status: number;
  headers: Headers;
  text: string;
  body: { data?: Data | null; errors?: { message: string; extensions?: Record<string, unknown> }[] } | undefined;
}

/** A POST to /graphql whose body is sent as given (a string) or as JSON; the answer is kept raw as well as parsed. */
export async function post<Data = Record<string, unknown>>(
  url: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<RawResponse<Data>> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  let parsed: RawResponse<Data>['body'];
  try {
    parsed = JSON.parse(text) as RawResponse<Data>['body'];
  } catch {
    parsed = undefined;
  }
  return { status: response.status, headers: response.headers, text, body: parsed };
}

/** `post` of a typed document (`graphql()` of test/support/graphql.ts): the answer typed by it, and kept raw as `post` keeps it. */
export function postDocument<Data, Variables>(
  url: string,
  document: TypedDocumentNode<Data, Variables>,
  variables: Variables,
  headers: Record<string, string> = {},
): Promise<RawResponse<Data>> {
  return post<Data>(url, { query: textOf(document), variables }, headers);
}

async function applicationTables(prisma: PrismaClient): Promise<string[]> {
  const tables = await prisma.$queryRaw<{ name: string }[]>`
    SELECT table_name AS name FROM information_schema.tables
    WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' AND table_name NOT IN ('_prisma_migrations', 'rate_limits')
    ORDER BY table_name`;
  return tables.map(({ name }) => `"${name.replaceAll('"', '""')}"`);
}

/**
 * A fingerprint of every table's content (its row count and a hash of its rows), in one statement: equal fingerprints
 * mean nothing was inserted, changed or deleted. Returns a function to take the fingerprint again.
 */
export async function contentFingerprint(prisma: PrismaClient): Promise<() => Promise<Record<string, string>>> {
  const columns = (await applicationTables(prisma)).map(
    (table) =>
      `(SELECT count(*)::text || ':' || md5(coalesce(string_agg(md5(row::text), '' ORDER BY md5(row::text)), '')) FROM ${table} row) AS ${table}`,
  );
  const sql = `SELECT ${columns.join(', ')}`;
  return async () => (await prisma.$queryRawUnsafe<Record<string, string>[]>(sql))[0]!;
}

// What an answer must never show: stack frames, driver or ORM messages, SQL, file paths of the server.
const LEAKS: [string, RegExp][] = [
  ['a stack frame', /\bat [\w.<>$]+ \(|\bat (file:\/\/|\/|node:)/],
  ['a Prisma message', /prisma|Invalid `|P20\d\d/i],
  [
    'a driver or SQL message',
    /\b(syntax error at or near|relation "|column "|violates (unique|foreign key|check|not-null) constraint|duplicate key value|invalid input syntax for|SQLSTATE|pg_catalog|PGlite)/i,
  ],
  ['a server path', /\/work\/|node_modules|apps\/api\/src/],
];

/** Fails when an answer is a 500, has an unmasked internal error, a stack trace, or names the ORM, the driver or SQL. */
export function expectNoLeak(response: RawResponse<unknown>, label = ''): void {
  expect(response.status, `${label} HTTP status: ${response.text.slice(0, 500)}`).toBeLessThan(500);
  for (const [kind, pattern] of LEAKS)
    expect(response.text, `${label} shows ${kind}: ${response.text.slice(0, 500)}`).not.toMatch(pattern);
  for (const error of response.body?.errors ?? []) {
    expect(error.extensions?.code, `${label} ${error.message}`).not.toBe('INTERNAL_SERVER_ERROR');
    expect(error.extensions ?? {}, label).not.toHaveProperty('stacktrace');
    expect(error.extensions ?? {}, label).not.toHaveProperty('exception');
  }
}

/** "Given Family" of each member of a delegation snapshot as the history and the audit log store it (JSON). */
export function memberNames(snapshot: unknown): string[] {
  return (snapshot as { members: { givenName: string | null; familyName: string | null }[] }).members.map(
    (member) => `${member.givenName} ${member.familyName}`,
  );
}

export const RETRY_AFTER_SECONDS = '5';
export const DATABASE_UNAVAILABLE_MESSAGE = /^The database is unavailable at the moment\. Try again in 5 seconds\./;
// Nothing of the driver, the ORM, SQL or the server's files, and no stack frame.
export const DATABASE_UNAVAILABLE_LEAK =
  /prisma|postgres|ECONNREFUSED|57P0|terminat|\bat [\w.<>$]+ \(|node_modules|\/work\//i;

/** What a GraphQL request gets while the database is away or its connection broke: 503, Retry-After, DATABASE_UNAVAILABLE, nothing internal. */
export function expectDatabaseUnavailable(response: RawResponse<unknown>, label: string): void {
  expect(response.status, `${label}: ${response.text}`).toBe(503);
  expect(response.headers.get('retry-after'), label).toBe(RETRY_AFTER_SECONDS);
  expect(response.body?.errors, label).toEqual([
    expect.objectContaining({
      message: expect.stringMatching(DATABASE_UNAVAILABLE_MESSAGE),
      extensions: expect.objectContaining({ code: 'DATABASE_UNAVAILABLE', retryAfterSeconds: 5 }),
    }),
  ]);
  expect(response.text, label).not.toMatch(DATABASE_UNAVAILABLE_LEAK);
}

/** The names of the schema's node types (those `node` answers). */
export function nodeTypeNames(): string[] {
  return schema.getImplementations(schema.getType('Node') as never).objects.map(({ name }) => name);
}

type FindIds = (args: { select: { id: true }; where?: object; take: number }) => Promise<{ id: string }[]>;

/**
 * The database ids of up to `take` rows of every node type of the schema, read from the Prisma model of the type's
 * name (one vocabulary from the database to the schema), so that a new node type is reached without an entry here.
 */
export async function rowsOfEveryNodeType(
  prisma: PrismaClient,
  options: { take: number; where?: Record<string, object> },
): Promise<Record<string, string[]>> {
  const models = prisma as unknown as Record<string, { findMany?: FindIds } | undefined>;
  const rows: Record<string, string[]> = {};
  for (const type of nodeTypeNames()) {
    const findMany = models[type.charAt(0).toLowerCase() + type.slice(1)]?.findMany;
    if (!findMany) continue;
    const found = await findMany({ select: { id: true }, where: options.where?.[type], take: options.take });
    rows[type] = found.map(({ id }) => id);
  }
  return rows;
}
