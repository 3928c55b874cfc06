import { testBackends } from '@plenary/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from './support/graphql.ts';
import { startApi, type ApiFixture } from './support/api-fixture.ts';
import { expectData } from './support/expect-result.ts';
import { pagesOf } from './support/pages.ts';

const ELEVENTH_MEETING = graphql(`
  query EleventhMeeting {
    meetingByCode(code: "11MSP") {
      title opensOn closesOn venue city timeZone delegationDeadline reportingDeadline status
      conveningNote { reference date issuingOffice { name } mandateResolution { number adoptedOn } }
      secretariatOffice { email }
    }
  }
`);

const STATES_PARTIES_ON = graphql(`
  query StatesPartiesOn($on: Date!) {
    states(filter: { status: STATE_PARTY, on: $on }, first: 100) { totalCount edges { node { iso3 } } }
  }
`);

const STATES_WITH_STATUS = graphql(`
  query StatesWithStatus($status: TreatyStatus!, $on: Date!, $after: String) {
    states(filter: { status: $status, on: $on }, first: 100, after: $after) {
      totalCount edges { node { iso3 } } pageInfo { hasNextPage endCursor }
    }
  }
`);

const STANDINGS_ON = graphql(`
  query StandingsOn($on: Date!, $after: String) {
    states(first: 100, after: $after) { edges { node { iso3 standing(on: $on) { status } } } pageInfo { hasNextPage endCursor } }
  }
`);

const LITHUANIA_TREATY_RECORD = graphql(`
  query LithuaniaTreatyRecord {
    state(iso3: "ltu") {
      name(language: FR)
      treatyStatus { depositedOn entryIntoForceOn withdrawalEffectiveOn }
      before: standing(on: "2025-03-05") { status withdrawalPending }
      after: standing(on: "2025-03-06") { status }
    }
  }
`);

const STATE_NAMES = graphql(`
  query StateNamesInThreeLanguages {
    states(first: 100) { edges { node { iso3 en: name fr: name(language: FR) zh: name(language: ZH) } } }
  }
`);

const FULL_PAGE_OF_STATES = graphql(`
  query FullPageOfStates {
    states(first: 100) { totalCount edges { cursor } }
  }
`);

