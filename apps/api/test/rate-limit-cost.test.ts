import { testBackends } from '@plenary/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql, textOf, type TypedDocumentNode } from './support/graphql.ts';
import { createPartnerKey, createUser } from './support/actors.ts';
import { expectData } from './support/expect-result.ts';
import { startAsNpmStartDoes, type RunningPlenary } from './support/start-as-npm-start.ts';

// A request spends points of its budget by what its query costs (README, "Rate limits"): max(1, ceil(cost / 100)).

const KEY_BUDGET = 100;
// 3: state, iso3, name -> 1 point.
const ONE_STATE = graphql(`
  query RateLimitCostOneState { state(iso3: "NOR") { iso3 name } }
`);
// 1 + 1 + 100 x (1 + 1 + 1) = 302 -> 4 points.
const HUNDRED_STATES = graphql(`
  query RateLimitCostHundredStates { states(first: 100) { edges { node { iso3 name } } } }
`);
// The same page and rateLimit (1 + 4 fields): 307 -> 4 points.
const RATE_LIMIT_AND_HUNDRED_STATES = graphql(`
  query RateLimitCostRateLimitAndHundredStates {
    rateLimit { cost limit remaining resetAt }
    states(first: 100) { edges { node { iso3 name } } }
  }
`);
// 1 + 1 + 100 x (node 1 + iso3 1 + delegations 1 + edges 1 + 20 x (node 1 + id 1 + submittedAt 1)) = 6 402 -> 65 points.
const STATES_WITH_DELEGATIONS = graphql(`
  query RateLimitCostStatesWithDelegations {
    states(first: 100) { edges { node { iso3 delegations(first: 20) { edges { node { id submittedAt } } } } } }
  }
`);
// 1 + 1 + 100 x (1 + 1 + 1 + 100 x (1 + 1)) = 20 302 -> 204 points, more than the whole budget of 100.
const MEETINGS_WITH_INVITATIONS = graphql(`
  query RateLimitCostMeetingsWithInvitations {
    meetings(first: 100) { edges { node { invitations(first: 100) { edges { node { id } } } } } }
  }
`);

interface CostExtension {
  requestedQueryCost: number | null;
  maximumQueryCost: number;
  rateLimit: { cost: number; limit: number; remaining: number; resetAt: string } | null;
}

interface Answer<Data> {
  status: number;
  headers: Headers;
  body: {
    data?: Data | null;
    errors?: { message: string; extensions?: { code?: string; retryAfterSeconds?: number } }[];
    extensions?: { cost?: CostExtension };
  };
}

/** What the `RateLimit` header says is left: `"api-key";r=96;t=42` -> 96. */
function remainingOf(headers: Headers): number {
  const remaining = /;r=(\d+);/.exec(headers.get('ratelimit') ?? '')?.[1];
  if (remaining === undefined) throw new Error(`no RateLimit header: ${headers.get('ratelimit')}`);
  return Number(remaining);
}

