import { createHash } from 'node:crypto';
import { gunzipSync } from 'node:zlib';
import { testBackends } from '@plenary/db/testing';
import { isObjectType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema } from '../src/schema/index.ts';
import { DEFAULT_QUERY_LIMITS } from '../src/security/query-limits.ts';
import { createPartnerKey, createUser } from './support/actors.ts';
import { startAsNpmStartDoes, type RunningPlenary } from './support/start-as-npm-start.ts';

// Raw HTTP on purpose, not typed documents: what a partner's client, without this repository's types, sends and gets
// (headers, CORS, GET, compression).
const PARTNER_ORIGIN = 'https://monitor.example.org';
const UNKNOWN_UUID = '00000000-0000-4000-8000-000000000000';
const KEY_BUDGET = 5;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

interface CostExtension {
  requestedQueryCost: number | null;
  maximumQueryCost: number;
  rateLimit: { cost: number; limit: number; remaining: number; resetAt: string } | null;
}

/** What the `RateLimit` header says is left: `"api-key";r=1187;t=42` -> 1187. */
function remainingOf(headers: Headers): number {
  const remaining = /;r=(\d+);/.exec(headers.get('ratelimit') ?? '')?.[1];
  if (remaining === undefined) throw new Error(`no RateLimit header: ${headers.get('ratelimit')}`);
  return Number(remaining);
}

function globalId(typename: string, id: string): string {
  return Buffer.from(`${typename}:${id}`).toString('base64');
}

