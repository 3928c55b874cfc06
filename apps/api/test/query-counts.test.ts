import { testBackends } from '@plenary/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql, type TypedDocumentNode } from './support/graphql.ts';
import { createActors, type Actors } from './support/actors.ts';
import { startApi, type ApiFixture } from './support/api-fixture.ts';
import { createDelegation, createInvitation, createMeeting } from './support/factories.ts';
import { createQueryCounter } from './support/query-counter.ts';

// N+1 regression: a list of 50 costs as many SQL statements as a list of 5.
const FEW = 5;
const MANY = 50;
// Two organisations in the short list, five in the long one: organisations are loaded apart from States.
const FEW_ORGANISATIONS = ['UN', 'ICRC'];
const MORE_ORGANISATIONS = ['IFRC', 'GICHD', 'CMC'];

const MEETINGS_WITH_DELEGATIONS = graphql(`
  query QueryCountsMeetingsWithDelegations {
    meetings(first: 5, filter: { year: 2023 }) { edges { node {
      code
      invitations(first: 50) { totalCount edges { node {
        capacity
        participant { __typename ... on State { iso3 } ... on Organisation { acronym } }
        delegation { timeliness members { role givenName } }
      } } }
    } } }
  }
`);

// The bench's operation (2): one meeting, a page of its invitations with each State and delegation's members.
const MEETING_DELEGATIONS = graphql(`
  query QueryCountsMeetingDelegations($id: ID!, $first: Int!) {
    meeting(id: $id) { invitations(first: $first) { edges { node { participant { ... on State { iso3 name } } delegation { members { givenName familyName role } } } } } }
  }
`);

const STATES_WITH_RECORDS = graphql(`
  query QueryCountsStatesWithRecords($first: Int!) {
    states(first: $first) { edges { node {
      iso3
      treatyStatus { depositedOn }
      reports { totalCount edges { node { kind periodYear } } }
    } } }
  }
`);

const COMPLIANCE_WITH_REPORTS = graphql(`
  query QueryCountsComplianceWithReports($first: Int!) {
    reportingCompliance(year: 2025, asOf: "2026-11-28") {
      obligations(first: $first) { edges { node { state { iso3 name } status report { id kind forms { letter } } } } }
    }
  }
`);

// Each list asked for its totalCount alone.
const TOTAL_COUNTS = {
  states: graphql(`
    query QueryCountsStatesTotal { states { totalCount } }
  `),
  meetings: graphql(`
    query QueryCountsMeetingsTotal { meetings { totalCount } }
  `),
  transparencyReports: graphql(`
    query QueryCountsTransparencyReportsTotal { transparencyReports { totalCount } }
  `),
  organisations: graphql(`
    query QueryCountsOrganisationsTotal { organisations { totalCount } }
  `),
  conventions: graphql(`
    query QueryCountsConventionsTotal { conventions { totalCount } }
  `),
};

const TYPENAME = graphql(`
  query QueryCountsTypename { __typename }
`);

