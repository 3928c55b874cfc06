import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createPartnerKey, createUser, startAsNpmStartDoes, type RunningPlenary } from '@plenary/api/testing';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** A partner's site: an empty page on an origin of its own (another port is another origin). */
async function servePartnerSite(): Promise<{ origin: string; close(): Promise<void> }> {
  const server = http.createServer((_request, response) =>
    response.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>Partner</title>'),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://localhost:${(server.address() as AddressInfo).port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

interface PageAnswer {
  ok: boolean;
  status?: number;
  data?: unknown;
  rateLimit?: string | null;
  error?: string;
}

// The browser partner of issue 16: a page on another site, listed in PLENARY_CORS_ORIGINS, calls the API with its key.
describe('a partner’s browser app on another origin', () => {
  let plenary: RunningPlenary;
  let browser: Browser;
  let listed: Awaited<ReturnType<typeof servePartnerSite>>;
  let unlisted: Awaited<ReturnType<typeof servePartnerSite>>;
  let apiKey: string;

  beforeAll(async () => {
    listed = await servePartnerSite();
    unlisted = await servePartnerSite();
    // The one setting of the test's own: the partner's origin is allowed.
    plenary = await startAsNpmStartDoes({ env: { PLENARY_CORS_ORIGINS: listed.origin } });
    const createdById = await createUser(plenary.database.prisma, { email: 'keys@plenary.test', role: 'ADMIN' });
    apiKey = (await createPartnerKey(plenary.database.prisma, createdById))['x-api-key']!;
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  });
  afterAll(async () => {
    await browser?.close();
    await plenary?.close();
    await listed?.close();
    await unlisted?.close();
  });

  // Each call opens a page in a fresh browser context, whose preflight cache is empty: the query is preflighted every time.
  async function queryFrom(origin: string): Promise<PageAnswer> {
    const page = await browser.newPage();
    await page.goto(origin);
    const answer = await page.evaluate(
      async ({ url, key }) => {
        try {
          // A JSON body and an API key header: the browser sends a preflight first.
          const response = await fetch(url, {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'x-api-key': key },
            body: JSON.stringify({ query: '{ state(iso3: "NOR") { iso3 } }' }),
          });
          return {
            ok: true,
            status: response.status,
            data: ((await response.json()) as { data?: unknown }).data,
            rateLimit: response.headers.get('ratelimit'),
          };
        } catch (error) {
          return { ok: false, error: String(error) };
        }
      },
      { url: `${plenary.url}/graphql`, key: apiKey },
    );
    await page.close();
    return answer;
  }

  it('gets data with a preflighted query from an origin on the list, and the preflight spends no points', async () => {
    const first = await queryFrom(listed.origin);
    expect(first).toMatchObject({ ok: true, status: 200, data: { state: { iso3: 'NOR' } } });
    const second = await queryFrom(listed.origin);
    expect(second.ok).toBe(true);
    const remaining = (answer: PageAnswer) => Number(/;r=(\d+);/.exec(answer.rateLimit ?? '')?.[1]);
    // The second query and its preflight spent one point: the preflight none.
    expect(remaining(first) - remaining(second)).toBe(1);
  });

  it('is refused by the browser from an origin not on the list', async () => {
    const answer = await queryFrom(unlisted.origin);
    expect(answer).toMatchObject({ ok: false, error: expect.stringMatching(/Failed to fetch/) });
  });
});
