import { testBackends } from '@plenary/db/testing';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createActors, type Actors } from './support/actors.ts';
import { graphql, type ResultOf, type TypedDocumentNode, type VariablesOf } from './support/graphql.ts';
import { startApi, type ApiFixture, type GraphQLResponse } from './support/api-fixture.ts';
import { expectData } from './support/expect-result.ts';
import { createDelegation, createInvitation, createMeeting, type MemberFixture } from './support/factories.ts';
import { createQueryCounter } from './support/query-counter.ts';
import { pagesOf } from './support/pages.ts';
import type * as MeetingInvitationsPage from '../src/hot-reads/meeting-invitations-page.ts';
import type * as StatesPage from '../src/hot-reads/states-page.ts';

// Each hot read (src/hot-reads) answers in one statement what Prisma's path answers: the same document is asked with
// the statement and again with it answering "not covered" (null), so the resolver goes through Prisma, and the two
// answers are compared whole, for every kind of viewer.
const hotReads = vi.hoisted(() => ({ prismaOnly: false }));
vi.mock('../src/hot-reads/states-page.ts', async (importOriginal) => {
  const original = await importOriginal<typeof StatesPage>();
  return {
    ...original,
    statesPageInOneStatement: (options: Parameters<typeof original.statesPageInOneStatement>[0]) =>
      hotReads.prismaOnly ? Promise.resolve(null) : original.statesPageInOneStatement(options),
  };
});
vi.mock('../src/hot-reads/meeting-invitations-page.ts', async (importOriginal) => {
  const original = await importOriginal<typeof MeetingInvitationsPage>();
  return {
    ...original,
    meetingInvitationsPageInOneStatement: (
      options: Parameters<typeof original.meetingInvitationsPageInOneStatement>[0],
    ) => (hotReads.prismaOnly ? null : original.meetingInvitationsPageInOneStatement(options)),
  };
});

// The bench's operation (1), and the same list paged forwards and backwards from cursors, unfiltered and by
// another convention's record.
const STATES_PARTIES = graphql(`
  query HotReadsStatesParties($on: Date!, $first: Int, $after: String, $last: Int, $before: String) {
    states(filter: { status: STATE_PARTY, on: $on }, first: $first, after: $after, last: $last, before: $before) {
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      edges { cursor node { id iso3 iso2 name nameFr: name(language: FR) unShortName unStatus regionalGroup standing(on: $on) { date status entryIntoForce withdrawalEffective depositedNotYetInForce withdrawalPending } treatyStatus { id signedOn depositedOn instrument entryIntoForceOn withdrawalNotifiedOn withdrawalEffectiveOn } } }
    }
  }
`);
const ALL_STATES = graphql(`
  query HotReadsAllStates($first: Int!, $after: String) {
    states(first: $first, after: $after) { edges { cursor node { iso3 names { en zh } treatyStatus(convention: "APMBC") { depositedOn } standing(on: "2020-01-01", convention: "APMBC") { status } } } }
  }
`);

// The bench's operation (2), paged with cursors and counted; and every field the statement covers, of the meeting, its
// invitations, their States and delegations.
const MEETING_DELEGATIONS = graphql(`
  query HotReadsMeetingDelegations($id: ID!, $first: Int, $after: String, $last: Int, $before: String) {
    meeting(id: $id) {
      invitations(first: $first, after: $after, last: $last, before: $before) {
        totalCount
        pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
        edges { cursor node { participant { ... on State { iso3 name } } delegation { members { givenName familyName role } } } }
      }
    }
  }
`);
const MEETING_IN_FULL = graphql(`
  query HotReadsMeetingInFull($id: ID!, $first: Int, $after: String) {
    meeting(id: $id) {
      id code kind number part title opensOn closesOn venue city country venueFr cityFr countryFr timeZone presidentName status convenedOn
      delegationDeadline delegationDeadlineWeekdayAsIssued reportingDeadline webPage symbolPrefix version updatedAt conveningNote { reference date }
      invitations(first: $first, after: $after) {
        pageInfo { hasNextPage endCursor }
        edges { cursor node {
          id capacity status decisionNote
          participant { __typename ... on State { id iso3 iso2 name nameFr: name(language: FR) unShortName unStatus regionalGroup } ... on Organisation { acronym } }
          delegation { id version publicListConsent headOfDelegation { role position givenName } members { role position salutation givenName familyName title email phone } }
        } }
      }
    }
  }
`);
// A filter the statement does not answer: Prisma's path, with the same answer.
const STATE_PARTIES_INVITED = graphql(`
  query HotReadsStatePartiesInvited($id: ID!) {
    meeting(id: $id) { invitations(first: 10, filter: { capacity: STATE_PARTY }) { totalCount edges { node { participant { ... on State { iso3 } } delegation { members { givenName } } } } } }
  }
`);
// A cursor the API gives out for a meeting's first invitation.
const FIRST_INVITATION_CURSOR = graphql(`
  query HotReadsFirstInvitationCursor($id: ID!) { meeting(id: $id) { invitations(first: 1) { edges { cursor } } } }
`);
const TYPENAME = graphql(`
  query HotReadsTypename { __typename }
`);

