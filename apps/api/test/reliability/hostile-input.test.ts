import { testBackends } from '@plenary/db/testing';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newApiKey } from '../../src/auth/tokens.ts';
import { schema } from '../../src/schema/index.ts';
import { createActors, createUser, type Actors } from '../support/actors.ts';
import { startApi, type ApiFixture } from '../support/api-fixture.ts';
import { contentFingerprint, expectNoLeak, post } from './reliability-support.ts';
import { SQL_INJECTIONS } from './hostile-strings.ts';

// The probes of graphql-cop (github.com/dolevf/graphql-cop), sent as it sends them, to an API in production mode.
// Covered in ../hardening.test.ts and not repeated here: introspection and field suggestions in production, batched
// requests, GET without a preflight header and mutations over GET, text/plain POSTs, alias and directive limits, the
// token limit, the body limit, the cost limit, and rate limits per address, per key and for failed sign-ins.
// Raw text on purpose, not typed documents: each probe is the text the scanner sends, most of it no valid document.

describe('graphql-cop probes against production', () => {
  let api: ApiFixture;
  beforeAll(async () => {
    api = await startApi({ backend: 'pglite', seed: false, production: true });
  });
  afterAll(() => api.close());

  const firstError = (response: Awaited<ReturnType<typeof post>>) => response.body?.errors?.[0];

  it('refuses a POST of a url-encoded or multipart form, which any web page can send cross-site (post_based_csrf)', async () => {
    const form = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'query=%7B__typename%7D',
    });
    expect(form.status).toBe(400);
    expect(await form.text()).toMatch(/Cross-Site Request Forgery/);
    const multipart = new FormData();
    multipart.set('query', '{ __typename }');
    const upload = await fetch(`${api.url}/graphql`, { method: 'POST', body: multipart });
    expect(upload.status).toBe(400);
    expect(await upload.text()).toMatch(/Cross-Site Request Forgery/);
  });

  it('answers a malformed document with a parse error and no exception details (unhandled_error_detection)', async () => {
    const response = await post(api.url, { query: 'qwerty cop { abc }' });
    expect(response.status).toBe(400);
    expect(response.body?.errors).toEqual([
      {
        message: 'Syntax Error: Unexpected Name "qwerty".',
        locations: [{ line: 1, column: 1 }],
        extensions: { code: 'GRAPHQL_PARSE_FAILED', requestId: expect.any(String) },
      },
    ]);
    expectNoLeak(response);
  });

  it('has no tracing or exception extensions in its answers (trace_mode)', async () => {
    const response = await post(api.url, { query: 'query { __typename }' });
    expect(response.body).toEqual({ data: { __typename: 'Query' }, extensions: { cost: expect.any(Object) } });
  });

  it('masks an unexpected failure, here a database that has gone away, without stack, SQL or ORM text', async () => {
    const broken = await startApi({ backend: 'pglite', seed: false, production: true });
    await broken.database.close();
    try {
      const response = await post(broken.url, { query: '{ states { totalCount } }' });
      expect(response.body?.errors).toEqual([
        {
          message: 'Something went wrong on our side. It has been logged; please try again.',
          path: ['states', 'totalCount'],
          extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: expect.any(String) },
        },
      ]);
      expect(response.text).not.toMatch(/prisma|pglite|\bat |closed|node_modules/i);
    } finally {
      await broken.server.close();
    }
  });

  it('refuses ten unknown directives on one field (directive_overloading), and a thousand with the limit named first', async () => {
    const ten = await post(api.url, { query: 'query { __typename @aa@aa@aa@aa@aa@aa@aa@aa@aa@aa }' });
    expect(ten.status).toBe(400);
    expect(firstError(ten)).toMatchObject({
      message: 'Unknown directive "@aa".',
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
    const thousand = await post(api.url, { query: `query { __typename ${'@aa'.repeat(1_000)} }` });
    expect(thousand.status).toBe(400);
    expect(firstError(thousand)?.message).toMatch(/Directives limit of 50 exceeded, found 1000/);
    // graphql-js stops collecting at 100 errors: the answer stays small.
    expect(thousand.body!.errors!.length).toBeLessThanOrEqual(101);
  });

  it('refuses fragments that spread each other (circular_fragment) and the circular introspection query (circular_query_introspection)', async () => {
    const fragments = await post(api.url, {
      query:
        'query { meetings { ...A } } fragment A on MeetingConnection { totalCount ...B } fragment B on MeetingConnection { ...A }',
    });
    expect(fragments.status).toBe(400);
    expect(firstError(fragments)?.message).toBe('Cannot spread fragment "A" within itself via "B".');
    const copFragments = await post(api.url, {
      query: 'query { __schema { ...A } } fragment A on __Schema { __typename ...B } fragment B on __Schema { ...A }',
    });
    expect(copFragments.status).toBe(400);
    const introspection = await post(api.url, {
      query:
        'query { __schema { types { fields { type { fields { type { fields { type { fields { type { name } } } } } } } } } } }',
    });
    expect(introspection.status).toBe(400);
    expect(introspection.body?.errors?.map((error) => error.message).join(' ')).toMatch(/introspection/i);
  });

  it('refuses a query nested deeper than the default limit of 15 (deep recursion through Convention.meetings and Meeting.convention)', async () => {
    // conventions > edges > node > (meetings > edges > node > convention) three times > meetings: 16 levels.
    const cycle = (inner: string) => `meetings(first: 1) { edges { node { convention { ${inner} } } } }`;
    const query = `{ conventions(first: 1) { edges { node { ${cycle(cycle(cycle('meetings(first: 1) { totalCount }')))} } } } }`;
    const response = await post(api.url, { query });
    expect(response.status).toBe(400);
    expect(firstError(response)).toMatchObject({
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
      message: expect.stringMatching(/depth limit of 15/),
    });
  });

  it('refuses a field repeated 500 times (field_duplication) with an error that says why', async () => {
    const response = await post(api.url, { query: `query { ${'meetings { totalCount } \n'.repeat(500)} }` });
    expect(response.status).toBe(400);
    expect(response.body?.errors).toEqual([
      {
        message: 'This query repeats the same fields too often to be checked; ask for each field once.',
        extensions: { code: 'GRAPHQL_VALIDATION_FAILED', requestId: expect.any(String) },
      },
    ]);
  });

  it('answers __typename repeated or aliased once per name, at no cost; the token limit bounds how many (field_duplication and alias_overloading as graphql-cop sends them)', async () => {
    // graphql-cop lists these two as findings: both ask only for __typename, which no resolver or database computes.
    // The alias limit counts aliases of real fields (see ../hardening.test.ts); these are bounded by the 5000 tokens.
    const duplicated = await post(api.url, { query: `query { ${'__typename \n'.repeat(500)}} ` });
    expect(duplicated.body).toEqual({ data: { __typename: 'Query' }, extensions: { cost: expect.any(Object) } });
    const aliased = await post(api.url, {
      query: `query { ${Array.from({ length: 101 }, (_, index) => `alias${index}:__typename`).join(' ')} }`,
    });
    expect(Object.keys(aliased.body?.data ?? {})).toHaveLength(101);
    const tooMany = await post(api.url, {
      query: `query { ${Array.from({ length: 1_700 }, (_, index) => `a${index}:__typename`).join(' ')} }`,
    });
    expect(tooMany.status).toBe(400);
    expect(firstError(tooMany)?.message).toMatch(/5000 tokens/);
  });

  it('refuses the NUL character in any text, in variables or in the document, as the client’s error', async () => {
    const inVariables = await post(api.url, {
      query: 'query ($search: String) { states(filter: { search: $search }) { totalCount } }',
      variables: { search: 'Swi\u0000tzerland' },
    });
    const inDocument = await post(api.url, { query: '{ state(iso3: "CH\\u0000E") { name } }' });
    const inInput = await post(api.url, {
      query:
        'mutation ($email: String!) { signIn(email: $email, password: "correct horse battery staple") { __typename } }',
      variables: { email: 'a\u0000@example.org' },
    });
    for (const response of [inVariables, inDocument, inInput]) {
      expect(response.status).toBe(400);
      expect(response.body?.errors).toEqual([
        {
          message: expect.stringMatching(/NUL character \(U\+0000\)/),
          extensions: { code: 'BAD_USER_INPUT', requestId: expect.any(String) },
        },
      ]);
    }
  });

  it('refuses variables nested 200 000 levels deep as the client’s error, and goes on serving', async () => {
    const levels = 200_000;
    const query = 'query ($search: String) { states(filter: { search: $search }) { totalCount } }';
    // Lists, and lists of objects, under the body limit of 1 MB.
    for (const [open, close, levelsEach] of [
      ['[', ']', 1],
      ['[{"":', '}]', 2],
    ] as const) {
      const body = `{"query":${JSON.stringify(query)},"variables":{"deep":${open.repeat(levels / levelsEach)}1${close.repeat(levels / levelsEach)}}}`;
      const response = await post(api.url, body);
      expect(response.status).toBe(400);
      expect(response.body?.errors).toEqual([
        {
          message: expect.stringMatching(/nest deeper than \d+ levels/),
          extensions: { code: 'BAD_USER_INPUT', requestId: expect.any(String) },
        },
      ]);
      expectNoLeak(response);
    }
    expect((await post(api.url, { query: '{ __typename }' })).body).toEqual({
      data: { __typename: 'Query' },
      extensions: { cost: expect.any(Object) },
    });
  });
});

