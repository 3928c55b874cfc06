import pg from 'pg';
import type { SqlQuery } from '@prisma/driver-adapter-utils';
import { Prisma, type PrismaClient } from './generated/prisma/client.ts';
import type { QueryEvent } from './open-database.ts';

// A hot read's one statement (apps/api/src/hot-reads) sent on Postgres straight to the pool Prisma's adapter uses,
// rather than through the client's request pipeline around `$queryRaw` (about 8% of a request's CPU in the bench's
// profile). Its rows come out as `$queryRaw` gives them for the types such statements read; PGlite, and a client
// opened any other way, keep `$queryRaw`.

type RowsOf = (sql: Prisma.Sql) => Promise<unknown[]>;

const directRows = new WeakMap<PrismaClient, RowsOf>();

// pg's oids for the types whose text form `$queryRaw` reads differently from pg's defaults. Calendar dates and
// timestamps are at UTC (pg's defaults read them in the process's zone), int8 a bigint, numeric a Decimal; json,
// text, integers, booleans and uuids come out the same.
const DATE = 1082;
const TIMESTAMP = 1114;
const TIMESTAMPTZ = 1184;
const INT8 = 20;
const NUMERIC = 1700;

type Parser = (text: string) => unknown;

// pg-types declares what its parsers return as `any`; their values are read as unknown here.
const pgParserOf = pg.types.getTypeParser as (oid: number, format?: 'text' | 'binary') => Parser;

const PARSERS: Record<number, Parser> = {
  [DATE]: (text) => new Date(`${text}T00:00:00.000Z`),
  [TIMESTAMP]: (text) => new Date(`${text.replace(' ', 'T')}Z`),
  [TIMESTAMPTZ]: (text) => new Date(text.replace(' ', 'T').replace(/([+-]\d{2})$/, '$1:00')),
  [INT8]: (text) => BigInt(text),
  [NUMERIC]: (text) => new Prisma.Decimal(text),
};

/**
 * The rows of one statement: through the pool when the client is on Postgres (opened by `openDatabase`), else with
 * `$queryRaw`. A statement sent this way is named like Prisma's own, and reported to `onQuery` like them.
 */
export function queryRows<Row>(prisma: PrismaClient, sql: Prisma.Sql): Promise<Row[]> {
  const direct = directRows.get(prisma);
  return (direct ? direct(sql) : prisma.$queryRaw<Row[]>(sql)) as Promise<Row[]>;
}

/** Sends `queryRows` for this client through the pool; `nameOf` must be the adapter's, so names never clash. */
export function sendRowsThroughPool(options: {
  prisma: PrismaClient;
  pool: pg.Pool;
  nameOf: (query: SqlQuery) => string;
  onQuery?: ((event: QueryEvent) => void) | undefined;
}): void {
  const { pool, nameOf, onQuery } = options;
  const types = {
    getTypeParser: (oid: number, format?: 'text' | 'binary') =>
      (format !== 'binary' && PARSERS[oid]) || pgParserOf(oid, format),
  };
  directRows.set(options.prisma, async (sql) => {
    const started = performance.now();
    const result = await pool.query<Record<string, unknown>>({
      name: nameOf({ sql: sql.text, args: sql.values, argTypes: [] }),
      text: sql.text,
      values: sql.values,
      types,
    });
    onQuery?.({ query: sql.text, params: JSON.stringify(sql.values), durationMs: performance.now() - started });
    return result.rows;
  });
}
