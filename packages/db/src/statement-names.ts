import type { SqlQuery } from '@prisma/driver-adapter-utils';

// Distinct statements a process names: the API sends a few dozen shapes again and again; a cap keeps a stream of
// one-off statements (long IN lists, ad-hoc scripts) from growing each connection's prepared statements for ever.
export const MAX_NAMED_STATEMENTS = 500;

/**
 * Names for `pg`'s prepared statements, one per distinct SQL text: Postgres parses and analyses a named statement
 * once per connection, and after five executions may keep a generic plan, where an unnamed one is parsed and planned
 * on every request. Statements without parameters stay unnamed: they go by the simple protocol, which also runs
 * scripts of several statements, which a prepared statement cannot hold. An empty name is `pg`'s unnamed statement.
 */
export function statementNamer(limit = MAX_NAMED_STATEMENTS): (query: SqlQuery) => string {
  const names = new Map<string, string>();
  return ({ sql, args }) => {
    if (args.length === 0) return '';
    const known = names.get(sql);
    if (known !== undefined) return known;
    if (names.size >= limit) return '';
    const name = `plenary_${names.size + 1}`;
    names.set(sql, name);
    return name;
  };
}
