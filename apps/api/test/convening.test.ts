import type { Prisma } from '@plenary/db';
import { testBackends } from '@plenary/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createActors, type Actors } from './support/actors.ts';
import { graphql, type SchemaType, type VariablesOf } from './support/graphql.ts';
import { startApi, type ApiFixture } from './support/api-fixture.ts';
import { expectData, expectResult } from './support/expect-result.ts';

const CONVENING_DATE = '2023-03-21';
// Capacities follow the treaty status on the opening day (rule 1.1), not on the convening date.
const DAY = new Date('2023-09-11T00:00:00.000Z');

// The Eleventh Meeting of States Parties as the note verbale ODA/2023-00050 describes it, under a code of its own.
const ELEVENTH_MEETING_COPY: Omit<SchemaType<'CreateMeetingInput'>, 'code'> = {
  conventionCode: 'CCM',
  kind: 'MEETING_OF_STATES_PARTIES',
  number: 11,
  opensOn: '2023-09-11',
  closesOn: '2023-09-14',
  venue: 'Palais des Nations',
  city: 'Geneva',
  timeZone: 'Europe/Zurich',
  symbolPrefix: 'CCM/MSP/2023',
  conveningNote: { reference: 'ODA/2023-00050', date: CONVENING_DATE, issuingOffice: 'ODA' },
  delegationDeadline: '2023-08-31',
  reportingDeadline: '2023-04-30',
  secretariatOfficeCode: 'ODA-GENEVA',
};

const CREATE = graphql(`
  mutation ConveningCreate($input: CreateMeetingInput!) {
    createMeeting(input: $input) { __typename ... on MutationCreateMeetingSuccess { meeting { id version status } } ... on Error { message } }
  }
`);

const CONVENE = graphql(`
  mutation ConveningConvene($id: ID!, $version: Int, $conveningDate: Date) {
    conveneMeeting(id: $id, version: $version, conveningDate: $conveningDate) {
      __typename
      ... on MutationConveneMeetingSuccess { meeting { status convenedOn version invitations { totalCount } } }
      ... on ValidationError { issues { path message } }
      ... on ConflictError { message allowed }
      ... on Error { message }
    }
  }
`);

const MEETING_CODE = graphql(`
  query ConveningMeetingCode($id: ID!) { node(id: $id) { __typename ... on Meeting { code } } }
`);

const INVITATIONS_BY_CAPACITY = graphql(`
  query ConveningInvitationsByCapacity($id: ID!) {
    meeting(id: $id) {
      invitationCounts { capacity count }
      organisations: invitations(filter: { capacity: ORGANISATION_OF_RIGHT }) {
        totalCount edges { node { capacity status participant { __typename ... on Organisation { acronym } } } }
      }
      parties: invitations(filter: { capacity: STATE_PARTY, status: ISSUED }, first: 2) {
        totalCount edges { node { participant { __typename ... on State { iso3 name } } } }
      }
    }
  }
`);

const ORGANISATIONS_OF_RIGHT = graphql(`
  query ConveningOrganisationsOfRight($id: ID!) {
    meeting(id: $id) {
      invitations(first: 100, filter: { capacity: ORGANISATION_OF_RIGHT }) {
        edges { node { capacity participant { __typename ... on State { name } ... on Organisation { name } } } }
      }
    }
  }
`);

const FIRST_THREE_STATES = graphql(`
  query ConveningFirstThreeStates($id: ID!) {
    meeting(id: $id) { invitations(first: 3) { edges { node { participant { __typename ... on State { name } } } } } }
  }
`);

const CANCEL = graphql(`
  mutation ConveningCancel($id: ID!) { changeMeetingStatus(id: $id, version: 1, status: CANCELLED) { __typename } }
`);

