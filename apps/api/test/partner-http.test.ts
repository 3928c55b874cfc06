import { createHash } from 'node:crypto';
import { gunzipSync } from 'node:zlib';
import { testBackends } from '@plenary/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAsNpmStartDoes, type RunningPlenary } from './support/start-as-npm-start.ts';

const PARTNER_ORIGIN = 'https://monitor.example.org';
const UNKNOWN_UUID = '00000000-0000-4000-8000-000000000000';

function globalId(typename: string, id: string): string {
  return Buffer.from(`${typename}:${id}`).toString('base64');
}

// HTTP as a partner's service or browser app meets it, on the server as `npm start` serves it.
describe.each(testBackends())('the API as partners meet it, on %s', (backend) => {
  let plenary: RunningPlenary;

  beforeAll(async () => {
    // The one setting of the test's own: a partner's browser app on another site is allowed.
    plenary = await startAsNpmStartDoes({ backend, env: { PLENARY_CORS_ORIGINS: `${PARTNER_ORIGIN}, https://second.example.org` } });
  });
  afterAll(() => plenary?.close());

  async function graphql(body: unknown, headers: Record<string, string> = {}) {
    const response = await fetch(`${plenary.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
    return { status: response.status, headers: response.headers, body: (await response.json()) as { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: { code?: string } }[] } };
  }

  describe('node', () => {
    it.each(['Meeting', 'State', 'Delegation', 'TransparencyReport', 'User', 'CostShare'])('answer null, without an error, for a %s ID that names nothing', async (typename) => {
      const { status, body } = await graphql({ query: 'query ($id: ID!) { node(id: $id) { id } }', variables: { id: globalId(typename, UNKNOWN_UUID) } });
      expect(status).toBe(200);
      expect(body).toEqual({ data: { node: null } });
    });

    it('answer null for an ID of a type that is not a node', async () => {
      const { body } = await graphql({ query: 'query ($id: ID!) { node(id: $id) { id } }', variables: { id: globalId('NoSuchType', UNKNOWN_UUID) } });
      expect(body).toEqual({ data: { node: null } });
    });

    it('keep refusing an ID that is not one the API gave out, as the client’s error', async () => {
      const { body } = await graphql({ query: 'query ($id: ID!) { node(id: $id) { id } }', variables: { id: 'not-an-id' } });
      expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    });
  });

  it('answers a persisted query whose hash is not the query’s as the client’s error, with a code', async () => {
    const { status, body } = await graphql({ query: '{ __typename }', extensions: { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } } });
    expect(status).toBe(400);
    expect(body.errors).toEqual([{ message: expect.stringContaining('is not the SHA-256 of the query sent'), extensions: { code: 'PERSISTED_QUERY_HASH_MISMATCH' } }]);

    const query = '{ __typename }';
    const matching = await graphql({ query, extensions: { persistedQuery: { version: 1, sha256Hash: createHash('sha256').update(query).digest('hex') } } });
    expect(matching.body).toEqual({ data: { __typename: 'Query' } });
  });

  describe('CORS', () => {
    async function preflight(origin: string) {
      return fetch(`${plenary.url}/graphql`, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type, x-api-key' },
      });
    }

    it('answers an allowed origin’s preflight with what it may send, without spending rate-limit points', async () => {
      const before = await graphql({ query: '{ __typename }' });
      const remainingBefore = Number(before.headers.get('ratelimit-remaining'));
      const responses = await Promise.all(Array.from({ length: 5 }, () => preflight(PARTNER_ORIGIN)));
      for (const response of responses) {
        expect(response.status).toBe(204);
        expect(response.headers.get('access-control-allow-origin')).toBe(PARTNER_ORIGIN);
        expect(response.headers.get('access-control-allow-headers')).toContain('x-api-key');
        expect(response.headers.get('access-control-allow-methods')).toBe('GET,POST');
        expect(response.headers.get('ratelimit-remaining')).toBeNull();
      }
      const after = await graphql({ query: '{ __typename }' });
      expect(Number(after.headers.get('ratelimit-remaining'))).toBe(remainingBefore - 1);
    });

    it('lets an allowed origin read the answer and the rate-limit headers', async () => {
      const { headers, body } = await graphql({ query: '{ __typename }' }, { origin: 'https://second.example.org' });
      expect(body).toEqual({ data: { __typename: 'Query' } });
      expect(headers.get('access-control-allow-origin')).toBe('https://second.example.org');
      expect(headers.get('access-control-expose-headers')).toContain('retry-after');
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
    const body = JSON.stringify({ query: '{ states(first: 100) { edges { node { iso3 names { en fr es ru zh ar } } } } }' });
    const gzipped = await fetch(`${plenary.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', 'accept-encoding': 'gzip' }, body });
    expect(gzipped.headers.get('content-encoding')).toBe('gzip');
    // fetch decodes gzip itself; the raw bytes show what went over the wire.
    const plain = await fetch(`${plenary.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', 'accept-encoding': 'identity' }, body });
    expect(plain.headers.get('content-encoding')).toBeNull();
    const plainText = await plain.text();
    expect(JSON.parse(plainText).data.states.edges).toHaveLength(100);
    const { request } = await import('node:http');
    const wire = await new Promise<Buffer>((resolve, reject) => {
      const outgoing = request(`${plenary.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', 'accept-encoding': 'gzip' } }, (incoming) => {
        const chunks: Buffer[] = [];
        incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
        incoming.on('end', () => resolve(Buffer.concat(chunks)));
      });
      outgoing.on('error', reject);
      outgoing.end(body);
    });
    expect(wire.length).toBeLessThan(plainText.length / 2);
    expect(gunzipSync(wire).toString()).toBe(plainText);
  });
});