describe.each(testBackends())('very long strings on %s', (backend) => {
  let api: ApiFixture;
  let actors: Actors;
  beforeAll(async () => {
    api = await startApi({ backend });
    actors = await createActors(api, { stateIso3: 'CHE', otherStateIso3: 'AUT' });
  });
  afterAll(() => api.close());

  const long = (length: number) => 'Ab'.repeat(length / 2);

  it('refuses a search of 900 000 characters before it reaches the database, and stores nothing of a 200 000-character title or password', async () => {
    const fingerprint = await contentFingerprint(api.database.prisma);
    const before = await fingerprint();

    // Matching a pattern costs time in proportion to its length for every name compared: unrefused, this one search
    // held the database for seconds. Search terms are at most 200 characters.
    const states = (search: string) =>
      post(api.url, {
        query: 'query ($search: String) { states(filter: { search: $search }) { totalCount } }',
        variables: { search },
      });
    const users = (search: string) =>
      post(
        api.url,
        {
          query: 'query ($search: String) { users(filter: { search: $search }) { totalCount } }',
          variables: { search },
        },
        actors.admin.headers,
      );
    for (const response of [await states(long(900_000)), await users(long(900_000)), await states(long(202))]) {
      expectNoLeak(response);
      expect(response.body?.errors?.[0]).toMatchObject({
        message: 'A search term may be at most 200 characters long.',
        extensions: { code: 'VALIDATION_FAILED' },
      });
    }
    expect((await states(long(200))).body?.data).toEqual({ states: { totalCount: 0 } });

    const meeting = await post(
      api.url,
      {
        query:
          'mutation ($input: CreateMeetingInput!) { createMeeting(input: $input) { __typename ... on ValidationError { issues { path } } } }',
        variables: {
          input: {
            conventionCode: 'CCM',
            kind: 'MEETING_OF_STATES_PARTIES',
            number: 77,
            title: long(200_000),
            opensOn: '2030-09-09',
            closesOn: '2030-09-12',
            venue: long(200_000),
            city: 'Geneva',
            timeZone: 'Europe/Zurich',
            symbolPrefix: 'CCM/MSP/2030',
          },
        },
      },
      actors.secretariat.headers,
    );
    expectNoLeak(meeting);
    expect(meeting.body?.data?.createMeeting).toMatchObject({
      __typename: 'ValidationError',
      issues: expect.arrayContaining([{ path: 'title' }, { path: 'venue' }]),
    });

    const signIn = await post(api.url, {
      query:
        'mutation ($password: String!) { signIn(email: "secretariat@plenary.test", password: $password) { __typename } }',
      variables: { password: long(200_000) },
    });
    expectNoLeak(signIn);
    expect(['ValidationError', 'ForbiddenError']).toContain(
      (signIn.body?.data?.signIn as { __typename: string }).__typename,
    );

    expect(await fingerprint()).toEqual(before);
  });
});

