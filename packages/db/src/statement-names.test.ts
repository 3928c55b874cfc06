import { describe, expect, it } from 'vitest';
import { statementNamer } from './statement-names.ts';

const query = (sql: string, args: unknown[] = [1]) => ({ sql, args, argTypes: [] });

describe('statementNamer', () => {
  it('gives one SQL text the same name every time, and another text another name', () => {
    const nameOf = statementNamer();
    const session = nameOf(query('SELECT 1 FROM "Session" WHERE "tokenHash" = $1'));
    expect(session).not.toBe('');
    expect(nameOf(query('SELECT 1 FROM "Session" WHERE "tokenHash" = $1', ['other']))).toBe(session);
    expect(nameOf(query('SELECT 1 FROM "ApiKey" WHERE prefix = $1'))).not.toBe(session);
  });

  it('leaves a statement without parameters unnamed, so a script of several statements still runs', () => {
    expect(statementNamer()(query('SET lock_timeout = 0; SELECT 1', []))).toBe('');
  });

  it('leaves statements unnamed once the limit of distinct ones is reached, and keeps naming the known ones', () => {
    const nameOf = statementNamer(2);
    const first = nameOf(query('SELECT $1::int'));
    nameOf(query('SELECT $1::text'));
    expect(nameOf(query('SELECT $1::date'))).toBe('');
    expect(nameOf(query('SELECT $1::int'))).toBe(first);
  });
});
