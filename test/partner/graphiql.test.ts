import { startAsNpmStartDoes, type RunningPlenary } from '@plenary/api/testing';
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

// GraphiQL as a partner developer first meets the API, served by `npm start` in development.
describe('GraphiQL in a browser', () => {
  let plenary: RunningPlenary;
  let browser: Browser;

  beforeAll(async () => {
    plenary = await startAsNpmStartDoes();
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  });
  afterAll(async () => {
    await browser?.close();
    await plenary?.close();
  });

  it('loads its editors and their workers without writing an error or a warning to the console', async () => {
    const page = await browser.newPage();
    const messages: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning')
        messages.push(`${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => messages.push(`pageerror: ${error.message}`));
    page.on('response', (response) => {
      if (response.status() >= 400) messages.push(`${response.status()}: ${response.url()}`);
    });
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));
    await page.goto(`${plenary.url}/graphiql`);
    await page.locator('.graphiql-execute-button').waitFor({ timeout: 60_000 });
    // The editors start their language workers once they are shown; the errors came from there, again and again.
    await expect.poll(() => workers.length, { timeout: 30_000 }).toBeGreaterThan(0);
    await page.locator('.graphiql-query-editor').click();
    await page.keyboard.type('{ __typename');
    await page.waitForTimeout(3_000);
    expect(messages).toEqual([]);
    expect(workers.every((url) => url.startsWith(`${plenary.url}/graphiql/assets/monacoeditorwork/`))).toBe(true);
  });
});
