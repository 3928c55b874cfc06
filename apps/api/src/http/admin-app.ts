import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import express, { type Router } from 'express';

/** Where `npm run build` (Vite) puts the admin app: apps/admin/dist. */
export const DEFAULT_ADMIN_DIST_DIR = fileURLToPath(new URL('../../../admin/dist', import.meta.url));

// Paths the API itself answers; the app's fallback never shadows them.
const SERVER_PATHS = ['/graphql', '/health', '/graphiql'];
// Vite names built files by content hash, so they can be cached for good; index.html never is.
const ASSETS_PATH = '/assets';
const INDEX_FILE = 'index.html';
// Source maps are not served, should a build have left some in dist/: they hand out the app's source.
const SOURCE_MAP_EXTENSION = '.map';
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const NOT_BUILT_PAGE = `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8" /><title>Plenary</title></head>
  <body>
    <main>
      <h1>Plenary</h1>
      <p>The admin app has not been built yet. Run <code>npm run build</code> and reload this page.</p>
      <p>The API is at <a href="/graphql">/graphql</a> (try it in <a href="/graphiql">GraphiQL</a>).</p>
    </main>
  </body>
</html>`;

function isServerPath(requestPath: string): boolean {
  return SERVER_PATHS.some((prefix) => requestPath === prefix || requestPath.startsWith(`${prefix}/`));
}

/**
 * Serves the built admin app (apps/admin/dist) on the API's origin: its files, and index.html for every other
 * GET of a page path so that the app's own routes (/meetings/...) load on a reload or a shared link. Mount it
 * after `/graphql`, `/health` and `/graphiql`. Without a build, pages say to run `npm run build`.
 */
export function adminAppRouter({ distDir = DEFAULT_ADMIN_DIST_DIR }: { distDir?: string } = {}): Router {
  const router = express.Router();

  router.use((request, response, next) => {
    if (path.extname(request.path) === SOURCE_MAP_EXTENSION) {
      response.status(404).type('text').send('Not found');
      return;
    }
    next();
  });
  router.use(
    ASSETS_PATH,
    express.static(path.join(distDir, 'assets'), { immutable: true, maxAge: '1y', index: false, fallthrough: false }),
  );
  router.use(express.static(distDir, { index: false, maxAge: '1h' }));

  router.use((request, response, next) => {
    if ((request.method !== 'GET' && request.method !== 'HEAD') || isServerPath(request.path)) return next();
    // A missing file (favicon.ico, an old asset) is a 404, not the app.
    if (path.extname(request.path) !== '') return next();
    response.set({
      'cache-control': 'no-cache',
      'content-security-policy': CONTENT_SECURITY_POLICY,
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'same-origin',
    });
    if (!existsSync(path.join(distDir, INDEX_FILE))) {
      response.type('html').send(NOT_BUILT_PAGE);
      return;
    }
    // With a root, `send` looks for dot-segments only below it, so a clone under ~/.cache or ~/.local is served.
    response.sendFile(INDEX_FILE, { root: distDir });
  });
  return router;
}
