import { builder } from '../builder.ts';
import { DEFAULT_QUERY_COST_PER_POINT, type RateLimitStatus } from '../security/rate-limit.ts';

const RateLimitRef = builder.objectRef<RateLimitStatus>('RateLimit').implement({
  description:
    'Your rate limit as it stands after this request, as the RateLimit and RateLimit-Policy headers and `extensions.cost.rateLimit` state it too. ' +
    'An API key, a signed-in user and an address without credentials each have a budget of their own.',
  fields: (t) => ({
    cost: t.exposeInt('cost', {
      description:
        `Points this request spent: its requested query cost (extensions.cost.requestedQueryCost) divided by ${DEFAULT_QUERY_COST_PER_POINT} and rounded up ` +
        '(a server may be set to another divisor), and at least 1.',
    }),
    limit: t.exposeInt('limit', { description: 'Points your budget holds in each window.' }),
    remaining: t.exposeInt('remaining', {
      description:
        'Points left in the current window; at 0, requests are refused with HTTP 429 and Retry-After until resetAt.',
    }),
    resetAt: t.expose('resetAt', {
      type: 'DateTime',
      description: 'When the current window ends and the budget is full again.',
    }),
  }),
});

builder.queryField('rateLimit', (t) =>
  t.field({
    type: RateLimitRef,
    nullable: true,
    description:
      "Your rate limit after this request, as GitHub's API answers it. Null only on a server that runs without rate limits.",
    resolve: (_root, _args, context) => context.rateLimit?.status ?? null,
  }),
);
