import cors from 'cors';
import { Router, type RequestHandler } from 'express';

// The headers a partner's browser app sends: credentials, the SDK's client name, Apollo's CSRF-prevention header, its own request ID.
const ALLOWED_HEADERS = [
  'content-type',
  'accept',
  'authorization',
  'x-api-key',
  'x-plenary-client',
  'apollo-require-preflight',
  'idempotency-key',
  'x-request-id',
];
// What a caller needs to read to back off, to page politely, to quote a request to us and to see a cached answer.
const EXPOSED_HEADERS = [
  'retry-after',
  'ratelimit',
  'ratelimit-policy',
  'x-request-id',
  'content-disposition',
  'x-plenary-cache',
];
/** Browsers may reuse a preflight answer for ten minutes. */
const PREFLIGHT_MAX_AGE_SECONDS = 600;

/**
 * CORS for browser apps on the allowed origins. Preflights are answered here, before the rate limits, so they spend
 * no one's budget; an origin not on the list gets no CORS headers and the browser refuses to read the answer.
 * Credentials travel in headers (API key, bearer token), never cookies, so `credentials` stays off.
 */
export function crossOriginMiddleware(allowedOrigins: readonly string[]): RequestHandler {
  const allowed = new Set(allowedOrigins);
  const router = Router();
  router.use(
    cors({
      origin: (origin, callback) => callback(null, origin !== undefined && allowed.has(origin)),
      methods: ['GET', 'POST'],
      allowedHeaders: ALLOWED_HEADERS,
      exposedHeaders: EXPOSED_HEADERS,
      maxAge: PREFLIGHT_MAX_AGE_SECONDS,
    }),
  );
  // cors lets a preflight from an origin not on the list through; it is answered here too, without CORS headers.
  router.use((request, response, next) => {
    if (request.method === 'OPTIONS') response.sendStatus(204);
    else next();
  });
  return router;
}