// SQL injection: every String or ID argument of every query, at the top or inside a filter, found in the schema itself.

interface StringArgument {
  field: GraphQLField<unknown, unknown>;
  /** Argument name, then input fields: ['filter', 'search']. */
  path: string[];
}

function stringPathsIn(type: GraphQLInputType, path: string[]): string[][] {
  const named = getNamedType(type);
  if (isScalarType(named)) return named.name === 'String' || named.name === 'ID' ? [path] : [];
  if (isInputObjectType(named))
    return Object.values(named.getFields()).flatMap((inner) => stringPathsIn(inner.type, [...path, inner.name]));
  return [];
}

const queryFields = Object.values(schema.getQueryType()!.getFields());
const stringArguments: StringArgument[] = queryFields.flatMap((field) =>
  field.args.flatMap((arg) => stringPathsIn(arg.type, [arg.name]).map((path) => ({ field, path }))),
);

/** A harmless value for an argument or input field the query needs but the test is not about. */
function ordinaryValue(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return ordinaryValue(type.ofType);
  if (isListType(type)) return [ordinaryValue(type.ofType)];
  if (isEnumType(type)) return type.getValues()[0]!.name;
  if (isInputObjectType(type)) return requiredFieldsOf(type, []);
  return (
    (
      {
        Int: 2023,
        Float: 1,
        Boolean: false,
        Date: '2023-01-01',
        DateTime: '2023-01-01T00:00:00Z',
        Decimal: '1',
      } as Record<string, unknown>
    )[getNamedType(type).name] ?? 'CCM'
  );
}

