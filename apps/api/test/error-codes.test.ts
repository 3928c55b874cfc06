import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { testBackends } from '@plenary/db/testing';
import { MEETING_STATUS_TRANSITIONS, OBSERVER_APPLICATION_TRANSITIONS } from '@plenary/domain';
import type { GraphQLObjectType } from 'graphql';
import { getNamedType, GraphQLEnumType, GraphQLList, GraphQLNonNull, type GraphQLInterfaceType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ERROR_CODE_NAMES } from '../src/errors/error-codes.ts';
import { schema } from '../src/schema/index.ts';
import { graphql, type ResultOf, textOf } from './support/graphql.ts';
import { startAsNpmStartDoes, type RunningPlenary } from './support/start-as-npm-start.ts';

const REPOSITORY_ROOT = path.resolve(import.meta.dirname, '../../..');
// Where the API's answers get their codes: the server and the domain it throws from.
const SOURCE_FOLDERS = ['apps/api/src', 'packages/domain/src'];
// `code: 'X'` and `code = 'X'`: how the source writes an error code in place. A code kept in a constant is written
// `'X' satisfies ErrorCode` (errors/database-unavailable.ts), which the type checker holds to the list.
const CODE_IN_SOURCE = /\bcode\??\s*[:=]\s*'([A-Z][A-Z0-9_]+)'/g;

