import type { AddressInfo } from 'node:net';
import type http from 'node:http';
import { Prisma, queryRows } from '@plenary/db';
import { createTestDatabase, testBackends, type TestDatabase } from '@plenary/db/testing';
import express from 'express';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requestGuard } from '../src/http/request-guard.ts';
import type { Quota, RateLimits } from '../src/security/rate-limit.ts';
import { answerFromCache } from '../src/response-cache/early-answers.ts';
import { answerKey, ResponseCache } from '../src/response-cache/response-cache.ts';
import { createPartnerKey, createUser, TEST_PASSWORD } from './support/actors.ts';
import { startAsNpmStartDoes, type RunningPlenary } from './support/start-as-npm-start.ts';

// A repeated query is answered before Apollo (src/response-cache/early-answers.ts) when Apollo has answered it once
// and kept the answer. That path must write exactly what Apollo's own hit writes, and leave to Apollo every request
// it cannot answer as Apollo would.

/** What @plenary/sdk's client sends (packages/sdk/src/client.ts). */
const SDK_ACCEPT = 'application/graphql-response+json, application/json;q=0.9';

const STATES_PARTIES = `query StatesParties($on: Date!, $first: Int!) {
  states(filter: { status: STATE_PARTY, on: $on }, first: $first) {
    edges { node { iso3 name standing(on: $on) { status entryIntoForce } } }
  }
}`;

interface RawAnswer {
  status: number;
  headers: Headers;
  text: string;
}

async function post(url: string, body: unknown, headers: Record<string, string> = {}): Promise<RawAnswer> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return { status: response.status, headers: response.headers, text: await response.text() };
}

/** The answer's text with what every request changes (what is left of the caller's budget, and when it refills) blanked. */
function withoutBudgetLeft(text: string): string {
  return text.replace(/"remaining":\d+/g, '"remaining":_').replace(/"resetAt":"[^"]+"/g, '"resetAt":_');
}

/** The names of the header fields an answer carries. */
function headerNames(headers: Headers): string[] {
  const names: string[] = [];
  headers.forEach((_value, name) => names.push(name));
  return names.sort();
}

describe.each(testBackends())('answers from the cache before Apollo on %s, as npm start runs it', (backend) => {
  let plenary: RunningPlenary;
  const viewers: Record<'anonymous' | 'partner' | 'secretariat', Record<string, string>> = {
    anonymous: {},
    partner: {},
    secretariat: {},
  };

  beforeAll(async () => {
    plenary = await startAsNpmStartDoes({ backend });
    const { prisma } = plenary.database;
    const email = 'early-answers@secretariat.test';
    viewers.partner = await createPartnerKey(prisma, await createUser(prisma, { email, role: 'SECRETARIAT' }));
    const signIn = await post(plenary.url, {
      query: `mutation ($email: String!, $password: String!) {
        signIn(email: $email, password: $password) { ... on MutationSignInSuccess { session { token } } }
      }`,
      variables: { email, password: TEST_PASSWORD },
    });
    const { token } = (JSON.parse(signIn.text) as { data: { signIn: { session: { token: string } } } }).data.signIn
      .session;
    viewers.secretariat = { authorization: `Bearer ${token}` };
  });
  afterAll(() => plenary?.close());

  // Without an Accept header the answer is plain JSON; the SDK prefers GraphQL's own media type.
  // Each with a page size of its own, so that its first request is a miss: the key leaves the media type out.
  describe.each([
    ['no Accept header', {}, 20],
    ['the SDK’s Accept header', { accept: SDK_ACCEPT }, 21],
  ])('with %s', (_accept, acceptHeaders: Record<string, string>, first) => {
    it.each(['anonymous', 'partner', 'secretariat'] as const)(
      'writes a hit as Apollo writes its miss, status, headers and text, but for the budget left, as %s',
      async (viewer) => {
        const body = { query: STATES_PARTIES, variables: { on: '2024-01-01', first } };
        const headers = { ...viewers[viewer], ...acceptHeaders };
        const miss = await post(plenary.url, body, headers);
        const hit = await post(plenary.url, body, headers);
        expect([miss, hit].map((answer) => answer.headers.get('x-plenary-cache'))).toEqual(['MISS', 'HIT']);
        expect(JSON.parse(miss.text)).toMatchObject({ data: { states: { edges: expect.any(Array) } } });
        expect(hit.status).toBe(miss.status);
        expect(hit.headers.get('content-type')).toBe(miss.headers.get('content-type'));
        expect(headerNames(hit.headers)).toEqual(headerNames(miss.headers));
        expect(withoutBudgetLeft(hit.text)).toBe(withoutBudgetLeft(miss.text));
        expect(hit.text).toBe(JSON.stringify(JSON.parse(hit.text)));
      },
    );
  });

  it('charges a hit what the miss cost, and states the bucket after it', async () => {
    const body = { query: '{ states(first: 7) { edges { node { iso3 } } } }' };
    const budget = (answer: RawAnswer) =>
      (JSON.parse(answer.text) as { extensions: { cost: { rateLimit: { cost: number; remaining: number } } } })
        .extensions.cost.rateLimit;
    const miss = await post(plenary.url, body, viewers.partner);
    const hit = await post(plenary.url, body, viewers.partner);
    expect(budget(hit).cost).toBe(budget(miss).cost);
    expect(budget(hit).remaining).toBe(budget(miss).remaining - budget(hit).cost);
    expect(hit.headers.get('ratelimit')).toContain(`r=${budget(hit).remaining};`);
  });
});