describe.each(testBackends())('convening a meeting on %s', (backend) => {
  let api: ApiFixture;
  let actors: Actors;
  let prisma: ApiFixture['database']['prisma'];
  let codeNumber = 0;

  beforeAll(async () => {
    api = await startApi({ backend, now: () => new Date('2023-03-01T09:00:00Z') });
    actors = await createActors(api, { stateIso3: 'CHE', otherStateIso3: 'NGA' });
    prisma = api.database.prisma;
  });
  afterAll(() => api.close());

  /** A fresh draft copy of the Eleventh Meeting. */
  async function createDraft(
    overrides: Partial<SchemaType<'CreateMeetingInput'>> = {},
  ): Promise<{ id: string; version: number }> {
    codeNumber += 1;
    const { body } = await api.graphql(CREATE, {
      variables: { input: { ...ELEVENTH_MEETING_COPY, code: `11MSP-COPY${codeNumber}`, ...overrides } },
      headers: actors.secretariat.headers,
    });
    return expectResult(expectData(body).createMeeting, 'MutationCreateMeetingSuccess').meeting;
  }

  async function convene(variables: VariablesOf<typeof CONVENE>, headers = actors.secretariat.headers) {
    const { body } = await api.graphql(CONVENE, { variables, headers });
    return { body: expectData(body) };
  }

  async function invitedIso3(meetingId: string, capacity: string): Promise<string[]> {
    const rows = await prisma.invitation.findMany({
      where: { meetingId, capacity: capacity as never },
      select: { state: { select: { iso3: true } } },
    });
    return rows.map((row) => row.state?.iso3 ?? '').sort();
  }

  async function databaseId(globalId: string): Promise<string> {
    const { body } = await api.graphql(MEETING_CODE, { variables: { id: globalId } });
    const { code } = expectResult(body.data!.node!, 'Meeting');
    const meeting = await prisma.meeting.findFirstOrThrow({ where: { code }, select: { id: true } });
    return meeting.id;
  }

  it('invites, on 21 March 2023, the States Parties of the opening day (11 September) as such, signatories and the other States as observers, and the five organisations of right', async () => {
    const draft = await createDraft();
    const { body } = await convene({ id: draft.id, version: draft.version, conveningDate: CONVENING_DATE });
    expect(body.conveneMeeting).toMatchObject({
      __typename: 'MutationConveneMeetingSuccess',
      meeting: { status: 'CONVENED', convenedOn: CONVENING_DATE, version: 2 },
    });

    // Straight from the stored treaty records: in force on the opening day and not withdrawn; signed by then and not party.
    const ccm = { convention: { code: 'CCM' } };
    const notWithdrawn: Prisma.TreatyRecordWhereInput = {
      OR: [{ withdrawalEffectiveOn: null }, { withdrawalEffectiveOn: { gt: DAY } }],
    };
    const parties = await prisma.treatyRecord.findMany({
      where: { ...ccm, entryIntoForceOn: { lte: DAY }, AND: [notWithdrawn] },
      select: { state: { select: { iso3: true } } },
    });
    const signatories = await prisma.treatyRecord.findMany({
      where: {
        ...ccm,
        signedOn: { lte: DAY },
        OR: [{ entryIntoForceOn: null }, { entryIntoForceOn: { gt: DAY } }],
        AND: [notWithdrawn],
      },
      select: { state: { select: { iso3: true } } },
    });
    const allStates = (await prisma.state.findMany({ select: { iso3: true } })).map((state) => state.iso3);
    const partyCodes = parties.map((row) => row.state.iso3).sort();
    const signatoryCodes = signatories.map((row) => row.state.iso3).sort();
    const otherCodes = allStates.filter((iso3) => !partyCodes.includes(iso3) && !signatoryCodes.includes(iso3)).sort();

    const id = await databaseId(draft.id);
    expect(allStates).toHaveLength(197);
    expect(partyCodes).toContain('LTU'); // Lithuania's withdrawal took effect only in 2025
    expect(partyCodes).toContain('NGA'); // Nigeria deposited on 2023-02-28: in force from 2023-08-01, before the opening day
    expect(partyCodes).not.toContain('SSD'); // South Sudan acceded on 2023-08-03: in force only from 2024-02-01
    expect(await invitedIso3(id, 'STATE_PARTY')).toEqual(partyCodes);
    expect(await invitedIso3(id, 'SIGNATORY_OBSERVER')).toEqual(signatoryCodes);
    expect(await invitedIso3(id, 'NON_SIGNATORY_OBSERVER')).toEqual(otherCodes);

    const organisations = await prisma.invitation.findMany({
      where: { meetingId: id, capacity: 'ORGANISATION_OF_RIGHT' },
      select: { status: true, organisation: { select: { acronym: true } } },
    });
    expect(organisations.map((row) => row.organisation?.acronym).sort()).toEqual([
      'CMC',
      'GICHD',
      'ICRC',
      'IFRC',
      'UN',
    ]);
    expect(await prisma.invitation.count({ where: { meetingId: id } })).toBe(197 + 5);
    expect(await prisma.invitation.count({ where: { meetingId: id, status: { not: 'ISSUED' } } })).toBe(0);

    const audit = await prisma.auditEvent.findMany({ where: { entityId: id, action: 'meeting.convene' } });
    expect(audit).toHaveLength(1);
    expect(audit[0]?.after).toMatchObject({ status: 'CONVENED', convenedOn: CONVENING_DATE, invitationsIssued: 202 });
  });

  it('shows the invitations by capacity, filtered, with counts for every capacity', async () => {
    const draft = await createDraft();
    await convene({ id: draft.id, conveningDate: CONVENING_DATE });
    const { body } = await api.graphql(INVITATIONS_BY_CAPACITY, {
      variables: { id: draft.id },
      headers: actors.partner.headers,
    });
    const meeting = body.data!.meeting!;
    const parties = await prisma.invitation.count({
      where: { meetingId: await databaseId(draft.id), capacity: 'STATE_PARTY' },
    });
    expect(meeting.invitationCounts.map((row) => row.capacity)).toEqual([
      'STATE_PARTY',
      'SIGNATORY_OBSERVER',
      'NON_SIGNATORY_OBSERVER',
      'ORGANISATION_OF_RIGHT',
      'ORGANISATION_ON_REQUEST',
    ]);
    expect(meeting.invitationCounts.reduce((sum, row) => sum + row.count, 0)).toBe(202);
    expect(meeting.invitationCounts.at(-1)).toEqual({ capacity: 'ORGANISATION_ON_REQUEST', count: 0 });
    expect(meeting.organisations.totalCount).toBe(5);
    expect(meeting.organisations.edges[0]?.node).toMatchObject({
      capacity: 'ORGANISATION_OF_RIGHT',
      status: 'ISSUED',
      participant: { __typename: 'Organisation' },
    });
    expect(meeting.parties.totalCount).toBe(parties);
    // In alphabetical order of the English name.
    expect(meeting.parties.edges.map((edge) => expectResult(edge.node.participant, 'State').name)).toEqual([
      'Afghanistan',
      'Albania',
    ]);
  });

  it('tells each invited State from each organisation, whatever fields the query asks of them', async () => {
    const draft = await createDraft();
    await convene({ id: draft.id, conveningDate: CONVENING_DATE });
    const { body } = await api.graphql(ORGANISATIONS_OF_RIGHT, {
      variables: { id: draft.id },
      headers: actors.partner.headers,
    });
    const states = await api.graphql(FIRST_THREE_STATES, {
      variables: { id: draft.id },
      headers: actors.partner.headers,
    });
    expect(body.data?.meeting?.invitations.edges.map((edge) => edge.node.participant.__typename)).toEqual(
      Array(5).fill('Organisation'),
    );
    expect(body.data?.meeting?.invitations.edges[0]?.node.participant.name).toBeTruthy();
    expect(states.body.data?.meeting?.invitations.edges.map((edge) => edge.node.participant)).toEqual([
      { __typename: 'State', name: 'Afghanistan' },
      { __typename: 'State', name: 'Albania' },
      { __typename: 'State', name: 'Andorra' },
    ]);
  });

  it('changes nothing when run again: no new invitation, same version, existing invitations untouched', async () => {
    const draft = await createDraft();
    await convene({ id: draft.id, conveningDate: CONVENING_DATE });
    const id = await databaseId(draft.id);
    const before = await prisma.invitation.findMany({ where: { meetingId: id }, orderBy: { id: 'asc' } });
    const meetingBefore = await prisma.meeting.findUniqueOrThrow({ where: { id } });

    const again = await convene({ id: draft.id, conveningDate: CONVENING_DATE });
    const withoutDate = await convene({ id: draft.id });
    expect(again.body.conveneMeeting).toMatchObject({
      __typename: 'MutationConveneMeetingSuccess',
      meeting: { status: 'CONVENED', version: 2, invitations: { totalCount: 202 } },
    });
    expect(withoutDate.body.conveneMeeting.__typename).toBe('MutationConveneMeetingSuccess');

    expect(await prisma.invitation.findMany({ where: { meetingId: id }, orderBy: { id: 'asc' } })).toEqual(before);
    expect(await prisma.meeting.findUniqueOrThrow({ where: { id } })).toEqual(meetingBefore);
    const audit = await prisma.auditEvent.findMany({
      where: { entityId: id, action: 'meeting.convene' },
      orderBy: { sequence: 'asc' },
    });
    // Nothing changed, so the audit trail records nothing more.
    expect(audit.map((event) => (event.after as { invitationsIssued: number }).invitationsIssued)).toEqual([202]);
  });

  it('creates each invitation once and records one convening when ten calls convene the same meeting at the same time', async () => {
    const draft = await createDraft();
    const results = await Promise.all(
      Array.from({ length: 10 }, () =>
        convene({ id: draft.id, version: draft.version, conveningDate: CONVENING_DATE }),
      ),
    );
    expect(results.map((result) => result.body.conveneMeeting.__typename)).toEqual(
      Array.from({ length: 10 }, () => 'MutationConveneMeetingSuccess'),
    );
    const id = await databaseId(draft.id);
    expect(await prisma.invitation.count({ where: { meetingId: id } })).toBe(202);
    expect(await prisma.meeting.findUniqueOrThrow({ where: { id }, select: { version: true, status: true } })).toEqual({
      version: 2,
      status: 'CONVENED',
    });
    const audit = await prisma.auditEvent.findMany({ where: { entityId: id, action: 'meeting.convene' } });
    // One DRAFT -> CONVENED transition; a call that only issued invitations another had not yet issued says so.
    expect(audit.filter((event) => (event.before as { status: string }).status === 'DRAFT')).toHaveLength(1);
    expect(audit.every((event) => (event.after as { invitationsIssued: number }).invitationsIssued > 0)).toBe(true);
    expect(
      audit.reduce((sum, event) => sum + (event.after as { invitationsIssued: number }).invitationsIssued, 0),
    ).toBe(202);
  });

  it('convenes on the date of the note verbale when no date is given', async () => {
    const draft = await createDraft();
    const { body } = await convene({ id: draft.id });
    expect(expectResult(body.conveneMeeting, 'MutationConveneMeetingSuccess').meeting.convenedOn).toBe(CONVENING_DATE);
  });

  it('refuses a convening date after the opening day, and an ID that is not a meeting', async () => {
    const draft = await createDraft();
    const late = await convene({ id: draft.id, conveningDate: '2023-09-12' });
    expect(late.body.conveneMeeting).toMatchObject({
      __typename: 'ValidationError',
      issues: [{ path: 'conveningDate' }],
    });
    const notAnId = await convene({ id: 'not-an-id' });
    expect(notAnId.body.conveneMeeting).toMatchObject({ __typename: 'ValidationError', issues: [{ path: 'id' }] });
    expect(await prisma.invitation.count({ where: { meetingId: await databaseId(draft.id) } })).toBe(0);
  });

  it.each(['anonymous', 'partner', 'sameState'] as const)('does not let %s convene a meeting', async (actor) => {
    const draft = await createDraft();
    const { body } = await convene({ id: draft.id }, actors[actor].headers);
    expect(body.conveneMeeting.__typename).toBe('ForbiddenError');
    expect(await prisma.invitation.count({ where: { meetingId: await databaseId(draft.id) } })).toBe(0);
  });

  it('says when the meeting does not exist', async () => {
    const { body } = await convene({
      id: Buffer.from('Meeting:00000000-0000-4000-8000-000000000000').toString('base64'),
    });
    expect(body.conveneMeeting).toMatchObject({ __typename: 'NotFoundError' });
  });

  it('refuses a stale version, another convening date, and a cancelled meeting', async () => {
    const draft = await createDraft();
    const stale = await convene({ id: draft.id, version: draft.version + 1 });
    expect(stale.body.conveneMeeting.__typename).toBe('ConflictError');

    await convene({ id: draft.id, conveningDate: CONVENING_DATE });
    const otherDate = await convene({ id: draft.id, conveningDate: '2023-03-22' });
    expect(otherDate.body.conveneMeeting).toMatchObject({
      __typename: 'ConflictError',
      message: expect.stringContaining('already convened on 2023-03-21'),
    });

    const cancelled = await createDraft();
    await api.graphql(CANCEL, { variables: { id: cancelled.id }, headers: actors.secretariat.headers });
    const { body } = await convene({ id: cancelled.id });
    expect(body.conveneMeeting).toMatchObject({ __typename: 'ConflictError', allowed: [] });
  });
});
