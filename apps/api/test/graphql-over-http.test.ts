import { serverAudits } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type ApiFixture } from './support/api-fixture.ts';

// The audits only ask for `__typename` and malformed requests: nothing reads the database, so one backend serves.
// Raw HTTP on purpose, not typed documents: graphql-http's audits check the transport itself.
describe('GraphQL over HTTP', () => {
  let api: ApiFixture;
  beforeAll(async () => {
    api = await startApi({ backend: 'pglite', seed: false });
  });
  afterAll(() => api.close());

  const audits = serverAudits({ url: () => `${api.url}/graphql` });

  it.each(audits.filter((audit) => audit.name.startsWith('MUST')).map((audit) => [audit.name, audit] as const))(
    '%s',
    async (_name, audit) => {
      const result = await audit.fn();
      expect(result.status === 'ok' ? 'ok' : `${result.status}: ${result.reason}`).toBe('ok');
    },
  );

  it('answers application/graphql-response+json to a client that asks for it', async () => {
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/graphql-response\+json/);
    expect(await response.json()).toEqual({ data: { __typename: 'Query' }, extensions: { cost: expect.any(Object) } });
  });

  it('answers in compact JSON, without indentation', async () => {
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(await response.text()).toMatch(/^\{"data":\{"__typename":"Query"\},"extensions":\{"cost":\{[^\s]*\}\}\}$/);
  });

  it('runs a query sent with GET, given a header that a cross-site form cannot set', async () => {
    const url = `${api.url}/graphql?query=${encodeURIComponent('{ __typename }')}`;
    const response = await fetch(url, {
      headers: { 'apollo-require-preflight': 'true', accept: 'application/graphql-response+json' },
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { __typename: 'Query' }, extensions: { cost: expect.any(Object) } });
  });

  it('refuses a mutation sent with GET', async () => {
    const url = `${api.url}/graphql?query=${encodeURIComponent('mutation { signOut }')}`;
    const response = await fetch(url, { headers: { 'apollo-require-preflight': 'true' } });
    expect(response.status).toBe(405);
  });
});
