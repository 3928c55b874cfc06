import { Writable } from 'node:stream';
import { createLogger as createPlainLogger } from '../src/logger.ts';
import { testBackends } from '@plenary/db/testing';
import { parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, DEFAULT_DEMO_PASSWORD, loadConfig } from '../src/config.ts';
import { schema } from '../src/schema/index.ts';
import { estimateQueryCost } from '../src/security/query-cost.ts';
import { createServer, type PlenaryServer } from '../src/server.ts';
import { startApi, type ApiFixture } from './support/api-fixture.ts';
import { createPartnerKey, createUser, TEST_PASSWORD } from './support/actors.ts';

// Raw text and HTTP on purpose, not typed documents: these probe how the server takes malformed,
// oversized and hostile requests.
interface RawResponse {
  status: number;
  headers: Headers;
  body: { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] };
}

async function post(url: string, body: unknown, headers: Record<string, string> = {}): Promise<RawResponse> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: response.status, headers: response.headers, body: (await response.json()) as RawResponse['body'] };
}

function firstError(response: RawResponse): { code?: string; message: string } {
  const error = response.body.errors?.[0];
  return { code: error?.extensions?.code, message: error?.message ?? '' };
}

describe('limits on what one request may ask', () => {
  let api: ApiFixture;
  beforeAll(async () => {
    api = await startApi({ backend: 'pglite', seed: false, queryLimits: { maxDepth: 4, maxCost: 500 } });
  });
  afterAll(() => api.close());

  it('refuses a query nested deeper than the limit', async () => {
    expect((await post(api.url, { query: '{ meetings { edges { node { id } } } }' })).status).toBe(200);
    const deep = await post(api.url, { query: '{ meetings { edges { node { convention { code } } } } }' });
    expect(deep.status).toBe(400);
    expect(firstError(deep)).toMatchObject({
      code: 'GRAPHQL_VALIDATION_FAILED',
      message: expect.stringMatching(/depth limit of 4/),
    });
  });

  it('refuses more than 30 aliases', async () => {
    const aliases = (count: number) =>
      `{ ${Array.from({ length: count }, (_, index) => `a${index}: meetings { totalCount }`).join(' ')} }`;
    expect((await post(api.url, { query: aliases(30) })).status).toBe(200);
    const many = await post(api.url, { query: aliases(31) });
    expect(many.status).toBe(400);
    expect(firstError(many)).toMatchObject({
      code: 'GRAPHQL_VALIDATION_FAILED',
      message: expect.stringMatching(/Aliases limit of 30/),
    });
  });

  it('refuses more than 50 directives', async () => {
    const query = `{ ${Array.from({ length: 51 }, (_, index) => `a${index % 30}: __typename @include(if: true)`).join(' ')} }`;
    const response = await post(api.url, { query });
    expect(response.status).toBe(400);
    expect(firstError(response).message).toMatch(/Directives limit of 50/);
  });

  it('stops parsing a document of more than 5000 tokens', async () => {
    const response = await post(api.url, { query: `{ ${'__typename '.repeat(5_001)}}` });
    expect(response.status).toBe(400);
    expect(firstError(response)).toMatchObject({
      code: 'GRAPHQL_PARSE_FAILED',
      message: expect.stringMatching(/5000 tokens/),
    });
  });

  it('counts the page sizes a query asks for, also when they come in variables', async () => {
    const query =
      'query ($size: Int) { meetings(first: $size) { edges { node { id code title opensOn closesOn city timeZone } } } }';
    expect((await post(api.url, { query, variables: { size: 10 } })).status).toBe(200);
    expect((await post(api.url, { query })).status).toBe(200);
    const costly = await post(api.url, { query, variables: { size: 100 } });
    expect(costly.status).toBe(400);
    expect(firstError(costly)).toEqual({
      code: 'QUERY_TOO_COSTLY',
      message: expect.stringMatching(/would cost 802, more than the limit of 500/),
    });
  });

  it('prices every field once per item of the pages around it', () => {
    const cost = (query: string, variables: Record<string, unknown> = {}) =>
      estimateQueryCost({ schema, document: parse(query), operationName: null, variables });
    expect(cost('{ meetings(first: 50) { totalCount edges { node { id code } } } }')).toBe(1 + 1 + 1 + 50 * 3);
    // Without first or last, a connection counts its default page size of 20.
    expect(cost('{ meetings { totalCount } a: meetings { edges { cursor node { id } } } }')).toBe(2 + 1 + 1 + 20 * 3);
    expect(cost('query ($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: ['a', 'b', 'c'] })).toBe(1 + 3);
    expect(cost('query A { meetings { totalCount } } query B { __typename }')).toBe(2);
  });

  it('answers 413 to a body larger than the limit', async () => {
    const response = await post(api.url, { query: '{ __typename }', variables: { padding: 'x'.repeat(1_000_001) } });
    expect(response.status).toBe(413);
    expect(firstError(response).code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('refuses a batch of operations in one request', async () => {
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]),
    });
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/batching/i);
  });

  it('refuses a text/plain POST, which any web page can send cross-site', async () => {
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/Cross-Site Request Forgery/);
  });

  it('refuses a GET without a preflight header, and a mutation sent with GET', async () => {
    const query = (text: string) => `${api.url}/graphql?query=${encodeURIComponent(text)}`;
    const simple = await fetch(query('{ __typename }'));
    expect(simple.status).toBe(400);
    expect(await simple.text()).toMatch(/Cross-Site Request Forgery/);
    const mutation = await fetch(query('mutation { signOut }'), { headers: { 'apollo-require-preflight': 'true' } });
    expect(mutation.status).toBe(405);
  });

  it('allows introspection and suggests field names in development', async () => {
    expect((await post(api.url, { query: '{ __schema { queryType { name } } }' })).status).toBe(200);
    expect(firstError(await post(api.url, { query: '{ meetngs { totalCount } }' })).message).toMatch(
      /Did you mean "meetings"/,
    );
  });

  it('serves GraphiQL in development', async () => {
    const response = await fetch(`${api.url}/graphiql`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('renderYogaGraphiQL');
  });
});