function requiredFieldsOf(type: GraphQLInputType, skip: string[]): Record<string, unknown> {
  const named = getNamedType(type);
  if (!isInputObjectType(named)) return {};
  return Object.fromEntries(
    Object.values(named.getFields())
      .filter((inner) => isNonNullType(inner.type) && inner.defaultValue === undefined && !skip.includes(inner.name))
      .map((inner) => [inner.name, ordinaryValue(inner.type)]),
  );
}

/** The argument's value with `text` at `path` (wrapped in a list where the schema has one). */
function valueAt(type: GraphQLInputType, path: string[], text: string): unknown {
  if (isNonNullType(type)) return valueAt(type.ofType, path, text);
  if (isListType(type)) return [valueAt(type.ofType, path, text)];
  if (path.length === 0) return text;
  const named = type as GraphQLNamedType;
  if (!isInputObjectType(named)) return text;
  const [head, ...rest] = path as [string, ...string[]];
  return { ...requiredFieldsOf(named, [head]), [head]: valueAt(named.getFields()[head]!.type, rest, text) };
}

function selectionFor(field: GraphQLField<unknown, unknown>): string {
  const type = getNamedType(field.type);
  if (!isObjectType(type)) return '';
  const fields = type.getFields();
  if (fields.totalCount) return '{ totalCount }';
  if (fields.total) return '{ total }';
  return '{ __typename }';
}

// Filter fields that only qualify another: StateFilter.convention says which treaty `status` means, and alone finds all.
const QUALIFIES: Record<string, Record<string, unknown>> = {
  'states(filter.convention)': { status: 'STATE_PARTY' },
};

