import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminAppRouter } from '../src/http/admin-app.ts';

const INDEX_HTML =
  '<!doctype html><html><body><div id="root"></div><script type="module" src="/assets/index-abc123.js"></script></body></html>';

async function serve(distDir: string): Promise<{ url: string; close: () => Promise<void> }> {
  const app = express();
  app.get('/health', (_request, response) => void response.json({ status: 'ok' }));
  app.use(adminAppRouter({ distDir }));
  // Stands in for Apollo: whatever the router lets through to /graphql must reach it.
  app.all(
    '/graphql',
    (request, response) => void response.status(400).json({ errors: [{ message: `graphql ${request.method}` }] }),
  );
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

describe('adminAppRouter', () => {
  let distDir: string;
  let built: Awaited<ReturnType<typeof serve>>;

  beforeAll(async () => {
    distDir = await mkdtemp(path.join(os.tmpdir(), 'plenary-admin-dist-'));
    await mkdir(path.join(distDir, 'assets'));
    await writeFile(path.join(distDir, 'index.html'), INDEX_HTML);
    await writeFile(path.join(distDir, 'assets', 'index-abc123.js'), 'console.log("app")');
    await writeFile(path.join(distDir, 'assets', 'index-abc123.js.map'), '{"version":3,"sources":["../src/main.tsx"]}');
    await writeFile(path.join(distDir, 'stray.js.map'), '{"version":3}');
    built = await serve(distDir);
  });

  afterAll(async () => {
    await built.close();
    await rm(distDir, { recursive: true, force: true });
  });

  it('serves the app at / with a content security policy', async () => {
    const response = await fetch(`${built.url}/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/html');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(await response.text()).toBe(INDEX_HTML);
  });

  it("answers the app's own routes with index.html, so reloads and shared links work", async () => {
    for (const route of ['/meetings', '/meetings/TWVldGluZzox', '/states/NOR', '/compliance?year=2024']) {
      const response = await fetch(`${built.url}${route}`);
      expect(response.status, route).toBe(200);
      expect(await response.text(), route).toBe(INDEX_HTML);
    }
  });

  it('serves no source map, even one a build left in dist', async () => {
    for (const file of ['/assets/index-abc123.js.map', '/stray.js.map']) {
      const response = await fetch(`${built.url}${file}`);
      expect(response.status, file).toBe(404);
      expect(await response.text(), file).not.toContain('sources');
    }
  });

  it('serves hashed assets to be cached for good', async () => {
    const response = await fetch(`${built.url}/assets/index-abc123.js`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('javascript');
    expect(response.headers.get('cache-control')).toContain('immutable');
  });

  it('answers a missing asset or file with 404, not with the app', async () => {
    expect((await fetch(`${built.url}/assets/index-old.js`)).status).toBe(404);
    expect((await fetch(`${built.url}/favicon.ico`)).status).toBe(404);
  });

  it('leaves /graphql, /health and other methods to the server', async () => {
    const graphqlGet = await fetch(`${built.url}/graphql?query=%7B__typename%7D`);
    expect(await graphqlGet.json()).toEqual({ errors: [{ message: 'graphql GET' }] });
    expect(await (await fetch(`${built.url}/health`)).json()).toEqual({ status: 'ok' });
    expect((await fetch(`${built.url}/meetings`, { method: 'POST' })).status).toBe(404);
  });

  it('serves the app from a clone under a folder whose name starts with a dot (~/.cache, ~/.local/src)', async () => {
    const hiddenDir = path.join(distDir, '.local', 'plenary', 'dist');
    await mkdir(path.join(hiddenDir, 'assets'), { recursive: true });
    await writeFile(path.join(hiddenDir, 'index.html'), INDEX_HTML);
    await writeFile(path.join(hiddenDir, 'assets', 'index-abc123.js'), 'console.log("app")');
    const hidden = await serve(hiddenDir);
    try {
      for (const route of ['/', '/meetings', '/assets/index-abc123.js']) {
        expect((await fetch(`${hidden.url}${route}`)).status, route).toBe(200);
      }
    } finally {
      await hidden.close();
    }
  });

  it('says to run npm run build when the app has not been built', async () => {
    const missing = await serve(path.join(distDir, 'not-built'));
    try {
      const response = await fetch(`${missing.url}/`);
      expect(response.status).toBe(200);
      expect(await response.text()).toContain('npm run build');
      expect((await fetch(`${missing.url}/graphql`)).status).toBe(400);
    } finally {
      await missing.close();
    }
  });
});
