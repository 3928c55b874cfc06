import { randomBytes } from 'node:crypto';
import { testBackends } from '@plenary/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newApiKey } from '../src/auth/tokens.ts';
import type { RateLimitSettings } from '../src/security/rate-limit.ts';
import { createPartnerKey, createUser, signIn, startApi, TEST_PASSWORD, type ApiFixture } from './support/index.ts';

// The guard in front of /graphql and /documents (src/http/request-guard.ts): who is asking is settled before whose
// budget a request spends (issue 15, finding 3), and nobody can lock a partner or a colleague out with failures of
// their own (issue 16; issue 15, finding 8). Raw HTTP on purpose: the guard decides by headers, keys and paths before
// any document is read.

const RATE_LIMITS = {
  perAddress: { points: 6, durationSeconds: 600 },
  perApiKey: { points: 5, durationSeconds: 600 },
  perUser: { points: 3, durationSeconds: 600 },
  failedCredentials: { points: 4, durationSeconds: 600 },
  failedSignInsPerAccount: { points: 3, durationSeconds: 600 },
} satisfies Omit<RateLimitSettings, 'store'>;

interface Answer {
  status: number;
  headers: Headers;
  text: string;
  /** The first GraphQL error's code and message, when the answer is a GraphQL one. */
  error?: { code?: string; message: string };
}

async function answerOf(response: Response): Promise<Answer> {
  const text = await response.text();
  const type = response.headers.get('content-type') ?? '';
  const error = type.includes('json')
    ? (JSON.parse(text) as { errors?: { message: string; extensions?: { code?: string } }[] }).errors?.[0]
    : undefined;
  return {
    status: response.status,
    headers: response.headers,
    text,
    ...(error && { error: { code: error.extensions?.code, message: error.message } }),
  };
}

/** A key in the right format that nobody issued, behind `prefix` (a made-up one by default). */
const madeUpKey = (prefix = randomBytes(6).toString('hex')) => `plk_${prefix}_${randomBytes(24).toString('base64url')}`;