function requestFor(
  { field, path }: StringArgument,
  text: string,
): { query: string; variables: Record<string, unknown> } {
  const [argumentName, ...inner] = path as [string, ...string[]];
  const qualified = QUALIFIES[`${field.name}(${path.join('.')})`];
  const args = field.args.filter(
    (arg) => arg.name === argumentName || (isNonNullType(arg.type) && arg.defaultValue === undefined),
  );
  const declared = args.map((arg) => `$${arg.name}: ${arg.type.toString()}`).join(', ');
  const passed = args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  const variables = Object.fromEntries(
    args.map((arg) => [arg.name, arg.name === argumentName ? valueAt(arg.type, inner, text) : ordinaryValue(arg.type)]),
  );
  if (qualified && inner.length === 1)
    variables[argumentName] = { ...(variables[argumentName] as Record<string, unknown>), ...qualified };
  return { query: `query Probe(${declared}) { ${field.name}(${passed}) ${selectionFor(field)} }`, variables };
}

/** Nothing found: null, a list of nulls, an empty page, a total of 0. */
function isNothing(value: unknown): boolean {
  if (value === null) return true;
  if (Array.isArray(value)) return value.every((item) => item === null);
  if (typeof value === 'object') {
    const record = value as { totalCount?: number; total?: number };
    return record.totalCount === 0 || record.total === 0;
  }
  return false;
}

describe.each(testBackends())('SQL injection in every string argument of every query on %s', (backend) => {
  let api: ApiFixture;
  let actors: Actors;
  beforeAll(async () => {
    api = await startApi({ backend });
    actors = await createActors(api, { stateIso3: 'CHE', otherStateIso3: 'AUT' });
  });
  afterAll(() => api.close());

  it('finds the filters and search terms in the schema', () => {
    const names = stringArguments.map(({ field, path }) => `${field.name}(${path.join('.')})`);
    expect(names).toEqual(
      expect.arrayContaining([
        'states(filter.search)',
        'meetings(filter.convention)',
        'transparencyReports(filter.state)',
        'users(filter.search)',
        'auditEvents(filter.action)',
        'state(iso3)',
        'assessmentScale(name)',
      ]),
    );
  });

  it('answers every injection with nothing or a refusal, and the database is untouched', async () => {
    const fingerprint = await contentFingerprint(api.database.prisma);
    const before = await fingerprint();
    const findings: string[] = [];

    for (const argument of stringArguments) {
      // Cursors are opaque: a made-up one may be refused or ignored, but must neither leak nor reach SQL. Being decoded
      // before anything else, a few of the strings show that.
      const isCursor = argument.path.length === 1 && ['after', 'before'].includes(argument.path[0]!);
      for (const text of isCursor ? SQL_INJECTIONS.slice(0, 3) : SQL_INJECTIONS) {
        const { query, variables } = requestFor(argument, text);
        // As an administrator, who may read everything: the injection is the only thing that could hide a row.
        const response = await post(api.url, { query, variables }, actors.admin.headers);
        const label = `${argument.field.name}(${argument.path.join('.')}: ${JSON.stringify(text)})`;
        expectNoLeak(response, label);
        const value = response.body?.data?.[argument.field.name];
        const refused = (response.body?.errors?.length ?? 0) > 0;
        // The UN's Arabic short name of the Netherlands (M49) holds a literal "_": found as the text it is, not a wildcard.
        const literalMatch = label === 'states(filter.search: "_")' && JSON.stringify(value) === '{"totalCount":1}';
        if (!refused && !isCursor && !isNothing(value) && !literalMatch)
          findings.push(`${label} found ${JSON.stringify(value)}`);
      }
    }

    expect(findings).toEqual([]);
    expect(await fingerprint()).toEqual(before);
    expect(await api.database.prisma.state.count()).toBe(197);
  });

  it('refuses a made-up cursor, and a made-up ID in nodes, as the client’s error', async () => {
    const cursor = await post(api.url, {
      query: 'query ($after: String) { meetings(after: $after) { totalCount } }',
      variables: { after: "' OR 1=1 --" },
    });
    expect(cursor.body?.errors).toEqual([
      expect.objectContaining({
        message: expect.stringMatching(/cursor .* is not one this API gave out/),
        extensions: { code: 'BAD_USER_INPUT', requestId: expect.any(String) },
      }),
    ]);
    const id = await post(api.url, {
      query: 'query ($ids: [ID!]!) { nodes(ids: $ids) { id } }',
      variables: { ids: ["' OR 1=1 --"] },
    });
    expectNoLeak(id);
  });

  it('still finds what an ordinary search finds', async () => {
    const search = async (text: string) =>
      (
        await post(api.url, {
          query: 'query ($s: String) { states(filter: { search: $s }) { totalCount } }',
          variables: { s: text },
        })
      ).body?.data;
    expect(await search('Switzerland')).toEqual({ states: { totalCount: 1 } });
    expect(await search('côte')).toEqual({ states: { totalCount: 1 } });
    expect(await search("Côte d'Ivoire")).toEqual({ states: { totalCount: 1 } });
    expect(await search('Côte d’Ivoire')).toEqual({ states: { totalCount: 1 } });
    expect(await search("Royaume-Uni de Grande-Bretagne et d'Irlande")).toEqual({ states: { totalCount: 1 } });
  });
});