// HTTP as a partner's service or browser app meets it, on the server as `npm start` serves it.
describe.each(testBackends())('the API as partners meet it, on %s', (backend) => {
  let plenary: RunningPlenary;

  const logLines: Record<string, unknown>[] = [];
  let partnerKey: Record<string, string>;

  beforeAll(async () => {
    // The settings of the test's own: a partner's browser app on another site is allowed, API keys have a budget small
    // enough to spend in a test, and the log is read at npm start's default level.
    plenary = await startAsNpmStartDoes({
      backend,
      env: {
        PLENARY_CORS_ORIGINS: `${PARTNER_ORIGIN}, https://second.example.org`,
        PLENARY_RATE_LIMIT_PER_API_KEY: String(KEY_BUDGET),
        LOG_LEVEL: 'info',
      },
      logDestination: { write: (line: string) => logLines.push(JSON.parse(line) as Record<string, unknown>) },
    });
    const createdById = await createUser(plenary.database.prisma, { email: 'keys@plenary.test', role: 'ADMIN' });
    partnerKey = await createPartnerKey(plenary.database.prisma, createdById);
  });
  afterAll(() => plenary?.close());

  async function graphql(body: unknown, headers: Record<string, string> = {}) {
    const response = await fetch(`${plenary.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });
    return {
      status: response.status,
      headers: response.headers,
      body: (await response.json()) as {
        data?: Record<string, unknown> | null;
        errors?: { message: string; extensions?: { code?: string; requestId?: string; retryAfterSeconds?: number } }[];
        extensions?: { cost?: CostExtension };
      },
    };
  }

  describe('request IDs', () => {
    it('gives every request an ID of its own, returned as x-request-id', async () => {
      const [first, second] = await Promise.all([
        graphql({ query: '{ __typename }' }),
        graphql({ query: '{ __typename }' }),
      ]);
      expect(first.headers.get('x-request-id')).toMatch(UUID);
      expect(second.headers.get('x-request-id')).toMatch(UUID);
      expect(first.headers.get('x-request-id')).not.toBe(second.headers.get('x-request-id'));
    });

    it('keeps the caller’s own x-request-id when it is sane, and replaces one that is not', async () => {
      const kept = await graphql({ query: '{ __typename }' }, { 'x-request-id': 'partner-trace.42:7_A' });
      expect(kept.headers.get('x-request-id')).toBe('partner-trace.42:7_A');
      for (const insane of ['two words', 'x'.repeat(129), 'quote"d', 'semi;colon']) {
        const replaced = await graphql({ query: '{ __typename }' }, { 'x-request-id': insane });
        expect(replaced.headers.get('x-request-id')).toMatch(UUID);
      }
    });

    it('puts it in the extensions of every error, wherever the request is refused', async () => {
      const refusals = [
        // Two validation errors from Apollo.
        graphql({ query: '{ noSuchField alsoNoSuchField }' }),
        // The guard: a key nobody issued.
        graphql({ query: '{ __typename }' }, { 'x-api-key': 'plk_madeup_madeupmadeupmadeup' }),
        // The body parser: not JSON.
        fetch(`${plenary.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: '{ not json',
        }).then(async (response) => ({
          status: response.status,
          headers: response.headers,
          body: (await response.json()) as { errors?: { extensions?: { requestId?: string } }[] },
        })),
        // Apollo's CSRF prevention: a GET without a header a cross-site form cannot set.
        fetch(`${plenary.url}/graphql?query=${encodeURIComponent('{ __typename }')}`).then(async (response) => ({
          status: response.status,
          headers: response.headers,
          body: (await response.json()) as { errors?: { extensions?: { requestId?: string } }[] },
        })),
      ];
      const answers = await Promise.all(refusals);
      expect(answers.map((answer) => answer.status)).toEqual([400, 401, 400, 400]);
      expect(answers.map((answer) => answer.body.errors?.length)).toEqual([2, 1, 1, 1]);
      for (const answer of answers) {
        for (const error of answer.body.errors ?? [])
          expect(error.extensions?.requestId).toBe(answer.headers.get('x-request-id'));
      }
    });

    it('names it on every log line written while the request is served', async () => {
      const before = logLines.length;
      await graphql({ query: '{ __typename }' }, { 'x-request-id': 'log-trace-1' });
      await graphql(
        { query: '{ __typename }' },
        { 'x-api-key': 'plk_madeup_madeupmadeupmadeup', 'x-request-id': 'log-trace-2' },
      );
      const written = logLines.slice(before);
      expect(written.map((line) => [line.requestId, line.msg, line.status])).toEqual([
        ['log-trace-1', 'request answered', 200],
        ['log-trace-2', 'request answered', 401],
      ]);
    });
  });

  describe('rate limits', () => {
    it('states the policy and what is left in RateLimit-Policy and RateLimit, and the same in extensions.cost', async () => {
      const anonymous = await graphql({ query: '{ states(first: 3) { edges { node { iso3 } } } }' });
      const cost = anonymous.body.extensions?.cost;
      // states 1 + edges 1 + 3 items x (node 1 + iso3 1)
      expect(cost).toEqual({
        requestedQueryCost: 8,
        maximumQueryCost: DEFAULT_QUERY_LIMITS.maxCost,
        rateLimit: { cost: 1, limit: expect.any(Number), remaining: expect.any(Number), resetAt: expect.any(String) },
      });
      expect(anonymous.headers.get('ratelimit-policy')).toMatch(
        new RegExp(`^"address";q=${cost?.rateLimit?.limit};w=60$`),
      );
      expect(anonymous.headers.get('ratelimit')).toMatch(
        new RegExp(`^"address";r=${cost?.rateLimit?.remaining};t=\\d+$`),
      );

      const partner = await graphql({ query: '{ __typename }' }, partnerKey);
      expect(partner.headers.get('ratelimit-policy')).toBe(`"api-key";q=${KEY_BUDGET};w=60`);
      expect(partner.headers.get('ratelimit')).toMatch(
        new RegExp(`^"api-key";r=${partner.body.extensions?.cost?.rateLimit?.remaining};t=\\d+$`),
      );
      expect(partner.body.extensions?.cost?.rateLimit).toMatchObject({ cost: 1, limit: KEY_BUDGET });
    });

    it('reports the cost of a refused query too', async () => {
      const { status, body } = await graphql({
        query:
          '{ meetings(first: 100) { edges { node { invitations(first: 100) { edges { node { id status capacity decidedAt decisionNote meeting { id } } } } } } } }',
      });
      expect(status).toBe(400);
      expect(body.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COSTLY');
      expect(body.extensions?.cost).toMatchObject({ requestedQueryCost: expect.any(Number), rateLimit: { cost: 1 } });
    });

    it('answers rateLimit as the headers and extensions of the same request do', async () => {
      const { headers, body } = await graphql({ query: '{ rateLimit { cost limit remaining resetAt } }' }, partnerKey);
      expect(body.errors).toBeUndefined();
      const { rateLimit } = body.data as { rateLimit: CostExtension['rateLimit'] };
      expect(rateLimit).toEqual(body.extensions?.cost?.rateLimit);
      expect(rateLimit).toMatchObject({ cost: 1, limit: KEY_BUDGET });
      expect(headers.get('ratelimit')).toMatch(new RegExp(`^"api-key";r=${rateLimit?.remaining};`));
    });

    it('sends RateLimit, RateLimit-Policy and Retry-After on the 429, with what was charged in extensions.cost', async () => {
      let refused: Awaited<ReturnType<typeof graphql>> | undefined;
      for (let request = 0; request <= KEY_BUDGET && !refused; request += 1) {
        const answer = await graphql({ query: '{ __typename }' }, partnerKey);
        if (answer.status === 429) refused = answer;
      }
      if (!refused) throw new Error(`the key was not refused after ${KEY_BUDGET + 1} requests`);
      const retryAfter = Number(refused.headers.get('retry-after'));
      expect(retryAfter).toBeGreaterThan(0);
      expect(refused.headers.get('ratelimit-policy')).toBe(`"api-key";q=${KEY_BUDGET};w=60`);
      expect(refused.headers.get('ratelimit')).toBe(`"api-key";r=0;t=${retryAfter}`);
      expect(refused.body.errors).toEqual([
        {
          message: expect.stringMatching(/Too many requests from this API key/),
          extensions: {
            code: 'RATE_LIMITED',
            retryAfterSeconds: retryAfter,
            requestId: refused.headers.get('x-request-id'),
          },
        },
      ]);
      expect(refused.body.extensions?.cost).toEqual({
        requestedQueryCost: null,
        maximumQueryCost: DEFAULT_QUERY_LIMITS.maxCost,
        rateLimit: { cost: 0, limit: KEY_BUDGET, remaining: 0, resetAt: expect.any(String) },
      });
    });
  });

  describe('nodes', () => {
    const NODE_TYPES = Object.values(schema.getTypeMap())
      .filter((type) => isObjectType(type) && type.getInterfaces().some((face) => face.name === 'Node'))
      .map((type) => type.name);

    async function knownStateId(): Promise<string> {
      const { body } = await graphql({ query: '{ states(first: 1) { edges { node { id } } } }' });
      return (body.data as { states: { edges: { node: { id: string } }[] } }).states.edges[0]!.node.id;
    }

    it('knows the node types it checks', () => {
      expect(NODE_TYPES).toEqual(
        expect.arrayContaining([
          'Meeting',
          'State',
          'Delegation',
          'TransparencyReport',
          'User',
          'CostShare',
          'Invitation',
          'AuditEvent',
        ]),
      );
    });

    it.each(NODE_TYPES)(
      'answer null at the place of a %s ID that names nothing, and resolve the known ones around it',
      async (typename) => {
        const stateId = await knownStateId();
        const { status, body } = await graphql({
          query: 'query ($ids: [ID!]!) { nodes(ids: $ids) { id } }',
          variables: { ids: [stateId, globalId(typename, UNKNOWN_UUID), stateId] },
        });
        expect(status).toBe(200);
        expect(body.errors).toBeUndefined();
        expect(body.data).toEqual({ nodes: [{ id: stateId }, null, { id: stateId }] });
      },
    );

    it('answer null at the place of an ID of a type that is not a node', async () => {
      const stateId = await knownStateId();
      const { body } = await graphql({
        query: 'query ($ids: [ID!]!) { nodes(ids: $ids) { id } }',
        variables: { ids: [globalId('NoSuchType', UNKNOWN_UUID), stateId] },
      });
      expect(body.errors).toBeUndefined();
      expect(body.data).toEqual({ nodes: [null, { id: stateId }] });
    });

    it('refuse a list holding an ID that is not one the API gave out, as the client’s error', async () => {
      const stateId = await knownStateId();
      const { status, body } = await graphql({
        query: 'query ($ids: [ID!]!) { nodes(ids: $ids) { id } }',
        variables: { ids: [stateId, 'not-an-id'] },
      });
      expect(status).toBe(200);
      expect(body.data).toBeNull();
      expect(body.errors).toEqual([
        expect.objectContaining({
          message: 'The ID is not one this API gave out for this kind of object.',
          extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }),
        }),
      ]);
    });
  });

  describe('node', () => {
    it.each(['Meeting', 'State', 'Delegation', 'TransparencyReport', 'User', 'CostShare'])(
      'answer null, without an error, for a %s ID that names nothing',
      async (typename) => {
        const { status, body } = await graphql({
          query: 'query ($id: ID!) { node(id: $id) { id } }',
          variables: { id: globalId(typename, UNKNOWN_UUID) },
        });
        expect(status).toBe(200);
        expect(body.errors).toBeUndefined();
        expect(body.data).toEqual({ node: null });
      },
    );

    it('answer null for an ID of a type that is not a node', async () => {
      const { body } = await graphql({
        query: 'query ($id: ID!) { node(id: $id) { id } }',
        variables: { id: globalId('NoSuchType', UNKNOWN_UUID) },
      });
      expect(body.errors).toBeUndefined();
      expect(body.data).toEqual({ node: null });
    });

    it('keep refusing an ID that is not one the API gave out, as the client’s error', async () => {
      const { body } = await graphql({
        query: 'query ($id: ID!) { node(id: $id) { id } }',
        variables: { id: 'not-an-id' },
      });
      expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    });
  });

  it('answers a persisted query whose hash is not the query’s as the client’s error, with a code', async () => {
    const { status, body } = await graphql({
      query: '{ __typename }',
      extensions: { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } },
    });
    expect(status).toBe(400);
    expect(body.errors).toEqual([
      {
        message: expect.stringContaining('is not the SHA-256 of the query sent'),
        extensions: { code: 'PERSISTED_QUERY_HASH_MISMATCH', requestId: expect.any(String) },
      },
    ]);

    const query = '{ __typename }';
    const matching = await graphql({
      query,
      extensions: { persistedQuery: { version: 1, sha256Hash: createHash('sha256').update(query).digest('hex') } },
    });
    expect(matching.body.data).toEqual({ __typename: 'Query' });
  });

  describe('CORS', () => {
    async function preflight(origin: string) {
      return fetch(`${plenary.url}/graphql`, {
        method: 'OPTIONS',
        headers: {
          origin,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'content-type, x-api-key',
        },
      });
    }

    it('answers an allowed origin’s preflight with what it may send, without spending rate-limit points', async () => {
      const before = await graphql({ query: '{ __typename }' });
      const remainingBefore = remainingOf(before.headers);
      const responses = await Promise.all(Array.from({ length: 5 }, () => preflight(PARTNER_ORIGIN)));
      for (const response of responses) {
        expect(response.status).toBe(204);
        expect(response.headers.get('access-control-allow-origin')).toBe(PARTNER_ORIGIN);
        expect(response.headers.get('access-control-allow-headers')).toContain('x-api-key');
        expect(response.headers.get('access-control-allow-methods')).toBe('GET,POST');
        expect(response.headers.get('ratelimit')).toBeNull();
      }
      const after = await graphql({ query: '{ __typename }' });
      expect(remainingOf(after.headers)).toBe(remainingBefore - 1);
    });

    it('lets an allowed origin read the answer, the rate-limit headers and whether the answer came from the cache', async () => {
      const { headers, body } = await graphql({ query: '{ __typename }' }, { origin: 'https://second.example.org' });
      expect(body.data).toEqual({ __typename: 'Query' });
      expect(headers.get('access-control-allow-origin')).toBe('https://second.example.org');
      expect(headers.get('access-control-expose-headers')?.split(',')).toEqual(
        expect.arrayContaining(['retry-after', 'ratelimit', 'ratelimit-policy', 'x-request-id', 'x-plenary-cache']),
      );
      expect(headers.get('x-plenary-cache')).toMatch(/^(HIT|MISS)$/);
    });

    it('gives an origin not on the list no CORS headers, so its browser refuses the answer', async () => {
      const response = await preflight('https://elsewhere.example.net');
      expect(response.status).toBe(204);
      expect(response.headers.get('access-control-allow-origin')).toBeNull();
      const { headers } = await graphql({ query: '{ __typename }' }, { origin: 'https://elsewhere.example.net' });
      expect(headers.get('access-control-allow-origin')).toBeNull();
    });
  });

  it('compresses answers for clients that accept gzip, and not for those that do not', async () => {
    const body = JSON.stringify({
      query: '{ states(first: 100) { edges { node { iso3 names { en fr es ru zh ar } } } } }',
    });
    const gzipped = await fetch(`${plenary.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-encoding': 'gzip' },
      body,
    });
    expect(gzipped.headers.get('content-encoding')).toBe('gzip');
    // fetch decodes gzip itself; the raw bytes show what went over the wire.
    const plain = await fetch(`${plenary.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-encoding': 'identity' },
      body,
    });
    expect(plain.headers.get('content-encoding')).toBeNull();
    const plainText = await plain.text();
    expect(JSON.parse(plainText).data.states.edges).toHaveLength(100);
    const { request } = await import('node:http');
    const wire = await new Promise<Buffer>((resolve, reject) => {
      const outgoing = request(
        `${plenary.url}/graphql`,
        { method: 'POST', headers: { 'content-type': 'application/json', 'accept-encoding': 'gzip' } },
        (incoming) => {
          const chunks: Buffer[] = [];
          incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
          incoming.on('end', () => resolve(Buffer.concat(chunks)));
        },
      );
      outgoing.on('error', reject);
      outgoing.end(body);
    });
    expect(wire.length).toBeLessThan(plainText.length / 2);
    // The same data; the rate-limit figures in extensions moved on by a request.
    expect(JSON.parse(gunzipSync(wire).toString()).data).toEqual(JSON.parse(plainText).data);
  });
});
