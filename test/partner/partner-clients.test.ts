import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gql, ServerError } from '@apollo/client';
import { createPartnerKey, createUser, startAsNpmStartDoes, type RunningPlenary } from '@plenary/api/testing';
import { Client, fetchExchange, gql as urqlGql } from '@urql/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApolloClient } from './clients/apollo-client.ts';
import { plenaryFetch } from './clients/fetch-client.ts';
import { createUrqlClient } from './clients/urql-client.ts';

// The clients partners really use (issue 16), each set up as the README says, against the API as `npm start` serves it.

const CLIENTS = ['fetch-client.ts', 'urql-client.ts', 'apollo-client.ts'];
// Small enough to spend in a test; paging through every State spends about a dozen points.
const KEY_BUDGET = 60;
const PAGE_SIZE = 50;

const STATES_PAGE = `query StatesPage($first: Int!, $after: String) {
  states(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id iso3 } } }
}`;
// A partner key may read, not revoke keys: the answer is a member of the result union, not an error.
const REVOKE_KEY = `mutation Revoke($id: ID!) {
  revokeApiKey(id: $id) { __typename ... on ForbiddenError { code message } }
}`;
const SMALL_QUERY = '{ __typename }';

interface StatesPage {
  states: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { node: { id: string; iso3: string } }[];
  };
}

const globalId = (typename: string, id: string) => Buffer.from(`${typename}:${id}`).toString('base64');
const SOME_API_KEY_ID = globalId('ApiKey', '00000000-0000-4000-8000-000000000000');

/** Pages through every State with the cursors the API gives, whatever client fetches a page. */
async function allStates(
  fetchPage: (after: string | null) => Promise<StatesPage>,
): Promise<{ iso3: string[]; totalCount: number }> {
  const iso3: string[] = [];
  let after: string | null = null;
  for (;;) {
    const { states } = await fetchPage(after);
    iso3.push(...states.edges.map((edge) => edge.node.iso3));
    if (!states.pageInfo.hasNextPage) return { iso3, totalCount: states.totalCount };
    after = states.pageInfo.endCursor;
  }
}

/** Sends `send` until it is refused; the refusal, after at most the whole budget. */
async function untilRefused<Answer>(
  send: () => Promise<Answer>,
  refused: (answer: Answer) => boolean,
): Promise<Answer> {
  for (let request = 0; request <= KEY_BUDGET; request += 1) {
    const answer = await send();
    if (refused(answer)) return answer;
  }
  throw new Error(`not refused after ${KEY_BUDGET + 1} requests`);
}

describe('the README’s client settings', () => {
  it('show each client exactly as the file that runs as a test', async () => {
    const readme = await readFile(path.resolve(import.meta.dirname, '../../README.md'), 'utf8');
    for (const client of CLIENTS)
      expect(readme, client).toContain(await readFile(path.join(import.meta.dirname, 'clients', client), 'utf8'));
  });
});

