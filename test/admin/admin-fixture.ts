import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PlenaryServer } from '@plenary/api';
import { createUser, startAsNpmStartDoes, TEST_PASSWORD } from '@plenary/api/testing';
import type { Database } from '@plenary/db';
import type { TestBackend } from '@plenary/db/testing';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { build } from 'vite';
import { expect } from 'vitest';

const require = createRequire(import.meta.url);
const ADMIN_ROOT = fileURLToPath(new URL('../../apps/admin/', import.meta.url));
const SCREENSHOTS = fileURLToPath(new URL('../screenshots/', import.meta.url));
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

export const USERS = {
  admin: { email: 'admin@plenary.test', role: 'ADMIN' as const, name: 'Ada Admin' },
  secretariat: { email: 'secretariat@plenary.test', role: 'SECRETARIAT' as const, name: 'Sam Secretariat' },
  norway: { email: 'focal.point.nor@plenary.test', role: 'STATE' as const, name: 'Nora Focal', stateIso3: 'NOR' },
};

export interface AdminFixture {
  database: Database;
  server: PlenaryServer;
  /** The origin serving both the app at / and the API at /graphql. */
  url: string;
  context: BrowserContext;
  newPage(): Promise<Page>;
  /** Calls the API as one of the users, for set-up the test is not about. */
  graphql<Data>(user: keyof typeof USERS, query: string, variables?: Record<string, unknown>): Promise<Data>;
  close(): Promise<void>;
}

/** Builds the admin app with Vite's API into a folder of this test file's own, so parallel files never share one. */
async function buildAdminApp(): Promise<string> {
  const outDir = await mkdtemp(path.join(os.tmpdir(), 'plenary-admin-e2e-'));
  // Vitest sets NODE_ENV=test, which would make Vite bundle React's development build.
  process.env.NODE_ENV = 'production';
  await build({
    root: ADMIN_ROOT,
    configFile: path.join(ADMIN_ROOT, 'vite.config.ts'),
    mode: 'production',
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, sourcemap: false },
  });
  return outDir;
}

/**
 * The API as `npm start` serves it, with the freshly built admin app on the same origin, the demo users and three
 * users of the tests' own (ADMIN, SECRETARIAT, Norway's focal point), and a headless Chromium with a fresh profile.
 */
export async function startAdminFixture({ backend = 'pglite' }: { backend?: TestBackend } = {}): Promise<AdminFixture> {
  const distDir = await buildAdminApp();
  const running = await startAsNpmStartDoes({ backend, env: { PLENARY_ADMIN_DIR: distDir } });
  const { url, server, database } = running;
  for (const user of Object.values(USERS)) await createUser(database.prisma, user);

  const userDataDir = await mkdtemp(path.join(os.tmpdir(), 'plenary-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    acceptDownloads: true,
    viewport: { width: 1400, height: 1000 },
    baseURL: url,
  });
  context.setDefaultTimeout(15_000);
  const tokens = new Map<string, string>();

  const graphql = async <Data>(
    user: keyof typeof USERS,
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<Data> => {
    let token = tokens.get(user);
    if (!token) {
      const signIn = await post<{ signIn: { session?: { token: string } } }>(
        'mutation ($email: String!, $password: String!) { signIn(email: $email, password: $password) { ... on MutationSignInSuccess { session { token } } } }',
        { email: USERS[user].email, password: TEST_PASSWORD },
      );
      token = signIn.data?.signIn.session?.token;
      if (!token) throw new Error(`could not sign in ${user}`);
      tokens.set(user, token);
    }
    const body = await post<Data>(query, variables, token);
    if (body.errors?.length || !body.data) throw new Error(JSON.stringify(body.errors));
    return body.data;
  };

  async function post<Data>(
    query: string,
    variables: Record<string, unknown>,
    token?: string,
  ): Promise<{ data?: Data; errors?: unknown[] }> {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token && { authorization: `Bearer ${token}` }) },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as { data?: Data; errors?: unknown[] };
  }

  return {
    database,
    server,
    url,
    context,
    newPage: () => context.newPage(),
    graphql,
    close: async () => {
      await context.close();
      await running.close();
      await rm(userDataDir, { recursive: true, force: true });
      await rm(distDir, { recursive: true, force: true });
    },
  };
}

/** Signs in through the form and waits for the shell that names the user. */
export async function signIn(page: Page, user: keyof typeof USERS): Promise<void> {
  await page.goto('/');
  await page.getByLabel('E-mail address').fill(USERS[user].email);
  await page.getByLabel('Password').fill(TEST_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect.poll(() => page.locator('.current-user').textContent()).toContain(USERS[user].name);
}

/** Follows a link of the main navigation, as a user would. */
export async function openScreen(page: Page, label: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: label }).click();
  await page.getByRole('heading', { level: 1 }).first().waitFor();
}

let axeSource: Promise<string> | undefined;

/** Runs axe-core in the page and fails on any serious or critical violation, naming each. */
export async function expectAccessible(page: Page, screen: string): Promise<void> {
  axeSource ??= readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
  // Evaluated through the debugging protocol: the app's Content-Security-Policy refuses inline script tags.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(await axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run(context: Document): Promise<{
            violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[];
          }>;
        };
      }
    ).axe;
    const result = await axe.run(document);
    return result.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      targets: violation.nodes.slice(0, 3).map((node) => JSON.stringify(node.target)),
    }));
  });
  const serious = violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
  expect(serious, `axe on ${screen}`).toEqual([]);
}

/** Saves a full-page screenshot under test/screenshots/ (git-ignored). */
export async function screenshot(page: Page, name: string): Promise<void> {
  await mkdir(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** A calendar date `days` from today, YYYY-MM-DD, in the machine's time zone (the browser's too). */
export function dayFromToday(days: number): string {
  const date = new Date();
  date.setDate(date.getDate() + days);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
