import { testBackends } from '@plenary/db/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_DEMO_PASSWORD } from '../../src/config.ts';
import { startAsNpmStartDoes, type RunningPlenary } from '../support/start-as-npm-start.ts';
import { post } from './reliability-support.ts';

// What the README says to set behind a reverse proxy: without PLENARY_TRUST_PROXY the API sees one address, the
// proxy's, and every client behind it shares that address's budget and lockout.

// Small budgets, so that a few requests reach them (the defaults are 600 requests a minute and 50 failures).
const BUDGETS = { PLENARY_RATE_LIMIT_PER_ADDRESS: '4', PLENARY_RATE_LIMIT_FAILED_CREDENTIALS: '2' };
const SIGN_IN =
  'mutation ($email: String!, $password: String!) { signIn(email: $email, password: $password) { __typename } }';
// Test addresses (RFC 5737) as a proxy names its clients.
const client = (last: number) => ({ 'x-forwarded-for': `203.0.113.${last}` });
const madeUpKey = { 'x-api-key': `plk_000000000000_${'x'.repeat(32)}` };

describe.each(testBackends())('behind a reverse proxy on %s', (backend) => {
  const running: RunningPlenary[] = [];
  afterAll(async () => {
    for (const api of running) await api.close();
  });
  const start = async (env: Record<string, string>) => {
    const api = await startAsNpmStartDoes({ backend, env: { ...BUDGETS, ...env } });
    running.push(api);
    return api;
  };
  const signIn = (api: RunningPlenary, from: number) =>
    post(
      api.url,
      { query: SIGN_IN, variables: { email: 'secretariat@plenary.local', password: DEFAULT_DEMO_PASSWORD } },
      client(from),
    );

  it('counts every client as the proxy’s address when PLENARY_TRUST_PROXY is unset: one budget, one lockout for all', async () => {
    const api = await start({});
    for (let request = 0; request < 4; request += 1)
      expect((await post(api.url, { query: '{ __typename }' }, client(request))).status).toBe(200);
    const refused = await post(api.url, { query: '{ __typename }' }, client(9));
    expect(refused.status).toBe(429);
    expect(refused.body?.errors?.[0]?.message).toMatch(/Too many requests from your address/);

    // Two made-up keys from two clients lock the one address: a third client cannot sign in with the right password.
    const locked = await start({});
    for (const from of [1, 2])
      expect((await post(locked.url, { query: '{ __typename }' }, { ...madeUpKey, ...client(from) })).status).toBe(401);
    const signInRefused = await signIn(locked, 3);
    expect(signInRefused.status).toBe(429);
    expect(signInRefused.body?.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/Too many failed sign-ins or unknown keys from your address/),
      extensions: { code: 'RATE_LIMITED' },
    });
  });

  it('gives each client its own budget and lockout when PLENARY_TRUST_PROXY trusts the proxy', async () => {
    const api = await start({ PLENARY_TRUST_PROXY: 'loopback' });
    for (let request = 0; request < 4; request += 1)
      expect((await post(api.url, { query: '{ __typename }' }, client(1))).status).toBe(200);
    expect((await post(api.url, { query: '{ __typename }' }, client(1))).status).toBe(429);
    expect((await post(api.url, { query: '{ __typename }' }, client(2))).status).toBe(200);

    for (let failure = 0; failure < 2; failure += 1)
      expect((await post(api.url, { query: '{ __typename }' }, { ...madeUpKey, ...client(5) })).status).toBe(401);
    expect((await post(api.url, { query: '{ __typename }' }, { ...madeUpKey, ...client(5) })).status).toBe(429);
    const signInRefused = await signIn(api, 5);
    expect(signInRefused.status).toBe(429);
    expect(signInRefused.body?.errors?.[0]?.message).toMatch(
      /Too many failed sign-ins or unknown keys from your address/,
    );
    expect((await signIn(api, 6)).body?.data).toEqual({ signIn: { __typename: 'MutationSignInSuccess' } });
  });
});