describe('a partner’s own client against npm start', () => {
  let plenary: RunningPlenary;
  let url: string;
  let createdById: string;
  let stateCount: number;

  beforeAll(async () => {
    plenary = await startAsNpmStartDoes({ env: { PLENARY_RATE_LIMIT_PER_API_KEY: String(KEY_BUDGET) } });
    url = `${plenary.url}/graphql`;
    createdById = await createUser(plenary.database.prisma, { email: 'keys@plenary.test', role: 'ADMIN' });
    stateCount = await plenary.database.prisma.state.count();
  });
  afterAll(() => plenary?.close());

  /** A key of its own for each client, so that budgets do not mix. */
  const newKey = async () => (await createPartnerKey(plenary.database.prisma, createdById))['x-api-key']!;

  it('plain fetch: queries with variables, pages by cursor, meets a ForbiddenError result and a 429', async () => {
    const key = await newKey();
    const states = await allStates(
      async (after) => (await plenaryFetch(url, key, STATES_PAGE, { first: PAGE_SIZE, after })).body.data as StatesPage,
    );
    expect(states.iso3).toHaveLength(stateCount);
    expect(new Set(states.iso3).size).toBe(stateCount);
    expect(states.totalCount).toBe(stateCount);

    const revoked = await plenaryFetch(url, key, REVOKE_KEY, { id: SOME_API_KEY_ID });
    expect(revoked.body.data.revokeApiKey).toMatchObject({ __typename: 'ForbiddenError', code: 'FORBIDDEN' });

    const refused = await untilRefused(
      () => plenaryFetch(url, key, SMALL_QUERY),
      (answer) => answer.status === 429,
    );
    expect(Number(refused.retryAfter)).toBeGreaterThan(0);
    expect(refused.body.errors[0].extensions).toMatchObject({
      code: 'RATE_LIMITED',
      retryAfterSeconds: Number(refused.retryAfter),
    });
  });

  it('urql as the README sets it up: the same, with the 429 in result.error', async () => {
    const client = createUrqlClient(url, await newKey());
    const states = await allStates(async (after) => {
      const result = await client
        .query<StatesPage>(STATES_PAGE, { first: PAGE_SIZE, after }, { requestPolicy: 'network-only' })
        .toPromise();
      if (result.error) throw result.error;
      return result.data!;
    });
    expect(states.iso3).toHaveLength(stateCount);
    expect(states.totalCount).toBe(stateCount);

    const revoked = await client.mutation(REVOKE_KEY, { id: SOME_API_KEY_ID }).toPromise();
    expect(revoked.error).toBeUndefined();
    expect(revoked.data.revokeApiKey).toMatchObject({ __typename: 'ForbiddenError', code: 'FORBIDDEN' });

    const refused = await untilRefused(
      () => client.query(urqlGql(SMALL_QUERY), {}, { requestPolicy: 'network-only' }).toPromise(),
      (result) => result.error !== undefined,
    );
    const response = refused.error?.response as Response;
    expect(response.status).toBe(429);
    expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(refused.error?.graphQLErrors[0]?.extensions).toMatchObject({
      code: 'RATE_LIMITED',
      retryAfterSeconds: Number(response.headers.get('retry-after')),
    });
    expect(refused.error?.message).toMatch(/Too many requests from this API key/);
  });

  it('urql with its defaults sends a short query as GET, and is told to POST it', async () => {
    const client = new Client({
      url,
      exchanges: [fetchExchange],
      fetchOptions: { headers: { 'x-api-key': await newKey() } },
    });
    const result = await client.query(SMALL_QUERY, {}).toPromise();
    expect(result.data).toBeUndefined();
    expect((result.error?.response as Response).status).toBe(400);
    expect(result.error?.graphQLErrors[0]?.extensions?.code).toBe('BAD_REQUEST');
    expect(result.error?.message).toBe(
      '[GraphQL] This request was refused as a possible Cross-Site Request Forgery (CSRF). Send queries as POST with Content-Type: application/json ' +
        '(urql: preferGetMethod: false), or add the header Apollo-Require-Preflight: true to a GET.',
    );
  });

  it('Apollo Client 4 as the README sets it up: the same, with the 429 as its error', async () => {
    const client = createApolloClient(url, await newKey());
    const states = await allStates(async (after) => {
      const result = await client.query<StatesPage>({
        query: gql(STATES_PAGE),
        variables: { first: PAGE_SIZE, after },
        fetchPolicy: 'network-only',
      });
      return result.data!;
    });
    expect(states.iso3).toHaveLength(stateCount);
    expect(states.totalCount).toBe(stateCount);

    const revoked = await client.mutate<{ revokeApiKey: { __typename: string; code?: string } }>({
      mutation: gql(REVOKE_KEY),
      variables: { id: SOME_API_KEY_ID },
    });
    expect(revoked.data?.revokeApiKey).toMatchObject({ __typename: 'ForbiddenError', code: 'FORBIDDEN' });

    const refused = await untilRefused(
      () =>
        client.query({ query: gql(SMALL_QUERY), fetchPolicy: 'network-only' }).then(
          () => null,
          (error: unknown) => error,
        ),
      (error) => error !== null,
    );
    // A 429 is not a GraphQL result: Apollo Client raises a ServerError with the response and its body.
    if (!ServerError.is(refused)) throw new Error(`expected a ServerError, got ${String(refused)}`);
    expect(refused.statusCode).toBe(429);
    const retryAfter = Number(refused.response.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(JSON.parse(refused.bodyText).errors[0].extensions).toMatchObject({
      code: 'RATE_LIMITED',
      retryAfterSeconds: retryAfter,
    });
  });
});