describe.each(testBackends())('what the early answers leave to Apollo on %s', (backend) => {
  const QUERY = '{ states(first: 1) { edges { node { iso3 } } } }';
  const KEPT_DATA = '{"states":{"edges":[{"node":{"iso3":"AUT"}}]}}';
  const NOW = new Date('2026-12-06T12:00:00Z');
  const QUERY_HASH = 'the hash Apollo gave QUERY';
  const PERSISTED = { persistedQuery: { version: 1, sha256Hash: QUERY_HASH } };
  let database: TestDatabase;
  let cache: ResponseCache;
  let url: string;

  const generationNow = async () =>
    (
      await queryRows<{ generation: bigint }>(database.prisma, Prisma.sql`SELECT "generation" FROM "DataGeneration"`)
    )[0]!.generation;

  /** Keeps an answer to QUERY for an anonymous caller at the generation of now, as Apollo's plugin keeps a miss. */
  const keepAnswer = async () => {
    const known = { queryHash: QUERY_HASH, operationName: null, answerTypes: new Set(['State']) };
    cache.learn(QUERY, null, known);
    const key = answerKey({
      ...known,
      variables: {},
      answerScope: 'anonymous',
      generation: await generationNow(),
      now: NOW,
    });
    cache.keep(key, {
      data: JSON.parse(KEPT_DATA) as Record<string, unknown>,
      dataJson: KEPT_DATA,
      requestedQueryCost: 2,
    });
  };

  beforeAll(async () => {
    database = await createTestDatabase({ backend });
    cache = new ResponseCache({ maxBytes: 1024 * 1024 });
    url = await startStandIn(null);
    await keepAnswer();
  });
  afterAll(async () => {
    await Promise.all(servers.map((open) => new Promise((resolve) => open.close(resolve))));
    await database?.close();
  });

  const servers: http.Server[] = [];
  /** The early answers between the real guard and a stand-in for Apollo that says the request reached it. */
  async function startStandIn(rateLimits: RateLimits | null): Promise<string> {
    const logger = pino({ level: 'silent' });
    const now = () => NOW;
    const { prisma } = database;
    const app = express();
    app.use(
      '/graphql',
      requestGuard({ prisma, now, logger, rateLimits, maxQueryCost: 1000, answer: 'graphql' }),
      express.json(),
      answerFromCache({ cache, prisma, logger, now, maxQueryCost: 1000 }),
      (_request, response) => void response.status(299).send('Apollo'),
    );
    const started = app.listen(0, '127.0.0.1');
    servers.push(started);
    await new Promise((resolve) => started.once('listening', resolve));
    return `http://127.0.0.1:${(started.address() as AddressInfo).port}`;
  }

  /** Rate limits that let every request in, and charge a query's cost as `consumeQueryPoints` says. */
  const quotaLeft = (remaining: number): Quota => ({
    policy: 'address',
    limit: 100,
    windowSeconds: 60,
    remaining,
    resetSeconds: 60,
  });

  function rateLimitsCharging(consumeQueryPoints: RateLimits['consumeQueryPoints']): RateLimits {
    const quota = quotaLeft(99);
    // Only what the guard and the early answers call; the rest is never reached here.
    const used: Pick<RateLimits, 'queryCostPerPoint' | 'consumeRequest' | 'consumeQueryPoints'> = {
      queryCostPerPoint: 1,
      consumeRequest: async () => ({ allowed: true, quota }),
      consumeQueryPoints,
    };
    return used as RateLimits;
  }

  it('charges a kept answer to the caller’s budget, and states what is left', async () => {
    const budgeted = await startStandIn(rateLimitsCharging(async () => ({ allowed: true, quota: quotaLeft(98) })));
    const answer = await post(budgeted, { query: QUERY });
    expect(answer.status).toBe(200);
    expect(answer.headers.get('ratelimit')).toBe('"address";r=98;t=60');
  });

  it.each([
    [
      'refuses',
      async () => ({ allowed: false as const, message: 'Spent.', retryAfterSeconds: 60, quota: quotaLeft(0) }),
    ],
    ['fails', async (): Promise<never> => Promise.reject(new Error('the rate limits’ store is away'))],
  ])('leaves to Apollo a kept answer whose charge the budget %s', async (_case, consumeQueryPoints) => {
    const budgeted = await startStandIn(rateLimitsCharging(consumeQueryPoints));
    const answer = await post(budgeted, { query: QUERY });
    expect([answer.status, answer.text]).toEqual([299, 'Apollo']);
  });

  it.each([
    ['as text', { query: QUERY }, {}],
    ['as the SDK sends it, by its hash with the text filled in', { query: QUERY, extensions: PERSISTED }, {}],
    ['in GraphQL’s media type to a client that prefers it', { query: QUERY }, { accept: SDK_ACCEPT }],
  ])(
    'answers the kept query with its kept data and its cost, %s',
    async (_case, body, headers: Record<string, string>) => {
      const answer = await post(url, body, headers);
      expect(answer.status).toBe(200);
      expect(answer.headers.get('content-type')).toBe(
        headers.accept ? 'application/graphql-response+json; charset=utf-8' : 'application/json; charset=utf-8',
      );
      expect(answer.headers.get('x-plenary-cache')).toBe('HIT');
      expect(JSON.parse(answer.text)).toEqual({
        data: JSON.parse(KEPT_DATA),
        extensions: { cost: { requestedQueryCost: 2, maximumQueryCost: 1000, rateLimit: null } },
      });
    },
  );

  it.each([
    ['a query text it has not learnt', { query: `${QUERY} ` }, {}],
    ['other variables', { query: QUERY, variables: { first: 2 } }, {}],
    ['another operation name', { query: QUERY, operationName: 'Other' }, {}],
    [
      'a persisted query by a hash that is not its text’s',
      { query: QUERY, extensions: { persistedQuery: { version: 1, sha256Hash: 'other' } } },
      {},
    ],
    ['extensions besides the persisted query', { query: QUERY, extensions: { ...PERSISTED, tracing: true } }, {}],
    ['an Accept header Apollo refuses', { query: QUERY }, { accept: 'text/html' }],
    [
      'an Accept header preferring subscription callbacks',
      { query: QUERY },
      { accept: 'application/json; callbackSpec=1.0' },
    ],
    ['a body that is not a query', [{ query: QUERY }], {}],
  ])('leaves to Apollo %s', async (_case, body, headers: Record<string, string>) => {
    const answer = await post(url, body, headers);
    expect([answer.status, answer.text]).toEqual([299, 'Apollo']);
  });

  it('leaves to Apollo the kept query once a write has been committed, whoever wrote', async () => {
    expect((await post(url, { query: QUERY })).status).toBe(200);
    await database.prisma.organisation.create({
      data: { acronym: 'ICRC', name: 'ICRC', kind: 'INTERNATIONAL_ORGANISATION' },
    });
    expect((await post(url, { query: QUERY })).status).toBe(299);
    await keepAnswer();
    expect((await post(url, { query: QUERY })).status).toBe(200);
  });

  it('leaves to Apollo a caller who may see other answers than the one kept for', async () => {
    const answer = await post(url, { query: QUERY }, { authorization: 'Bearer not-a-session' });
    // The guard refuses unknown credentials before anything is answered, kept or not.
    expect(answer.status).toBe(401);
  });
});