async function sourceFiles(folder: string): Promise<string[]> {
  const entries = await readdir(path.join(REPOSITORY_ROOT, folder), { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

function enumValuesOf(name: string): string[] {
  const type = schema.getType(name);
  if (!(type instanceof GraphQLEnumType)) throw new Error(`${name} is not an enum`);
  return type.getValues().map((value) => value.name);
}

describe('the ErrorCode enum', () => {
  it('lists every code the source answers with', async () => {
    const found = new Map<string, string>();
    for (const file of (await Promise.all(SOURCE_FOLDERS.map(sourceFiles))).flat()) {
      for (const match of (await readFile(file, 'utf8')).matchAll(CODE_IN_SOURCE))
        found.set(match[1] ?? '', path.relative(REPOSITORY_ROOT, file));
    }
    // The scan finds the codes it must (so it cannot pass by finding nothing)...
    expect([...found.keys()]).toEqual(
      expect.arrayContaining([
        'VALIDATION_FAILED',
        'INVALID_TRANSITION',
        'RATE_LIMITED',
        'UNKNOWN_DOCUMENT',
        'PERSISTED_QUERY_HASH_MISMATCH',
      ]),
    );
    // ...and each one it finds is in the enum.
    const missing = [...found]
      .filter(([code]) => !enumValuesOf('ErrorCode').includes(code))
      .map(([code, file]) => `${code} (${file})`);
    expect(missing).toEqual([]);
  });

  it('is the schema’s enum, each value described, and the type of Error.code', () => {
    expect(enumValuesOf('ErrorCode').sort()).toEqual([...ERROR_CODE_NAMES].sort());
    const errorCode = schema.getType('ErrorCode') as GraphQLEnumType;
    for (const value of errorCode.getValues()) expect(value.description, value.name).toMatch(/\w{3,}.*\./);
    const code = (schema.getType('Error') as GraphQLInterfaceType).getFields().code?.type;
    expect(code instanceof GraphQLNonNull && code.ofType).toBe(errorCode);
  });

  it('types ConflictError.allowed as a list of workflow statuses holding every status a workflow checks', () => {
    const allowed = (schema.getType('ConflictError') as GraphQLObjectType).getFields().allowed?.type;
    expect(allowed instanceof GraphQLList && getNamedType(allowed).name).toBe('WorkflowStatus');
    const statuses = [MEETING_STATUS_TRANSITIONS, OBSERVER_APPLICATION_TRANSITIONS].flatMap((table) => [
      ...Object.keys(table),
      ...Object.values(table).flat(),
    ]);
    expect(enumValuesOf('WorkflowStatus')).toEqual(expect.arrayContaining(statuses));
  });
});

interface Answer {
  status: number;
  codes: string[];
}

const UNKNOWN_MEETING = Buffer.from('Meeting:00000000-0000-4000-8000-000000000000').toString('base64');
const APPLY_TO_UNKNOWN_MEETING = graphql(`
  mutation ErrorCodesApplyToUnknownMeeting($meetingId: ID!) {
    applyToObserve(
      meetingId: $meetingId
      input: {
        organisationName: "Demining Aid"
        acronym: "DA"
        kind: "NGO"
        contactName: "A. Person"
        contactEmail: "a.person@example.org"
        motivation: "The organisation clears cluster munition remnants in the region."
      }
    ) { __typename ... on Error { code } }
  }
`);

describe.each(testBackends())('the codes a running server answers on %s', (backend) => {
  let plenary: RunningPlenary;
  beforeAll(async () => {
    plenary = await startAsNpmStartDoes({ backend });
  });
  afterAll(() => plenary.close());

  // Sent as raw HTTP bodies on purpose: each is a request GraphQL or the server refuses before any document is typed.
  async function post(body: string, headers: Record<string, string> = {}): Promise<Answer> {
    const response = await fetch(`${plenary.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body,
    });
    const answer = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
    return { status: response.status, codes: (answer.errors ?? []).map((error) => error.extensions?.code ?? '(none)') };
  }

  const requests: [string, () => Promise<Answer>, Answer][] = [
    [
      'a query that is not GraphQL',
      () => post(JSON.stringify({ query: '{ meetings {' })),
      { status: 400, codes: ['GRAPHQL_PARSE_FAILED'] },
    ],
    [
      'a field the schema lacks',
      () => post(JSON.stringify({ query: '{ noSuchField }' })),
      { status: 400, codes: ['GRAPHQL_VALIDATION_FAILED'] },
    ],
    [
      'a variable of the wrong type',
      () =>
        post(
          JSON.stringify({
            query: 'query ($first: Int) { meetings(first: $first) { totalCount } }',
            variables: { first: 'ten' },
          }),
        ),
      { status: 400, codes: ['BAD_USER_INPUT'] },
    ],
    [
      'two operations and no operationName',
      () => post(JSON.stringify({ query: 'query A { __typename } query B { __typename }' })),
      { status: 400, codes: ['OPERATION_RESOLUTION_FAILURE'] },
    ],
    [
      'a persisted query the server does not know',
      () => post(JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: 'b'.repeat(64) } } })),
      { status: 200, codes: ['PERSISTED_QUERY_NOT_FOUND'] },
    ],
    [
      'a persisted query with a wrong hash',
      () =>
        post(
          JSON.stringify({
            query: '{ __typename }',
            extensions: { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } },
          }),
        ),
      { status: 400, codes: ['PERSISTED_QUERY_HASH_MISMATCH'] },
    ],
    ['a body that is not JSON', () => post('{"query": '), { status: 400, codes: ['BAD_REQUEST'] }],
    [
      'an API key nobody issued',
      () => post(JSON.stringify({ query: '{ __typename }' }), { 'x-api-key': 'plk_unknown_0000000000000000' }),
      { status: 401, codes: ['UNAUTHENTICATED'] },
    ],
  ];

  it.each(requests)('answers %s with a code of the enum', async (_name, send, expected) => {
    const answer = await send();
    expect(answer).toEqual(expected);
    for (const code of answer.codes) expect(ERROR_CODE_NAMES).toContain(code);
  });

  it('answers a refused mutation with Error.code from the enum', async () => {
    const response = await fetch(`${plenary.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: textOf(APPLY_TO_UNKNOWN_MEETING), variables: { meetingId: UNKNOWN_MEETING } }),
    });
    const answer = (await response.json()) as { data?: ResultOf<typeof APPLY_TO_UNKNOWN_MEETING> };
    expect(answer).toEqual({
      data: { applyToObserve: { __typename: 'NotFoundError', code: 'NOT_FOUND' } },
      extensions: { cost: expect.any(Object) },
    });
  });
});