describe.each(testBackends())('SQL statements per request on %s', (backend) => {
  const counter = createQueryCounter();
  let api: ApiFixture;
  let actors: Actors;
  let meetingId: string;
  let stateCodes: string[];

  beforeAll(async () => {
    // Without the response cache: these count the statements that compute an answer, and a cached repeat would count
    // none of them. What the cache adds (one statement, the data generation, for a caller without credentials; none
    // for a session or key, whose lookup reads it) is counted in response-cache.test.ts.
    api = await startApi({ backend, onQuery: counter.onQuery, responseCacheBytes: 0 });
    actors = await createActors(api, { stateIso3: 'CHE', otherStateIso3: 'AUT' });
    const prisma = api.database.prisma;
    meetingId = (await createMeeting(prisma)).id;
    stateCodes = (await prisma.state.findMany({ orderBy: { nameEn: 'asc' }, take: MANY, select: { iso3: true } })).map(
      (state) => state.iso3,
    );
    // Every State in the first pages has a published report, so `reports` has rows to load.
    const convention = await prisma.convention.findUniqueOrThrow({ where: { code: 'CCM' } });
    const states = await prisma.state.findMany({ where: { iso3: { in: stateCodes } } });
    await prisma.transparencyReport.createMany({
      data: states.map((state) => ({
        conventionId: convention.id,
        stateId: state.id,
        kind: 'ANNUAL' as const,
        periodYear: 2024,
        periodStart: new Date('2024-01-01T00:00:00Z'),
        periodEnd: new Date('2024-12-31T00:00:00Z'),
        dueOn: new Date('2025-04-30T00:00:00Z'),
        receivedOn: new Date('2025-04-29T00:00:00Z'),
        published: true,
      })),
    });
  });
  afterAll(() => api.close());

  async function addDelegations(participants: { code: string; organisation?: boolean }[]): Promise<void> {
    for (const participant of participants) {
      const invitation = await createInvitation(api.database.prisma, {
        meetingId,
        participant: participant.code,
        organisation: participant.organisation ?? false,
      });
      await createDelegation(api.database.prisma, { invitationId: invitation.id });
    }
  }

  async function countFor<Variables>(
    document: TypedDocumentNode<unknown, Variables>,
    variables?: Variables,
    headers: Record<string, string> = {},
  ): Promise<number> {
    return counter.count(async () => {
      const { body } = await api.graphql(document, { variables, headers });
      expect(body.errors).toBeUndefined();
    });
  }

  it('loads meetings with invitations, participants and delegation members in as many statements for 50 invitations as for 5', async () => {
    const fewStates = FEW - FEW_ORGANISATIONS.length;
    const manyStates = MANY - FEW_ORGANISATIONS.length - MORE_ORGANISATIONS.length;
    await addDelegations([
      ...FEW_ORGANISATIONS.map((code) => ({ code, organisation: true })),
      ...stateCodes.slice(0, fewStates).map((code) => ({ code })),
    ]);
    const few = await countFor(MEETINGS_WITH_DELEGATIONS, {}, actors.sameState.headers);
    const fewForSecretariat = await countFor(MEETINGS_WITH_DELEGATIONS, {}, actors.secretariat.headers);
    await addDelegations([
      ...MORE_ORGANISATIONS.map((code) => ({ code, organisation: true })),
      ...stateCodes.slice(fewStates, manyStates).map((code) => ({ code })),
    ]);
    const many = await countFor(MEETINGS_WITH_DELEGATIONS, {}, actors.sameState.headers);
    const manyForSecretariat = await countFor(MEETINGS_WITH_DELEGATIONS, {}, actors.secretariat.headers);

    const { body } = await api.graphql(MEETINGS_WITH_DELEGATIONS);
    const meeting = body.data?.meetings.edges.find((edge) => edge.node.invitations.totalCount > 0);
    expect(meeting?.node.invitations.totalCount).toBe(MANY);
    expect(many).toBe(few);
    expect(manyForSecretariat).toBe(fewForSecretariat);
  });

  it('reads a delegation’s State for the personal-data rule in the statement that reads its deadline in force: no more for a focal point than for the secretariat', async () => {
    const forFocalPoint = await countFor(MEETINGS_WITH_DELEGATIONS, {}, actors.sameState.headers);
    const forSecretariat = await countFor(MEETINGS_WITH_DELEGATIONS, {}, actors.secretariat.headers);
    expect(forFocalPoint).toBe(forSecretariat);
  });

  it('answers a meeting with a page of its invitations, delegations and members in one statement, besides the caller’s session', async () => {
    const id = Buffer.from(`Meeting:${meetingId}`).toString('base64');
    const { body } = await api.graphql(MEETING_DELEGATIONS, { variables: { id, first: MANY } });
    expect(body.data?.meeting?.invitations.edges).toHaveLength(MANY);
    expect(await countFor(MEETING_DELEGATIONS, { id, first: FEW })).toBe(1);
    for (const actor of [actors.partner, actors.sameState, actors.secretariat]) {
      // The partner key's first use is recorded (a write at most once a minute): made here, not in a counted request.
      await api.graphql(TYPENAME, { headers: actor.headers });
      expect(await countFor(MEETING_DELEGATIONS, { id, first: FEW }, actor.headers)).toBe(2);
      expect(await countFor(MEETING_DELEGATIONS, { id, first: MANY }, actor.headers)).toBe(2);
    }
  });

  it('loads the compliance table with each line’s report in as many statements for 50 lines as for 5', async () => {
    const few = await countFor(COMPLIANCE_WITH_REPORTS, { first: FEW }, actors.secretariat.headers);
    const many = await countFor(COMPLIANCE_WITH_REPORTS, { first: MANY }, actors.secretariat.headers);
    const { body } = await api.graphql(COMPLIANCE_WITH_REPORTS, {
      variables: { first: MANY },
      headers: actors.secretariat.headers,
    });
    const reports = body.data?.reportingCompliance.obligations.edges.filter((edge) => edge.node.report !== null) ?? [];
    expect(reports.length).toBeGreaterThan(FEW);
    expect(many).toBe(few);
  });

  it.each(Object.entries(TOTAL_COUNTS))(
    'counts %s asked for its totalCount alone in one statement, without reading a page',
    async (_list, document) => {
      expect(await countFor(document)).toBe(1);
    },
  );

  it('loads States with their treaty record and reports in as many statements for 50 States as for 5', async () => {
    const few = await countFor(STATES_WITH_RECORDS, { first: FEW });
    const many = await countFor(STATES_WITH_RECORDS, { first: MANY });
    expect(many).toBe(few);
  });
});