describe('in production', () => {
  let api: ApiFixture;
  beforeAll(async () => {
    api = await startApi({ backend: 'pglite', seed: false, production: true });
  });
  afterAll(() => api.close());

  it('refuses introspection', async () => {
    const response = await post(api.url, { query: '{ __schema { queryType { name } } }' });
    expect(response.status).toBe(400);
    expect(firstError(response).message).toMatch(/introspection/i);
  });

  it('does not suggest field names', async () => {
    const response = await post(api.url, { query: '{ meetngs { totalCount } }' });
    expect(response.status).toBe(400);
    expect(firstError(response).message).not.toMatch(/Did you mean/);
  });

  it('serves no GraphiQL page, which could not work without introspection', async () => {
    const response = await fetch(`${api.url}/graphiql`);
    expect(await response.text()).not.toContain('renderYogaGraphiQL');
  });
});

describe('configuration from the environment', () => {
  it('turns introspection off in production unless PLENARY_INTROSPECTION says otherwise', () => {
    expect(loadConfig({ NODE_ENV: 'development' }).introspection).toBe(true);
    expect(loadConfig({ NODE_ENV: 'production' }).introspection).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', PLENARY_INTROSPECTION: 'true' }).introspection).toBe(true);
  });

  it('has generous rate limits unless told otherwise, and names a variable that is wrong', () => {
    const config = loadConfig({ PLENARY_RATE_LIMIT_PER_ADDRESS: '120', PLENARY_MAX_QUERY_COST: '10000' });
    expect(config.rateLimits.perAddress).toEqual({ points: 120, durationSeconds: 60 });
    expect(config.rateLimits.perUser).toEqual({ points: 6_000, durationSeconds: 60 });
    expect(config.rateLimits.queryCostPerPoint).toBe(100);
    expect(loadConfig({ PLENARY_RATE_LIMIT_QUERY_COST_PER_POINT: '250' }).rateLimits.queryCostPerPoint).toBe(250);
    expect(() => loadConfig({ PLENARY_RATE_LIMIT_QUERY_COST_PER_POINT: '0' })).toThrow(
      /^PLENARY_RATE_LIMIT_QUERY_COST_PER_POINT: /,
    );
    expect(config.rateLimits.failedCredentials).toEqual({ points: 50, durationSeconds: 900 });
    expect(config.rateLimits.failedSignInsPerAccount).toEqual({ points: 10, durationSeconds: 900 });
    expect(config.queryLimits).toMatchObject({ maxCost: 10_000, maxDepth: 15, maxAliases: 30, maxTokens: 5_000 });
    expect(() => loadConfig({ PLENARY_RATE_LIMIT_PER_API_KEY: 'lots' })).toThrow(ConfigError);
    expect(() => loadConfig({ PLENARY_RATE_LIMIT_PER_API_KEY: 'lots' })).toThrow(/^PLENARY_RATE_LIMIT_PER_API_KEY: /);
  });

  it('makes demo users with the documented password only outside production', () => {
    expect(loadConfig({ NODE_ENV: 'development' }).demoPassword).toBe(DEFAULT_DEMO_PASSWORD);
    expect(loadConfig({ NODE_ENV: 'production' }).demoPassword).toBeNull();
    expect(loadConfig({ NODE_ENV: 'production', PLENARY_DEMO_PASSWORD: 'a production secret' }).demoPassword).toBe(
      'a production secret',
    );
    expect(() => loadConfig({ PLENARY_DEMO_PASSWORD: 'short' })).toThrow(
      /^PLENARY_DEMO_PASSWORD: must be at least 12 characters/,
    );
  });

  it('reads which proxies to trust', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ PLENARY_TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(loadConfig({ PLENARY_TRUST_PROXY: 'loopback' }).trustProxy).toBe('loopback');
  });
});

