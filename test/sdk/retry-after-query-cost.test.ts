import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { createPartnerKey, createUser, startAsNpmStartDoes, type RunningPlenary } from '@plenary/api/testing';
import { createPlenaryClient, withRetry } from '@plenary/sdk';
import { parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// 1 + 1 + 100 x (node 1 + iso3 1 + name 1) = 302: 4 points of the key's budget (README, "Rate limits").
const HUNDRED_STATES: TypedDocumentNode<
  { states: { edges: { node: { iso3: string } }[] } },
  Record<string, never>
> = parse('{ states(first: 100) { edges { node { iso3 name } } } }');
// Two such queries fit, the third is refused for its cost until the window ends.
const KEY_BUDGET = 10;
const WINDOW_SECONDS = 2;

describe('withRetry against a budget spent by query cost', () => {
  let plenary: RunningPlenary;
  let apiKey: string;

  beforeAll(async () => {
    // A budget and a window small enough to spend and wait out in a test.
    plenary = await startAsNpmStartDoes({
      env: {
        PLENARY_RATE_LIMIT_PER_API_KEY: String(KEY_BUDGET),
        PLENARY_RATE_LIMIT_WINDOW_SECONDS: String(WINDOW_SECONDS),
      },
    });
    const createdById = await createUser(plenary.database.prisma, { email: 'keys@plenary.test', role: 'ADMIN' });
    apiKey = (await createPartnerKey(plenary.database.prisma, createdById))['x-api-key']!;
  });
  afterAll(() => plenary?.close());

  it('waits the Retry-After of a query refused for its cost, and then gets its answer', async () => {
    const answers: { status: number; retryAfter: string | null; remaining: string | null }[] = [];
    const recordingFetch: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      answers.push({
        status: response.status,
        retryAfter: response.headers.get('retry-after'),
        remaining: response.headers.get('ratelimit'),
      });
      return response;
    };
    const client = createPlenaryClient({
      url: `${plenary.url}/graphql`,
      apiKey,
      fetch: recordingFetch,
      persistedQueries: false,
    });
    for (let request = 0; request < 3; request += 1) {
      const { states } = await withRetry(() => client.request(HUNDRED_STATES), { maxDelaySeconds: WINDOW_SECONDS });
      expect(states.edges).toHaveLength(100);
    }
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 429, 200]);
    const refused = answers[2]!;
    expect(Number(refused.retryAfter)).toBeGreaterThan(0);
    expect(Number(refused.retryAfter)).toBeLessThanOrEqual(WINDOW_SECONDS);
    // 10 - 4 - 4 = 2 left, and the refused query spent its first point only: 1.
    expect(refused.remaining).toMatch(/^"api-key";r=1;/);
    expect(answers[3]!.remaining).toMatch(new RegExp(`^"api-key";r=${KEY_BUDGET - 4};`));
  });
});