describe.each(testBackends())('reading the seeded data over GraphQL on %s', (backend) => {
  let api: ApiFixture;
  beforeAll(async () => {
    api = await startApi({ backend });
  });
  afterAll(() => api.close());

  it('serves the Eleventh Meeting with its dates, venue, deadlines and convening note', async () => {
    const { body } = await api.graphql(ELEVENTH_MEETING);
    expect(body.errors).toBeUndefined();
    expect(body.data?.meetingByCode).toEqual({
      title: 'Eleventh Meeting of States Parties',
      opensOn: '2023-09-11',
      closesOn: '2023-09-14',
      venue: 'Palais des Nations',
      city: 'Geneva',
      timeZone: 'Europe/Zurich',
      delegationDeadline: '2023-08-31',
      reportingDeadline: '2023-04-30',
      status: 'CLOSED',
      conveningNote: {
        reference: 'ODA/2023-00050',
        date: '2023-03-21',
        issuingOffice: { name: 'Office for Disarmament Affairs' },
        mandateResolution: { number: '77/79', adoptedOn: '2022-12-07' },
      },
      secretariatOffice: { email: 'ccm@un.org' },
    });
  });

  it('lists the States Parties on a date: Lithuania until its withdrawal took effect, Vanuatu from 2026-03-01', async () => {
    const before = await api.graphql(STATES_PARTIES_ON, { variables: { on: '2025-03-05' } });
    const after = await api.graphql(STATES_PARTIES_ON, { variables: { on: '2025-03-06' } });
    const vanuatu = await api.graphql(STATES_PARTIES_ON, { variables: { on: '2026-03-01' } });
    expect(before.body.data?.states.totalCount).toBe(112);
    expect(after.body.data?.states.totalCount).toBe(111);
    expect(vanuatu.body.data?.states.totalCount).toBe(112);
  });

  // The status filter is the standing rule written as SQL (treaty/status-condition.ts): the two must never disagree.
  // The days: before the convention's entry into force, the day of it, Lithuania's withdrawal, Vanuatu's accession.
  it('lists under each treaty status exactly the States whose standing that day is that status', async () => {
    const seen = new Set<string>();
    for (const on of ['2010-07-31', '2010-08-01', '2025-03-05', '2025-03-06', '2026-02-28', '2026-03-01']) {
      const byStanding = new Map<string, string[]>();
      const standings = pagesOf(
        async (after) => expectData((await api.graphql(STANDINGS_ON, { variables: { on, after } })).body).states,
      );
      for await (const page of standings)
        for (const { node } of page.edges)
          byStanding.set(node.standing.status, [...(byStanding.get(node.standing.status) ?? []), node.iso3]);

      for (const status of ['STATE_PARTY', 'SIGNATORY', 'WITHDRAWN', 'NOT_PARTY'] as const) {
        const listed: string[] = [];
        const withStatus = pagesOf(
          async (after) =>
            expectData((await api.graphql(STATES_WITH_STATUS, { variables: { status, on, after } })).body).states,
        );
        for await (const page of withStatus) {
          expect(page.totalCount, `${status} on ${on}`).toBe(byStanding.get(status)?.length ?? 0);
          listed.push(...page.edges.map(({ node }) => node.iso3));
        }
        expect(listed, `${status} on ${on}`).toEqual(byStanding.get(status) ?? []);
      }
      for (const status of byStanding.keys()) seen.add(status);
    }
    expect([...seen].sort()).toEqual(['NOT_PARTY', 'SIGNATORY', 'STATE_PARTY', 'WITHDRAWN']);
  });

  it("gives a State's dated treaty record and its standing on a day", async () => {
    const { body } = await api.graphql(LITHUANIA_TREATY_RECORD);
    expect(body.data?.state).toMatchObject({
      name: 'Lituanie',
      treatyStatus: { withdrawalEffectiveOn: '2025-03-06' },
      before: { status: 'STATE_PARTY', withdrawalPending: true },
      after: { status: 'WITHDRAWN' },
    });
  });

  it('names each State of a page in every language asked for in one request', async () => {
    const { body } = await api.graphql(STATE_NAMES);
    const nodes = body.data?.states.edges.map((edge) => edge.node);
    expect(nodes).toHaveLength(100);
    expect(nodes?.find((node) => node.iso3 === 'ALB')).toEqual({
      iso3: 'ALB',
      en: 'Albania',
      fr: 'Albanie',
      zh: '阿尔巴尼亚',
    });
    expect(nodes?.every((node) => node.en && node.fr && node.zh)).toBe(true);
  });

  it('serves a page of exactly 100 items, the most a page may hold', async () => {
    const { status, body } = await api.graphql(FULL_PAGE_OF_STATES);
    expect(status).toBe(200);
    expect(body.data?.states.totalCount).toBe(197);
    expect(body.data?.states.edges).toHaveLength(100);
  });

  // The refusals below are sent as plain text: a typed document is for answers, these have none.
  it('refuses a page above 100 items, naming the field, the argument and the cap, instead of silently returning fewer', async () => {
    const { status, body } = await api.graphql('{ states(first: 500) { totalCount edges { cursor } } }');
    expect(status).toBe(400);
    expect(body.data).toBeUndefined();
    expect(body.errors).toEqual([
      {
        message: expect.stringMatching(/^first: 500 on Query\.states asks for more than the 100 items a page may hold/),
        extensions: {
          code: 'PAGE_SIZE_TOO_LARGE',
          field: 'Query.states',
          argument: 'first',
          maxPageSize: 100,
          requestId: expect.any(String),
        },
      },
    ]);
  });

  it('refuses an oversized `last` given in a variable on a connection nested in another', async () => {
    const query =
      'query ($size: Int) { meetingByCode(code: "11MSP") { invitations(last: $size) { edges { cursor } } } }';
    expect((await api.graphql(query, { variables: { size: 100 } })).status).toBe(200);
    const { status, body } = await api.graphql(query, { variables: { size: 101 } });
    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions).toEqual({
      code: 'PAGE_SIZE_TOO_LARGE',
      field: 'Meeting.invitations',
      argument: 'last',
      maxPageSize: 100,
      requestId: expect.any(String),
    });
  });

  it('checks only the operation it runs, and its fragments', async () => {
    const document = `
      query Small { ...Page }
      query Large { states(first: 101) { totalCount } }
      fragment Page on Query { states(first: 5) { totalCount } }`;
    const run = (operationName: string) =>
      fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: document, operationName }),
      });
    expect((await run('Small')).status).toBe(200);
    expect((await run('Large')).status).toBe(400);
  });
});