describe('logs', () => {
  it('leave out passwords, tokens, keys and personal data', () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    const logger = createPlainLogger('info', sink);
    logger.info(
      {
        req: { headers: { authorization: 'Bearer secret-token', 'x-api-key': 'plk_0123456789ab_secret' } },
        variables: {
          email: 'someone@example.org',
          password: 'hunter2 hunter2',
          input: { members: [{ givenName: 'Ada', familyName: 'Lovelace' }] },
        },
        user: { email: 'officer@example.org', passwordHash: '$argon2id$...' },
        apiKey: { secretHash: 'abc' },
        session: { token: 'session-token' },
        member: { givenName: 'Grace', familyName: 'Hopper', email: 'grace@example.org', phone: '+41 22 000 00 00' },
      },
      'request',
    );
    const line = lines.join('');
    for (const secret of [
      'secret-token',
      'plk_0123456789ab_secret',
      'someone@example.org',
      'hunter2',
      'Ada',
      'Lovelace',
      'officer@example.org',
      '$argon2id',
      'abc',
      'session-token',
      'Grace',
      'Hopper',
      'grace@example.org',
      '+41',
    ]) {
      expect(line, secret).not.toContain(secret);
    }
    expect(line).toContain('[redacted]');
  });
});

describe.each(testBackends())('rate limits on %s', (backend) => {
  const RATE_LIMITS = {
    perAddress: { points: 3, durationSeconds: 600 },
    perApiKey: { points: 5, durationSeconds: 600 },
    failedCredentials: { points: 2, durationSeconds: 600 },
  };
  let api: ApiFixture;
  let partnerKey: Record<string, string>;
  let adminId: string;
  // Test addresses (RFC 5737) named in X-Forwarded-For; each test has its own, so budgets do not mix.
  const from = (last: number) => ({ 'x-forwarded-for': `203.0.113.${last}` });

  beforeAll(async () => {
    api = await startApi({ backend, seed: false, trustProxy: true, rateLimits: RATE_LIMITS });
    adminId = await createUser(api.database.prisma, { email: 'admin@plenary.test', role: 'ADMIN' });
    partnerKey = await createPartnerKey(api.database.prisma, adminId);
  });
  afterAll(() => api.close());

  it('answers 429 with Retry-After once an address has spent its requests', async () => {
    for (let request = 0; request < 3; request += 1)
      expect((await post(api.url, { query: '{ __typename }' }, from(1))).status).toBe(200);
    const refused = await post(api.url, { query: '{ __typename }' }, from(1));
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(firstError(refused)).toEqual({
      code: 'RATE_LIMITED',
      message: expect.stringMatching(/Too many requests from your address/),
    });
    expect((await post(api.url, { query: '{ __typename }' }, from(2))).status).toBe(200);
  });

  it('counts requests with an API key against the key, wherever they come from', async () => {
    for (let request = 0; request < 5; request += 1)
      expect((await post(api.url, { query: '{ __typename }' }, { ...partnerKey, ...from(10 + request) })).status).toBe(
        200,
      );
    const refused = await post(api.url, { query: '{ __typename }' }, { ...partnerKey, ...from(20) });
    expect(refused.status).toBe(429);
    expect(firstError(refused).message).toMatch(/this API key/);
    expect((await post(api.url, { query: '{ __typename }' }, from(20))).status).toBe(200);
  });

  it('stops an address from guessing passwords after two failed sign-ins', async () => {
    await createUser(api.database.prisma, { email: 'officer@plenary.test', role: 'SECRETARIAT' });
    const signIn = (password: string, address: number) =>
      post(
        api.url,
        {
          query:
            'mutation ($password: String!) { signIn(email: "officer@plenary.test", password: $password) { __typename } }',
          variables: { password },
        },
        from(address),
      );
    for (let attempt = 0; attempt < 2; attempt += 1) {
      expect((await signIn('wrong password', 30)).body.data).toEqual({ signIn: { __typename: 'ForbiddenError' } });
    }
    const refused = await signIn(TEST_PASSWORD, 30);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(firstError(refused)).toEqual({
      code: 'RATE_LIMITED',
      message: expect.stringMatching(/Too many failed sign-ins/),
    });
    expect((await signIn(TEST_PASSWORD, 31)).body.data).toEqual({ signIn: { __typename: 'MutationSignInSuccess' } });
  });

  it('stops an address from guessing API keys and session tokens', async () => {
    const madeUp = (index: number) => ({ 'x-api-key': `plk_00000000000${index}_${'x'.repeat(32)}` });
    expect((await post(api.url, { query: '{ __typename }' }, { ...madeUp(1), ...from(40) })).status).toBe(401);
    expect(
      (await post(api.url, { query: '{ __typename }' }, { authorization: 'Bearer made-up', ...from(40) })).status,
    ).toBe(401);
    const refused = await post(api.url, { query: '{ __typename }' }, { ...madeUp(2), ...from(40) });
    expect(refused.status).toBe(429);
    expect(firstError(refused).code).toBe('RATE_LIMITED');
  });

  it.runIf(backend === 'postgres')('shares the counts between API processes through Postgres', async () => {
    const second: PlenaryServer = await createServer({
      prisma: api.database.prisma,
      logger: createPlainLogger('silent'),
      production: false,
      introspection: true,
      bodyLimitBytes: 1_000_000,
      trustProxy: true,
      rateLimits: { ...RATE_LIMITS, store: { kind: 'postgres', url: api.database.url! } },
    });
    const secondUrl = await second.listen({ port: 0, host: '127.0.0.1' });
    try {
      expect((await post(api.url, { query: '{ __typename }' }, from(50))).status).toBe(200);
      expect((await post(secondUrl, { query: '{ __typename }' }, from(50))).status).toBe(200);
      expect((await post(api.url, { query: '{ __typename }' }, from(50))).status).toBe(200);
      expect((await post(secondUrl, { query: '{ __typename }' }, from(50))).status).toBe(429);
    } finally {
      await second.close();
    }
  });
});
