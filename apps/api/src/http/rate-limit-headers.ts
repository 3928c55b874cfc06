import type { Response } from 'express';
import type { Quota } from '../security/rate-limit.ts';

/**
 * The quota a request was counted against, in the header fields of draft-ietf-httpapi-ratelimit-headers (-10):
 * `RateLimit-Policy: "api-key";q=1200;w=60` (1 200 points per 60 s window) and `RateLimit: "api-key";r=1187;t=42`
 * (1 187 left, all back in 42 s). Sent on every counted answer, the 429 included.
 */
export function rateLimitHeaders(quota: Quota): Map<string, string> {
  return new Map([
    ['ratelimit-policy', `"${quota.policy}";q=${quota.limit};w=${quota.windowSeconds}`],
    ['ratelimit', `"${quota.policy}";r=${quota.remaining};t=${quota.resetSeconds}`],
  ]);
}

export function setRateLimitHeaders(response: Response, quota: Quota): void {
  for (const [name, value] of rateLimitHeaders(quota)) response.setHeader(name, value);
}