/** The meeting an answer is about; the test fails here when the answer has none. */
function meetingOf<Meeting>(body: GraphQLResponse<{ meeting?: Meeting | null }>['body']): Meeting {
  const { meeting } = expectData(body);
  if (!meeting) expect.fail(`no meeting in ${JSON.stringify(body)}`);
  return meeting;
}

/** A participant's iso3; undefined for an organisation, of which the documents ask nothing. */
const iso3Of = (participant: { __typename?: string; iso3?: string }): string | undefined => participant.iso3;

const member = (role: MemberFixture['role'], givenName: string, familyName: string): MemberFixture => ({
  role,
  givenName,
  familyName,
  email: `${givenName.toLowerCase()}@mission.example.org`,
});
// Who the meeting invites: States in three capacities, organisations of right, with and without delegations, heads
// first or not. CHE is the focal point's own State; AUT (the other focal point's) is not invited.
const INVITED: {
  participant: string;
  organisation?: boolean;
  capacity?: 'SIGNATORY_OBSERVER' | 'NON_SIGNATORY_OBSERVER';
  members?: MemberFixture[] | null;
}[] = [
  {
    participant: 'CHE',
    members: [
      member('HEAD', 'Félix', 'Baumann'),
      member('DEPUTY_HEAD', 'Anna', 'Muster'),
      member('ADVISER', 'Urs', 'Keller'),
    ],
  },
  { participant: 'FRA', members: [member('ADVISER', 'Claire', 'Dubois'), member('HEAD', 'Jean', 'Martin')] },
  { participant: 'DEU', members: [member('HEAD', 'Jonas', 'Weber')] },
  { participant: 'GHA', members: null },
  { participant: 'ITA', members: [member('HEAD', 'Giulia', 'Rossi'), member('REPRESENTATIVE', 'Marco', 'Bianchi')] },
  { participant: 'NOR', members: [member('HEAD', 'Ingrid', 'Berg'), member('ALTERNATE', 'Ola', 'Nordmann')] },
  { participant: 'NZL', members: [member('HEAD', 'Aroha', 'Ngata')] },
  { participant: 'MEX', members: [member('HEAD', 'Lucía', 'Hernández'), member('ADVISER', 'Diego', 'López')] },
  { participant: 'ESP', members: null },
  { participant: 'IDN', capacity: 'SIGNATORY_OBSERVER', members: [member('HEAD', 'Sari', 'Wijaya')] },
  { participant: 'BRA', capacity: 'NON_SIGNATORY_OBSERVER', members: [member('HEAD', 'Ana', 'Souza')] },
  { participant: 'USA', capacity: 'NON_SIGNATORY_OBSERVER', members: null },
  { participant: 'UN', organisation: true, members: [member('HEAD', 'Amina', 'Diallo')] },
  {
    participant: 'ICRC',
    organisation: true,
    members: [member('HEAD', 'Lea', 'Favre'), member('ADVISER', 'Tom', 'Huber')],
  },
  { participant: 'GICHD', organisation: true, members: null },
  { participant: 'CMC', organisation: true, members: [member('HEAD', 'Sam', 'Reed')] },
];

const STANDING_DATE = '2024-01-01';
const VIEWERS = ['anonymous', 'partner', 'sameState', 'otherState', 'secretariat'] as const;