describe.each(testBackends())('a rate limit charged by query cost, on %s', (backend) => {
  let plenary: RunningPlenary;
  let createdById: string;

  beforeAll(async () => {
    // The one setting of the test's own: a key's budget small enough to spend in a test.
    plenary = await startAsNpmStartDoes({ backend, env: { PLENARY_RATE_LIMIT_PER_API_KEY: String(KEY_BUDGET) } });
    createdById = await createUser(plenary.database.prisma, { email: 'keys@plenary.test', role: 'ADMIN' });
  });
  afterAll(() => plenary?.close());

  /** A key of its own for each test, so that budgets do not mix. */
  const newKey = () => createPartnerKey(plenary.database.prisma, createdById);

  /** A typed document, or plain text for a query the schema refuses on purpose. */
  async function send<Data, Variables>(
    document: TypedDocumentNode<Data, Variables> | string,
    key: Record<string, string>,
  ): Promise<Answer<Data>> {
    const response = await fetch(`${plenary.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...key },
      body: JSON.stringify({ query: textOf(document) }),
    });
    return {
      status: response.status,
      headers: response.headers,
      body: (await response.json()) as Answer<Data>['body'],
    };
  }

  it('spends different points for queries of different cost, as the headers and extensions.cost state', async () => {
    const key = await newKey();
    const small = await send(ONE_STATE, key);
    expect(small.status).toBe(200);
    expect(small.body.extensions?.cost).toMatchObject({
      requestedQueryCost: 3,
      rateLimit: { cost: 1, limit: KEY_BUDGET, remaining: KEY_BUDGET - 1 },
    });
    expect(remainingOf(small.headers)).toBe(KEY_BUDGET - 1);

    const page = await send(HUNDRED_STATES, key);
    expect(page.status).toBe(200);
    expect(page.body.extensions?.cost).toMatchObject({
      requestedQueryCost: 302,
      rateLimit: { cost: 4, limit: KEY_BUDGET, remaining: KEY_BUDGET - 1 - 4 },
    });
    expect(remainingOf(page.headers)).toBe(KEY_BUDGET - 1 - 4);
    expect(page.headers.get('ratelimit-policy')).toBe(`"api-key";q=${KEY_BUDGET};w=60`);
  });

  it('answers rateLimit with the points the query spent, as its headers and extensions do', async () => {
    const key = await newKey();
    const { status, headers, body } = await send(RATE_LIMIT_AND_HUNDRED_STATES, key);
    expect(status).toBe(200);
    const { rateLimit } = expectData(body);
    expect(rateLimit).toMatchObject({ cost: 4, limit: KEY_BUDGET, remaining: KEY_BUDGET - 4 });
    expect(rateLimit).toEqual(body.extensions?.cost?.rateLimit);
    expect(remainingOf(headers)).toBe(rateLimit?.remaining);
  });

  it('is spent by a few expensive queries where a hundred small ones fit, and refuses the next with 429 without spending more', async () => {
    const key = await newKey();
    const spent = [];
    for (let request = 0; request < 2; request += 1) spent.push(await send(STATES_WITH_DELEGATIONS, key));
    expect(spent.map((answer) => [answer.status, answer.body.extensions?.cost?.rateLimit?.cost])).toEqual([
      [200, 65],
      [429, 1],
    ]);
    const refused = spent[1]!;
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(refused.body.data).toBeUndefined();
    expect(refused.body.errors).toEqual([
      {
        message: `This query costs 65 points, more than the 34 left to this API key in this window. Try again in ${retryAfter} seconds, or ask for smaller pages (first/last) or fewer fields.`,
        extensions: {
          code: 'RATE_LIMITED',
          retryAfterSeconds: retryAfter,
          requestId: refused.headers.get('x-request-id'),
        },
      },
    ]);
    // It spent its first point only: 100 - 65 - 1 = 34 left, as the headers, extensions.cost and the next answer say.
    expect(refused.headers.get('ratelimit')).toBe(`"api-key";r=34;t=${retryAfter}`);
    expect(refused.body.extensions?.cost).toMatchObject({
      requestedQueryCost: 6_402,
      rateLimit: { cost: 1, remaining: 34 },
    });
    const small = await send(ONE_STATE, key);
    expect(small.status).toBe(200);
    expect(small.body.extensions?.cost?.rateLimit).toMatchObject({ cost: 1, remaining: 33 });
  });

  it('refuses a query that costs more points than the whole budget holds as too costly, not as a wait', async () => {
    const key = await newKey();
    const { status, headers, body } = await send(MEETINGS_WITH_INVITATIONS, key);
    expect(status).toBe(400);
    expect(headers.get('retry-after')).toBeNull();
    expect(body.errors?.[0]).toMatchObject({
      message: `This query would cost 204 points, more than your whole rate limit of ${KEY_BUDGET} per window. Ask for smaller pages (first/last) or fewer fields.`,
      extensions: { code: 'QUERY_TOO_COSTLY' },
    });
    expect(body.extensions?.cost).toMatchObject({
      requestedQueryCost: 20_302,
      rateLimit: { cost: 1, remaining: KEY_BUDGET - 1 },
    });
  });

  it('charges a request that never gets as far as a query its first point', async () => {
    const key = await newKey();
    // Plain text: a field the schema lacks, which no typed document can ask for.
    const { status, headers, body } = await send('{ states(first: 100) { edges { node { noSuchField } } } }', key);
    expect(status).toBe(400);
    expect(body.extensions?.cost).toMatchObject({
      requestedQueryCost: null,
      rateLimit: { cost: 1, remaining: KEY_BUDGET - 1 },
    });
    expect(remainingOf(headers)).toBe(KEY_BUDGET - 1);
  });
});
