import { testBackends } from '@plenary/db/testing';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createActors, type Actors } from './support/actors.ts';
import { startApi, type ApiFixture } from './support/api-fixture.ts';
import { createQueryCounter } from './support/query-counter.ts';
import type * as StatesPage from '../src/hot-reads/states-page.ts';

// Each hot read (src/hot-reads) answers in one statement what Prisma's path answers: the same document is asked with
// the statement and again with it answering "not covered" (null), so the resolver goes through Prisma, and the two
// answers are compared whole, for every kind of viewer.
const hotReads = vi.hoisted(() => ({ prismaOnly: false }));
vi.mock('../src/hot-reads/states-page.ts', async (importOriginal) => {
  const original = await importOriginal<typeof StatesPage>();
  return { ...original, statesPageInOneStatement: (options: Parameters<typeof original.statesPageInOneStatement>[0]) => (hotReads.prismaOnly ? Promise.resolve(null) : original.statesPageInOneStatement(options)) };
});

// The bench's operation (1), and the same list paged forwards and backwards from cursors, unfiltered and by
// another convention's record.
const STATES_PARTIES = `query ($on: Date!, $first: Int, $after: String, $last: Int, $before: String) {
  states(filter: { status: STATE_PARTY, on: $on }, first: $first, after: $after, last: $last, before: $before) {
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { cursor node { id iso3 iso2 name nameFr: name(language: FR) unShortName unStatus regionalGroup standing(on: $on) { date status entryIntoForce withdrawalEffective depositedNotYetInForce withdrawalPending } treatyStatus { id signedOn depositedOn instrument entryIntoForceOn withdrawalNotifiedOn withdrawalEffectiveOn } } }
  }
}`;
const ALL_STATES = `query ($first: Int!, $after: String) {
  states(first: $first, after: $after) { edges { cursor node { iso3 names { en zh } treatyStatus(convention: "APMBC") { depositedOn } standing(on: "2020-01-01", convention: "APMBC") { status } } } }
}`;

const STANDING_DATE = '2024-01-01';
const VIEWERS = ['anonymous', 'partner', 'sameState', 'otherState', 'secretariat'] as const;

describe.each(testBackends())('hot reads on %s answer as the Prisma path does', (backend) => {
  const counter = createQueryCounter();
  let api: ApiFixture;
  let actors: Actors;

  beforeAll(async () => {
    api = await startApi({ backend, production: true, onQuery: counter.onQuery });
    actors = await createActors(api, { stateIso3: 'CHE', otherStateIso3: 'AUT' });
    // The partner key's first use is recorded (a write at most once a minute): made here, not in a counted request.
    for (const viewer of VIEWERS) await api.graphql('{ __typename }', { headers: actors[viewer].headers });
  });
  afterAll(() => api.close());

  /** The answer and the SQL statements it took, through the hot read or through Prisma only. */
  async function ask(viewer: (typeof VIEWERS)[number], query: string, variables: Record<string, unknown>, prismaOnly: boolean) {
    hotReads.prismaOnly = prismaOnly;
    try {
      let body: unknown;
      const statements = await counter.count(async () => {
        const response = await api.graphql(query, { variables, headers: actors[viewer].headers });
        expect(response.body.errors).toBeUndefined();
        body = response.body;
      });
      return { body, statements };
    } finally {
      hotReads.prismaOnly = false;
    }
  }

  /** A statement for the viewer's session or key beside the read itself (anonymous: none). */
  const viewerStatements = (viewer: (typeof VIEWERS)[number]) => (viewer === 'anonymous' ? 0 : 1);

  it.each(VIEWERS)('States Parties on a date, a page and the pages after and before a cursor, as %s', async (viewer) => {
    const page = await ask(viewer, STATES_PARTIES, { on: STANDING_DATE, first: 100 }, false);
    expect(page.body).toEqual((await ask(viewer, STATES_PARTIES, { on: STANDING_DATE, first: 100 }, true)).body);
    expect(page.statements).toBe(1 + viewerStatements(viewer));
    const edges = (page.body as { data: { states: { edges: { cursor: string }[] } } }).data.states.edges;
    expect(edges.length).toBeGreaterThan(20);
    for (const variables of [
      { on: STANDING_DATE, first: 5, after: edges[10]!.cursor },
      { on: STANDING_DATE, last: 5, before: edges[10]!.cursor },
      { on: STANDING_DATE, last: 3 },
      { on: STANDING_DATE, first: 5, after: edges.at(-2)!.cursor },
    ]) {
      const hot = await ask(viewer, STATES_PARTIES, variables, false);
      expect(hot.body, JSON.stringify(variables)).toEqual((await ask(viewer, STATES_PARTIES, variables, true)).body);
      expect(hot.statements).toBe(1 + viewerStatements(viewer));
    }
  });

  it.each(VIEWERS)('all States, with the record under another convention, as %s', async (viewer) => {
    const first = await ask(viewer, ALL_STATES, { first: 30 }, false);
    expect(first.body).toEqual((await ask(viewer, ALL_STATES, { first: 30 }, true)).body);
    expect(first.statements).toBe(1 + viewerStatements(viewer));
    const after = (first.body as { data: { states: { edges: { cursor: string }[] } } }).data.states.edges[29]!.cursor;
    expect((await ask(viewer, ALL_STATES, { first: 30, after }, false)).body).toEqual((await ask(viewer, ALL_STATES, { first: 30, after }, true)).body);
  });
});