describe.each(testBackends())('hot reads on %s answer as the Prisma path does', (backend) => {
  const counter = createQueryCounter();
  let api: ApiFixture;
  let actors: Actors;

  beforeAll(async () => {
    // Without the response cache: each document is asked twice, and the second answer must be computed, not the first
    // one served again, for the comparison to compare anything.
    api = await startApi({ backend, production: true, onQuery: counter.onQuery, responseCacheBytes: 0 });
    actors = await createActors(api, { stateIso3: 'CHE', otherStateIso3: 'AUT' });
    // The partner key's first use is recorded (a write at most once a minute): made here, not in a counted request.
    for (const viewer of VIEWERS) await api.graphql(TYPENAME, { headers: actors[viewer].headers });
  });
  let meetingId: string;
  let otherMeetingCursor: string;

  beforeAll(async () => {
    const prisma = api.database.prisma;
    meetingId = Buffer.from(`Meeting:${(await createMeeting(prisma)).id}`).toString('base64');
    for (const { participant, organisation, capacity, members } of INVITED) {
      const invitation = await createInvitation(prisma, {
        meetingId: Buffer.from(meetingId, 'base64').toString().slice('Meeting:'.length),
        participant,
        organisation,
        ...(capacity && { capacity }),
      });
      if (members) await createDelegation(prisma, { invitationId: invitation.id, members });
    }
    const otherMeeting = await createMeeting(prisma);
    await createInvitation(prisma, { meetingId: otherMeeting.id, participant: 'AUT' });
    // A cursor the API gave out for another meeting's invitation, in the same (default) order.
    const other = await api.graphql(FIRST_INVITATION_CURSOR, {
      variables: { id: Buffer.from(`Meeting:${otherMeeting.id}`).toString('base64') },
    });
    otherMeetingCursor = meetingOf(other.body).invitations.edges[0]!.cursor;
  });
  afterAll(() => api.close());

  /** The answer and the SQL statements it took, through the hot read or through Prisma only. */
  async function ask<Data, Variables>(
    viewer: (typeof VIEWERS)[number],
    document: TypedDocumentNode<Data, Variables>,
    variables: Variables,
    prismaOnly: boolean,
  ) {
    hotReads.prismaOnly = prismaOnly;
    try {
      let body: GraphQLResponse<Data>['body'] = {};
      const statements = await counter.count(async () => {
        const response = await api.graphql(document, { variables, headers: actors[viewer].headers });
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

  it.each(VIEWERS)(
    'States Parties on a date, a page and the pages after and before a cursor, as %s',
    async (viewer) => {
      const page = await ask(viewer, STATES_PARTIES, { on: STANDING_DATE, first: 100 }, false);
      expect(page.body).toEqual((await ask(viewer, STATES_PARTIES, { on: STANDING_DATE, first: 100 }, true)).body);
      expect(page.statements).toBe(1 + viewerStatements(viewer));
      const { edges } = expectData(page.body).states;
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
    },
  );

  it.each(VIEWERS)('all States, with the record under another convention, as %s', async (viewer) => {
    const first = await ask(viewer, ALL_STATES, { first: 30 }, false);
    expect(first.body).toEqual((await ask(viewer, ALL_STATES, { first: 30 }, true)).body);
    expect(first.statements).toBe(1 + viewerStatements(viewer));
    const after = expectData(first.body).states.edges[29]!.cursor;
    expect((await ask(viewer, ALL_STATES, { first: 30, after }, false)).body).toEqual(
      (await ask(viewer, ALL_STATES, { first: 30, after }, true)).body,
    );
  });

  it.each(VIEWERS)(
    'a meeting with its invitations, delegations and members, page after page and backwards, in one statement as %s',
    async (viewer) => {
      const pages: NonNullable<ResultOf<typeof MEETING_DELEGATIONS>['meeting']>['invitations'][] = [];
      // Every page after the first starts from the last cursor of the one before, an organisation's included.
      const invitationPages = pagesOf(async (after) => {
        const variables: VariablesOf<typeof MEETING_DELEGATIONS> = {
          id: meetingId,
          first: 3,
          ...(after && { after }),
        };
        const hot = await ask(viewer, MEETING_DELEGATIONS, variables, false);
        const prisma = await ask(viewer, MEETING_DELEGATIONS, variables, true);
        expect(hot.body, JSON.stringify(variables)).toEqual(prisma.body);
        expect(hot.statements).toBe(1 + viewerStatements(viewer));
        expect(prisma.statements).toBeGreaterThan(hot.statements);
        return meetingOf(hot.body).invitations;
      });
      for await (const invitations of invitationPages) pages.push(invitations);
      const edges = pages.flatMap((page) => page.edges);
      // By capacity, then the State's English name; the organisations (no iso3) come last.
      expect(edges.slice(0, 12).map((edge) => iso3Of(edge.node.participant))).toEqual([
        'FRA',
        'DEU',
        'GHA',
        'ITA',
        'MEX',
        'NZL',
        'NOR',
        'ESP',
        'CHE',
        'IDN',
        'BRA',
        'USA',
      ]);
      expect(pages.length).toBeGreaterThan(5);
      const organisationCursor = edges.find((edge) => iso3Of(edge.node.participant) === undefined)!.cursor;
      for (const variables of [
        { id: meetingId, last: 3, before: edges[6]!.cursor },
        { id: meetingId, last: 2, before: organisationCursor },
        { id: meetingId, first: 2, after: organisationCursor },
        { id: meetingId, last: 5 },
        { id: meetingId, first: 100 },
        // A cursor of another meeting's invitation: an empty page, as from Prisma.
        { id: meetingId, first: 3, after: otherMeetingCursor },
        { id: meetingId, last: 3, before: otherMeetingCursor },
      ]) {
        const hot = await ask(viewer, MEETING_DELEGATIONS, variables, false);
        expect(hot.body, JSON.stringify(variables)).toEqual(
          (await ask(viewer, MEETING_DELEGATIONS, variables, true)).body,
        );
        expect(hot.statements).toBe(1 + viewerStatements(viewer));
      }
    },
  );

  it.each(VIEWERS)('every covered field of a meeting and its invitations as %s', async (viewer) => {
    const first = await ask(viewer, MEETING_IN_FULL, { id: meetingId, first: 9 }, false);
    expect(first.body).toEqual((await ask(viewer, MEETING_IN_FULL, { id: meetingId, first: 9 }, true)).body);
    expect(first.statements).toBe(1 + viewerStatements(viewer));
    const after = meetingOf(first.body).invitations.pageInfo.endCursor;
    expect((await ask(viewer, MEETING_IN_FULL, { id: meetingId, first: 9, after }, false)).body).toEqual(
      (await ask(viewer, MEETING_IN_FULL, { id: meetingId, first: 9, after }, true)).body,
    );
  });

  it('shows delegates’ names to the secretariat and to their own State’s focal point only', async () => {
    const namesSeenBy = async (viewer: (typeof VIEWERS)[number]) => {
      const { body } = await ask(viewer, MEETING_DELEGATIONS, { id: meetingId, first: 100 }, false);
      return meetingOf(body).invitations.edges.flatMap(({ node }) =>
        (node.delegation?.members ?? []).flatMap((person) =>
          person.givenName ? [`${iso3Of(node.participant) ?? 'organisation'} ${person.givenName}`] : [],
        ),
      );
    };
    expect(await namesSeenBy('anonymous')).toEqual([]);
    expect(await namesSeenBy('partner')).toEqual([]);
    expect(await namesSeenBy('otherState')).toEqual([]);
    expect(await namesSeenBy('sameState')).toEqual(['CHE Félix', 'CHE Anna', 'CHE Urs']);
    expect(await namesSeenBy('secretariat')).toHaveLength(
      INVITED.reduce((count, invitation) => count + (invitation.members?.length ?? 0), 0),
    );
  });

  it('answers a filter it does not cover through Prisma, with the same answer', async () => {
    const hot = await ask('sameState', STATE_PARTIES_INVITED, { id: meetingId }, false);
    const prisma = await ask('sameState', STATE_PARTIES_INVITED, { id: meetingId }, true);
    expect(hot).toEqual(prisma);
    expect(hot.statements).toBeGreaterThan(1 + viewerStatements('sameState'));
  });

  it('answers null for a meeting that does not exist, in one statement', async () => {
    const variables = { id: Buffer.from('Meeting:00000000-0000-4000-8000-000000000000').toString('base64'), first: 10 };
    const hot = await ask('anonymous', MEETING_DELEGATIONS, variables, false);
    expect(hot.body).toEqual((await ask('anonymous', MEETING_DELEGATIONS, variables, true)).body);
    expect(expectData(hot.body).meeting).toBeNull();
    expect(hot.statements).toBe(1);
  });
});