describe.each(testBackends())('guessing API keys on %s', (backend) => {
  let api: ApiFixture;
  let key: string;
  let prefix: string;
  // Test addresses (RFC 5737) named in X-Forwarded-For.
  const from = (last: number) => ({ 'x-forwarded-for': `198.51.100.${last}` });

  beforeAll(async () => {
    api = await startApi({
      backend,
      seed: false,
      trustProxy: true,
      rateLimits: {
        perAddress: { points: 1_000, durationSeconds: 600 },
        perApiKey: { points: 1_000, durationSeconds: 600 },
        failedCredentials: { points: 5, durationSeconds: 600 },
      },
    });
    const adminId = await createUser(api.database.prisma, { email: 'admin@plenary.test', role: 'ADMIN' });
    const issued = newApiKey();
    await api.database.prisma.apiKey.create({
      data: {
        name: 'Partner',
        prefix: issued.prefix,
        secretHash: issued.secretHash,
        scopes: ['READ_PUBLIC'],
        createdById: adminId,
      },
    });
    key = issued.key;
    prefix = issued.prefix;
  });
  afterAll(() => api.close());

  it('stops an address guessing the secret of a real key after five failures, yet lets the right key through: 192 random bits cannot be guessed', async () => {
    const fingerprint = await contentFingerprint(api.database.prisma);
    const before = await fingerprint();
    const ask = (apiKey: string, address: number) =>
      post(api.url, { query: '{ __typename }' }, { 'x-api-key': apiKey, ...from(address) });

    for (let guess = 0; guess < 5; guess += 1) {
      const wrong = await ask(`plk_${prefix}_${String(guess).padStart(32, 'x')}`, 7);
      expect(wrong.status).toBe(401);
      expect(wrong.body?.errors?.[0]).toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
      expectNoLeak(wrong);
    }
    const refused = await ask(`plk_${prefix}_${'y'.repeat(32)}`, 7);
    expect(refused.status).toBe(429);
    expect(refused.body?.errors?.[0]).toMatchObject({ extensions: { code: 'RATE_LIMITED' } });
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    // Guesses and refused requests leave no trace in the data (the counts live in the rate limiter's own store).
    expect(await fingerprint()).toEqual(before);

    // The partner behind the same address (one NAT) is not locked out by someone else's guesses.
    expect((await ask(key, 7)).body).toEqual({
      data: { __typename: 'Query' },
      extensions: { cost: expect.any(Object) },
    });
    expect((await ask(key, 8)).body).toEqual({
      data: { __typename: 'Query' },
      extensions: { cost: expect.any(Object) },
    });
  });
});