describe.each(testBackends())('the request guard on %s', (backend) => {
  let api: ApiFixture;
  let partnerKey: string;
  let partnerPrefix: string;
  // Test addresses (RFC 5737) named in X-Forwarded-For; each test has its own, so budgets do not mix.
  const from = (last: number) => ({ 'x-forwarded-for': `192.0.2.${last}` });

  const graphql = async (query: string, headers: Record<string, string>, variables?: Record<string, unknown>) =>
    answerOf(
      await fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      }),
    );
  const download = async (path: string, headers: Record<string, string>) =>
    answerOf(await fetch(`${api.url}${path}`, { headers }));
  const signInFrom = (email: string, password: string, address: number) =>
    graphql(
      'mutation ($email: String!, $password: String!) { signIn(email: $email, password: $password) { __typename ... on MutationSignInSuccess { session { token } } } }',
      from(address),
      { email, password },
    );

  beforeAll(async () => {
    api = await startApi({ backend, trustProxy: true, rateLimits: RATE_LIMITS });
    const adminId = await createUser(api.database.prisma, { email: 'admin@plenary.test', role: 'ADMIN' });
    partnerKey = (await createPartnerKey(api.database.prisma, adminId))['x-api-key']!;
    partnerPrefix = /^plk_([0-9a-f]{12})_/.exec(partnerKey)![1]!;
    for (const email of [
      'officer@plenary.test',
      'colleague@plenary.test',
      'guessed@plenary.test',
      'other@plenary.test',
    ]) {
      await createUser(api.database.prisma, { email, role: 'SECRETARIAT' });
    }
  });
  afterAll(() => api.close());

  it('never spends a real key’s budget on forged secrets behind its prefix, and keeps no counter per made-up prefix', async () => {
    for (let request = 0; request < 12; request += 1) {
      const forged = await graphql('{ __typename }', { 'x-api-key': madeUpKey(partnerPrefix), ...from(1) });
      const madeUp = await graphql('{ __typename }', { 'x-api-key': madeUpKey(), ...from(2) });
      for (const refused of [forged, madeUp]) expect([401, 429]).toContain(refused.status);
    }
    const partner = await graphql('{ __typename }', { 'x-api-key': partnerKey, ...from(3) });
    expect(partner.status).toBe(200);
    expect(partner.headers.get('ratelimit')).toMatch(
      new RegExp(`^"api-key";r=${RATE_LIMITS.perApiKey.points - 1};t=\\d+$`),
    );
    if (backend === 'postgres') {
      const perKey = await api.database.prisma.$queryRaw<
        { key: string }[]
      >`SELECT key FROM rate_limits WHERE key LIKE 'perApiKey:%'`;
      expect(perKey.map((row) => row.key)).toEqual([`perApiKey:key:${partnerPrefix}`]);
    }
  });

  it('counts unknown keys as failures of their address, and then refuses them with 429 and Retry-After', async () => {
    for (let failure = 0; failure < RATE_LIMITS.failedCredentials.points; failure += 1) {
      const refused = await graphql('{ __typename }', { 'x-api-key': madeUpKey(), ...from(10) });
      expect(refused.status).toBe(401);
      expect(refused.error?.code).toBe('UNAUTHENTICATED');
    }
    const locked = await graphql('{ __typename }', { 'x-api-key': madeUpKey(), ...from(10) });
    expect(locked.status).toBe(429);
    expect(locked.error).toEqual({
      code: 'RATE_LIMITED',
      message: expect.stringMatching(/Too many failed sign-ins or unknown keys from your address/),
    });
    expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('lets a valid key and a valid session through from an address locked by others’ failures, but not a password', async () => {
    const session = await signIn(api, 'colleague@plenary.test');
    for (let failure = 0; failure <= RATE_LIMITS.failedCredentials.points; failure += 1)
      await graphql('{ __typename }', { authorization: 'Bearer made-up', ...from(20) });
    // Partners and colleagues behind one NAT: their keys and sessions cannot be guessed, so they are not held back.
    expect((await graphql('{ __typename }', { 'x-api-key': partnerKey, ...from(20) })).status).toBe(200);
    expect((await graphql('{ me { email } }', { ...session, ...from(20) })).text).toContain('colleague@plenary.test');
    // A password can be guessed: no sign-in from there until the window ends.
    const signIn20 = await signInFrom('colleague@plenary.test', TEST_PASSWORD, 20);
    expect(signIn20.status).toBe(429);
    expect(signIn20.error?.message).toMatch(/from your address/);
  });

  it('locks sign-ins to one account after its failures from anywhere, and only that account', async () => {
    for (let attempt = 0; attempt < RATE_LIMITS.failedSignInsPerAccount.points; attempt += 1) {
      expect((await signInFrom('guessed@plenary.test', 'wrong password', 30 + attempt)).text).toContain(
        'ForbiddenError',
      );
    }
    const locked = await signInFrom('guessed@plenary.test', TEST_PASSWORD, 39);
    expect(locked.status).toBe(429);
    expect(locked.error).toEqual({
      code: 'RATE_LIMITED',
      message: expect.stringMatching(/Too many failed sign-ins to this account/),
    });
    expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(0);
    // The addresses that failed once each may still sign in to other accounts.
    expect((await signInFrom('other@plenary.test', TEST_PASSWORD, 30)).text).toContain('MutationSignInSuccess');
  });

  it('does not count a session that has ended as a guess: its holder gets 401 each time, not 429', async () => {
    const session = await signIn(api, 'officer@plenary.test');
    await api.database.prisma.session.updateMany({
      where: { user: { email: 'officer@plenary.test' } },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    for (let request = 0; request < RATE_LIMITS.perAddress.points; request += 1) {
      const ended = await graphql('{ me { email } }', { ...session, ...from(40) });
      expect(ended.status).toBe(401);
      expect(ended.error?.message).toMatch(/sign in again/);
    }
  });

  it('counts a signed-in user’s requests against the user, not the address, once the session is checked', async () => {
    const officer = await signIn(api, 'officer@plenary.test');
    const colleague = await signIn(api, 'colleague@plenary.test');
    for (let request = 0; request < RATE_LIMITS.perUser.points; request += 1)
      expect((await graphql('{ me { email } }', { ...officer, ...from(50) })).status).toBe(200);
    const refused = await graphql('{ me { email } }', { ...officer, ...from(51) });
    expect(refused.status).toBe(429);
    expect(refused.error).toEqual({
      code: 'RATE_LIMITED',
      message: expect.stringMatching(/Too many requests from your account/),
    });
    expect((await graphql('{ me { email } }', { ...colleague, ...from(50) })).status).toBe(200);
    expect((await graphql('{ __typename }', from(50))).status).toBe(200);
  });

  it('guards /documents as /graphql: made-up keys are refused and counted, then 429 in plain text', async () => {
    const path = '/documents/meetings/11MSP/convening-note.txt';
    expect((await download(path, from(60))).status).toBe(200);
    for (let failure = 0; failure < RATE_LIMITS.failedCredentials.points; failure += 1) {
      const refused = await download(path, { 'x-api-key': madeUpKey(), ...from(61) });
      expect(refused.status).toBe(401);
      expect(refused.text).toMatch(/This API key is not valid/);
    }
    const locked = await download(path, { 'x-api-key': madeUpKey(), ...from(61) });
    expect(locked.status).toBe(429);
    expect(locked.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(0);
    // The failures on /documents lock sign-ins on /graphql from that address too.
    expect((await signInFrom('other@plenary.test', TEST_PASSWORD, 61)).status).toBe(429);
  });

  it('limits anonymous downloads per address, and a partner’s downloads per key', async () => {
    const path = '/documents/meetings/11MSP/participants.csv?variant=public';
    for (let request = 0; request < RATE_LIMITS.perAddress.points; request += 1)
      expect((await download(path, from(70))).status).toBe(200);
    const refused = await download(path, from(70));
    expect(refused.status).toBe(429);
    expect(refused.text).toMatch(/Too many requests from your address/);
    const issued = newApiKey();
    const adminId = (await api.database.prisma.user.findUniqueOrThrow({ where: { email: 'admin@plenary.test' } })).id;
    await api.database.prisma.apiKey.create({
      data: {
        name: 'Downloads',
        prefix: issued.prefix,
        secretHash: issued.secretHash,
        scopes: ['READ_PUBLIC'],
        createdById: adminId,
      },
    });
    for (let request = 0; request < RATE_LIMITS.perApiKey.points; request += 1)
      expect((await download(path, { 'x-api-key': issued.key, ...from(70) })).status).toBe(200);
    expect((await download(path, { 'x-api-key': issued.key, ...from(71) })).status).toBe(429);
  });
});
