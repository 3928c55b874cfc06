import { testBackends } from '@plenary/db/testing';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createActors, type Actors } from './support/actors.ts';
import { graphql, type SchemaType } from './support/graphql.ts';
import { startApi, type ApiFixture } from './support/api-fixture.ts';
import {
  amendDelegation,
  databaseId,
  delegationGlobalId,
  HEAD_AND_ADVISER,
  invitationGlobalId,
  recordCredentials,
  submitDelegation,
  type MemberInput,
} from './support/delegation-operations.ts';
import { expectResult } from './support/expect-result.ts';
import { createDelegation, createInvitation, createMeeting } from './support/factories.ts';

// The Eleventh Meeting's deadline: Thursday 31 August 2023, the whole day in Geneva (CEST, UTC+2).
const BEFORE_DEADLINE = new Date('2023-08-15T09:00:00Z');
const LAST_MINUTE = new Date('2023-08-31T21:59:00Z');
const DAY_AFTER_DEADLINE = new Date('2023-09-01T10:00:00Z');
const SESSIONS_VALID_UNTIL = new Date('2024-01-01T00:00:00Z');

const CREDENTIALS: SchemaType<'CredentialsInput'> = {
  issuingAuthority: 'MINISTER_FOR_FOREIGN_AFFAIRS',
  documentKind: 'ORIGINAL',
  receivedDate: '2023-09-08',
  status: 'RECEIVED',
};
const NEW_LIST: MemberInput[] = [
  { role: 'HEAD', givenName: 'Sabine', familyName: 'Keller', title: 'Deputy Permanent Representative' },
  { role: 'REPRESENTATIVE', givenName: 'Marc', familyName: 'Dubois' },
  { role: 'ADVISER', givenName: 'Anna', familyName: 'Muster' },
];

const CHANGES_AFTER_DEADLINE = graphql(`
  query DelegationChangesAfterDeadline($id: ID!) {
    node(id: $id) { __typename ... on Delegation { changes { edges { node { afterDeadline } } } } }
  }
`);

// Not an invitation's ID: the Delegation 00000000-0000-4000-8000-000000000000's, written into the document.
const SUBMIT_FOR_A_DELEGATION_ID = graphql(`
  mutation DelegationSubmitForADelegationId($input: DelegationInput!) {
    submitDelegation(invitationId: "RGVsZWdhdGlvbjowMDAwMDAwMC0wMDAwLTQwMDAtODAwMC0wMDAwMDAwMDAwMDA=", input: $input) {
      __typename
      ... on ValidationError { issues { path } }
    }
  }
`);

const CHANGES_WITH_VERSIONS = graphql(`
  query DelegationChangesWithVersions($id: ID!) {
    node(id: $id) {
      __typename
      ... on Delegation { changes { totalCount edges { node { version afterDeadline } } } }
    }
  }
`);

const MEETING_DELEGATIONS_BY_TIMELINESS = graphql(`
  query DelegationsByTimeliness($meeting: ID!, $invitation: ID!) {
    meeting: node(id: $meeting) {
      __typename
      ... on Meeting {
        all: delegations { totalCount }
        late: delegations(filter: { timeliness: LATE }) { totalCount edges { node { timeliness } } }
        onTime: delegations(filter: { timeliness: ON_TIME }) { totalCount }
      }
    }
    invitation: node(id: $invitation) { __typename ... on Invitation { delegation { id } } }
    state(iso3: "NOR") { delegations { totalCount } }
  }
`);

const DELEGATION_PARTICIPANTS = graphql(`
  query DelegationParticipants($meeting: ID!) {
    meeting(id: $meeting) {
      delegations { edges { node { participant { __typename ... on State { iso3 } ... on Organisation { acronym name } } } } }
    }
  }
`);

const CHANGES_COUNT = graphql(`
  query DelegationChangesCount($id: ID!) { node(id: $id) { __typename ... on Delegation { changes { totalCount } } } }
`);

describe.each(testBackends())('delegations on %s', (backend) => {
  let api: ApiFixture;
  let actors: Actors;
  let clock = BEFORE_DEADLINE;
  let meetingId: string;

  beforeAll(async () => {
    api = await startApi({ backend, now: () => clock });
    actors = await createActors(api, { stateIso3: 'CHE', otherStateIso3: 'AUT' });
    // The clock moves past the deadline in some tests; the sessions signed in before stay valid.
    await api.database.prisma.session.updateMany({ data: { expiresAt: SESSIONS_VALID_UNTIL } });
    meetingId = (await createMeeting(api.database.prisma)).id;
  });
  afterAll(() => api.close());
  beforeEach(() => {
    clock = BEFORE_DEADLINE;
  });

  const invite = async (
    participant: string,
    options: { organisation?: boolean; status?: 'ISSUED' | 'REQUESTED'; meeting?: string } = {},
  ) =>
    (await createInvitation(api.database.prisma, { meetingId: options.meeting ?? meetingId, participant, ...options }))
      .id;

  const auditActions = async (entityId: string) =>
    (await api.database.prisma.auditEvent.findMany({ where: { entityId }, orderBy: { sequence: 'asc' } })).map(
      (event) => event.action,
    );

  describe('submitDelegation', () => {
    it('registers a State’s delegation from its focal point: members in list order, the head marked HEAD, on time, history and audit', async () => {
      const invitationId = await invite('CHE');
      const result = await submitDelegation(api, {
        invitationId,
        headers: actors.sameState.headers,
        publicListConsent: true,
      });

      const { delegation } = expectResult(result, 'MutationSubmitDelegationSuccess');
      expect(delegation).toMatchObject({
        version: 1,
        timeliness: 'ON_TIME',
        amendedAfterDeadline: false,
        headOfDelegation: { givenName: 'Félix', role: 'HEAD' },
        members: [
          {
            role: 'HEAD',
            position: 1,
            salutation: 'H.E. Mr.',
            givenName: 'Félix',
            familyName: 'Baumann',
            title: 'Ambassador, Permanent Representative',
            email: 'felix.baumann@example.org',
          },
          { role: 'ADVISER', position: 2, givenName: 'Anna', familyName: 'Muster' },
        ],
        credentials: null,
      });
      const id = databaseId(delegation.id);
      const stored = await api.database.prisma.delegation.findUniqueOrThrow({
        where: { id },
        include: { changes: true },
      });
      expect(stored).toMatchObject({ submittedAt: BEFORE_DEADLINE, publicListConsent: true });
      expect(stored.changes).toEqual([
        expect.objectContaining({ version: 1, changedAt: BEFORE_DEADLINE, before: null }),
      ]);
      expect(await auditActions(id)).toEqual(['delegation.submit']);
    });

    it('lets the secretariat register an organisation’s delegation', async () => {
      const invitationId = await invite('ICRC', { organisation: true });
      const result = await submitDelegation(api, { invitationId, headers: actors.secretariat.headers });
      expect(result.__typename).toBe('MutationSubmitDelegationSuccess');
    });

    it('counts the whole deadline day in the meeting’s time zone: 21:59 UTC on 31 August is on time, the next morning is late', async () => {
      clock = LAST_MINUTE;
      const onTime = await submitDelegation(api, {
        invitationId: await invite('NGA'),
        headers: actors.secretariat.headers,
      });
      clock = DAY_AFTER_DEADLINE;
      const late = await submitDelegation(api, {
        invitationId: await invite('HUN'),
        headers: actors.secretariat.headers,
      });
      expect(expectResult(onTime, 'MutationSubmitDelegationSuccess').delegation.timeliness).toBe('ON_TIME');
      const lateDelegation = expectResult(late, 'MutationSubmitDelegationSuccess').delegation;
      expect(lateDelegation.timeliness).toBe('LATE');
      const { body } = await api.graphql(CHANGES_AFTER_DEADLINE, {
        variables: { id: lateDelegation.id },
        headers: actors.secretariat.headers,
      });
      const node = expectResult(body.data!.node!, 'Delegation');
      expect(node.changes?.edges.map((edge) => edge.node)).toEqual([{ afterDeadline: true }]);
    });

    it('refuses a list without a head of delegation, or with two, naming the field', async () => {
      const invitationId = await invite('SYC');
      const noHead = await submitDelegation(api, {
        invitationId,
        headers: actors.secretariat.headers,
        members: [{ role: 'ADVISER', givenName: 'Anna', familyName: 'Muster' }],
      });
      const twoHeads = await submitDelegation(api, {
        invitationId,
        headers: actors.secretariat.headers,
        members: [
          { role: 'HEAD', givenName: 'Félix', familyName: 'Baumann' },
          { role: 'HEAD', givenName: 'Anna', familyName: 'Muster' },
        ],
      });
      expect(noHead).toMatchObject({
        __typename: 'ValidationError',
        issues: [{ path: 'members', message: 'A delegation needs a head of delegation: mark one member as HEAD.' }],
      });
      expect(twoHeads).toMatchObject({
        __typename: 'ValidationError',
        issues: [{ path: 'members', message: expect.stringContaining('2 members are marked HEAD') }],
      });
      expect(await api.database.prisma.delegation.count({ where: { invitationId } })).toBe(0);
    });

    it('refuses an empty name, a wrong e-mail address and an ID that is not an invitation’s', async () => {
      const invalid = await submitDelegation(api, {
        invitationId: await invite('ESP'),
        headers: actors.secretariat.headers,
        members: [{ role: 'HEAD', givenName: ' ', familyName: 'Baumann', email: 'felix' }],
      });
      expect(expectResult(invalid, 'ValidationError').issues.map((issue) => issue.path)).toEqual([
        'members.0.givenName',
        'members.0.email',
      ]);

      expect(delegationGlobalId('00000000-0000-4000-8000-000000000000')).toBe(
        'RGVsZWdhdGlvbjowMDAwMDAwMC0wMDAwLTQwMDAtODAwMC0wMDAwMDAwMDAwMDA=',
      );
      const { body } = await api.graphql(SUBMIT_FOR_A_DELEGATION_ID, {
        variables: { input: { members: HEAD_AND_ADVISER } },
        headers: actors.secretariat.headers,
      });
      expect(body.data?.submitDelegation).toEqual({
        __typename: 'ValidationError',
        issues: [{ path: 'invitationId' }],
      });
    });

    it('refuses anonymous callers, partner keys, another State’s focal point, and a focal point for an organisation', async () => {
      const invitationId = await invite('FRA');
      for (const actor of [actors.anonymous, actors.partner, actors.otherState]) {
        expect((await submitDelegation(api, { invitationId, headers: actor.headers })).__typename, actor.label).toBe(
          'ForbiddenError',
        );
      }
      const organisation = await invite('IFRC', { organisation: true });
      expect(
        (await submitDelegation(api, { invitationId: organisation, headers: actors.sameState.headers })).__typename,
      ).toBe('ForbiddenError');
      expect(
        await api.database.prisma.delegation.count({ where: { invitationId: { in: [invitationId, organisation] } } }),
      ).toBe(0);
    });

    it('says when the invitation does not exist', async () => {
      const result = await submitDelegation(api, {
        invitationId: '00000000-0000-4000-8000-000000000000',
        headers: actors.secretariat.headers,
      });
      expect(result).toMatchObject({ __typename: 'NotFoundError' });
    });

    it('refuses a second delegation for the same invitation: it is amended instead', async () => {
      const invitationId = await invite('DEU');
      expect((await submitDelegation(api, { invitationId, headers: actors.secretariat.headers })).__typename).toBe(
        'MutationSubmitDelegationSuccess',
      );
      const second = await submitDelegation(api, { invitationId, headers: actors.secretariat.headers });
      expect(second).toMatchObject({
        __typename: 'ConflictError',
        message: expect.stringContaining('amend it instead'),
      });
    });

    it('refuses a delegation for a pending rule 1.3 application and for a cancelled meeting', async () => {
      await api.database.prisma.organisation.create({
        data: { acronym: 'HI', name: 'Humanity & Inclusion', kind: 'NGO' },
      });
      const pending = await invite('HI', { organisation: true, status: 'REQUESTED' });
      const cancelled = await createMeeting(api.database.prisma, { status: 'CANCELLED' });
      const ofCancelled = await invite('CHE', { meeting: cancelled.id });
      expect(await submitDelegation(api, { invitationId: pending, headers: actors.secretariat.headers })).toMatchObject(
        { __typename: 'ConflictError', message: expect.stringContaining('REQUESTED') },
      );
      expect(
        await submitDelegation(api, { invitationId: ofCancelled, headers: actors.secretariat.headers }),
      ).toMatchObject({ __typename: 'ConflictError', message: expect.stringContaining('CANCELLED') });
    });
  });

  describe('amendDelegation', () => {
    it('replaces the list, moves the head, bumps the version and keeps the change with before and after', async () => {
      const { id } = await createDelegation(api.database.prisma, { invitationId: await invite('BEL') });
      const result = await amendDelegation(api, {
        delegationId: id,
        version: 1,
        members: NEW_LIST,
        headers: actors.secretariat.headers,
      });

      expect(expectResult(result, 'MutationAmendDelegationSuccess').delegation).toMatchObject({
        version: 2,
        amendedAfterDeadline: false,
        headOfDelegation: { givenName: 'Sabine', role: 'HEAD' },
        members: [
          { role: 'HEAD', position: 1, givenName: 'Sabine' },
          { role: 'REPRESENTATIVE', position: 2, givenName: 'Marc' },
          { role: 'ADVISER', position: 3, givenName: 'Anna' },
        ],
      });
      const stored = await api.database.prisma.delegation.findUniqueOrThrow({
        where: { id },
        include: { members: true, head: true },
      });
      expect(stored.members).toHaveLength(3);
      expect(stored.head?.givenName).toBe('Sabine');
      const change = await api.database.prisma.delegationChange.findUniqueOrThrow({
        where: { delegationId_version: { delegationId: id, version: 2 } },
      });
      expect(change).toMatchObject({
        changedAt: BEFORE_DEADLINE,
        before: {
          version: 1,
          members: [
            { role: 'HEAD', givenName: 'Félix' },
            { role: 'ADVISER', givenName: 'Anna' },
          ],
        },
        after: {
          version: 2,
          members: [{ role: 'HEAD', givenName: 'Sabine' }, { role: 'REPRESENTATIVE' }, { role: 'ADVISER' }],
        },
      });
      expect(await auditActions(id)).toEqual(['delegation.amend']);
    });

    it('lets a focal point amend its own State’s delegation, and flags an amendment after the deadline', async () => {
      const { id } = await createDelegation(api.database.prisma, {
        invitationId: await invite('CHE', { meeting: (await createMeeting(api.database.prisma)).id }),
      });
      clock = DAY_AFTER_DEADLINE;
      const result = await amendDelegation(api, {
        delegationId: id,
        version: 1,
        members: NEW_LIST,
        headers: actors.sameState.headers,
      });
      expect(expectResult(result, 'MutationAmendDelegationSuccess').delegation).toMatchObject({
        version: 2,
        amendedAfterDeadline: true,
        timeliness: 'ON_TIME',
      });

      const { body } = await api.graphql(CHANGES_WITH_VERSIONS, {
        variables: { id: delegationGlobalId(id) },
        headers: actors.sameState.headers,
      });
      const node = expectResult(body.data!.node!, 'Delegation');
      expect(node.changes?.edges.map((edge) => edge.node)).toEqual([{ version: 2, afterDeadline: true }]);
    });

    it('refuses a stale version, changing nothing', async () => {
      const { id } = await createDelegation(api.database.prisma, { invitationId: await invite('NLD') });
      expect(
        (
          await amendDelegation(api, {
            delegationId: id,
            version: 1,
            members: NEW_LIST,
            headers: actors.secretariat.headers,
          })
        ).__typename,
      ).toBe('MutationAmendDelegationSuccess');
      const stale = await amendDelegation(api, {
        delegationId: id,
        version: 1,
        members: HEAD_AND_ADVISER,
        headers: actors.secretariat.headers,
      });
      expect(stale).toMatchObject({
        __typename: 'ConflictError',
        message: expect.stringContaining('changed by someone else'),
      });
      const stored = await api.database.prisma.delegation.findUniqueOrThrow({ where: { id }, include: { head: true } });
      expect(stored).toMatchObject({ version: 2, head: { givenName: 'Sabine' } });
      expect(await auditActions(id)).toEqual(['delegation.amend']);
    });

    it('refuses a list with two heads', async () => {
      const { id } = await createDelegation(api.database.prisma, { invitationId: await invite('ITA') });
      const members: MemberInput[] = [
        { role: 'HEAD', givenName: 'A', familyName: 'B' },
        { role: 'HEAD', givenName: 'C', familyName: 'D' },
      ];
      expect(
        await amendDelegation(api, { delegationId: id, version: 1, members, headers: actors.secretariat.headers }),
      ).toMatchObject({ __typename: 'ValidationError', issues: [{ path: 'members' }] });
    });

    it('refuses anonymous callers, partner keys and another State’s focal point', async () => {
      const { id } = await createDelegation(api.database.prisma, {
        invitationId: await invite('CHE', { meeting: (await createMeeting(api.database.prisma)).id }),
      });
      for (const actor of [actors.anonymous, actors.partner, actors.otherState]) {
        expect(
          (await amendDelegation(api, { delegationId: id, version: 1, members: NEW_LIST, headers: actor.headers }))
            .__typename,
          actor.label,
        ).toBe('ForbiddenError');
      }
      expect((await api.database.prisma.delegation.findUniqueOrThrow({ where: { id } })).version).toBe(1);
    });

    it('says when the delegation does not exist', async () => {
      const result = await amendDelegation(api, {
        delegationId: '00000000-0000-4000-8000-000000000000',
        version: 1,
        members: NEW_LIST,
        headers: actors.secretariat.headers,
      });
      expect(result).toMatchObject({ __typename: 'NotFoundError' });
    });

    it('lets exactly one of two concurrent amendments with the same version through; the audit log shows one change', async () => {
      const { id } = await createDelegation(api.database.prisma, { invitationId: await invite('PRT') });
      const results = await Promise.all([
        amendDelegation(api, { delegationId: id, version: 1, members: NEW_LIST, headers: actors.secretariat.headers }),
        amendDelegation(api, {
          delegationId: id,
          version: 1,
          members: HEAD_AND_ADVISER,
          headers: actors.admin.headers,
        }),
      ]);
      expect(results.map((result) => result.__typename).sort()).toEqual([
        'ConflictError',
        'MutationAmendDelegationSuccess',
      ]);
      expect(await auditActions(id)).toEqual(['delegation.amend']);
      const stored = await api.database.prisma.delegation.findUniqueOrThrow({
        where: { id },
        include: { members: true, changes: true },
      });
      expect(stored.version).toBe(2);
      expect(stored.changes).toHaveLength(1);
      const winner = expectResult(
        results.find((result) => result.__typename === 'MutationAmendDelegationSuccess')!,
        'MutationAmendDelegationSuccess',
      );
      expect(stored.members).toHaveLength(winner.delegation.members.length);
    });
  });

  describe('recordCredentials', () => {
    let delegationId: string;
    beforeAll(async () => {
      delegationId = (await createDelegation(api.database.prisma, { invitationId: await invite('IRL') })).id;
    });

    it('records a State Party’s credentials, then replaces them when the original is accepted', async () => {
      const received = await recordCredentials(api, {
        delegationId,
        input: { ...CREDENTIALS, documentKind: 'COPY' },
        headers: actors.secretariat.headers,
      });
      expect(expectResult(received, 'MutationRecordCredentialsSuccess').delegation.credentials).toEqual({
        issuingAuthority: 'MINISTER_FOR_FOREIGN_AFFAIRS',
        authorisedBy: null,
        documentKind: 'COPY',
        receivedDate: '2023-09-08',
        status: 'RECEIVED',
      });
      const accepted = await recordCredentials(api, {
        delegationId,
        input: {
          ...CREDENTIALS,
          issuingAuthority: 'AUTHORISED_PERSON',
          authorisedBy: 'HEAD_OF_GOVERNMENT',
          status: 'ACCEPTED',
        },
        headers: actors.admin.headers,
      });
      expect(expectResult(accepted, 'MutationRecordCredentialsSuccess').delegation.credentials).toMatchObject({
        issuingAuthority: 'AUTHORISED_PERSON',
        authorisedBy: 'HEAD_OF_GOVERNMENT',
        documentKind: 'ORIGINAL',
        status: 'ACCEPTED',
      });
      expect(await api.database.prisma.credentials.count({ where: { delegationId } })).toBe(1);
      const events = await api.database.prisma.auditEvent.findMany({
        where: { action: 'delegation.recordCredentials' },
      });
      expect(events).toHaveLength(2);
    });

    it('asks who authorised a person signing credentials', async () => {
      const result = await recordCredentials(api, {
        delegationId,
        input: { ...CREDENTIALS, issuingAuthority: 'AUTHORISED_PERSON' },
        headers: actors.secretariat.headers,
      });
      expect(result).toMatchObject({ __typename: 'ValidationError', issues: [{ path: 'authorisedBy' }] });
    });

    it('is for the secretariat only: not even the State’s own focal point records them', async () => {
      for (const actor of [actors.anonymous, actors.partner, actors.otherState, actors.sameState]) {
        expect(
          (await recordCredentials(api, { delegationId, input: CREDENTIALS, headers: actor.headers })).__typename,
          actor.label,
        ).toBe('ForbiddenError');
      }
    });

    it('says when the delegation does not exist', async () => {
      const result = await recordCredentials(api, {
        delegationId: '00000000-0000-4000-8000-000000000000',
        input: CREDENTIALS,
        headers: actors.secretariat.headers,
      });
      expect(result).toMatchObject({ __typename: 'NotFoundError' });
    });

    it('refuses credentials for an observer’s delegation', async () => {
      const observer = await createDelegation(api.database.prisma, {
        invitationId: await invite('GICHD', { organisation: true }),
      });
      const result = await recordCredentials(api, {
        delegationId: observer.id,
        input: CREDENTIALS,
        headers: actors.secretariat.headers,
      });
      expect(result).toMatchObject({
        __typename: 'ConflictError',
        message: expect.stringContaining('ORGANISATION_OF_RIGHT'),
      });
    });
  });

  describe('reading delegations', () => {
    it('lists a meeting’s delegations on time or late, with totals, and a State’s and an invitation’s delegation', async () => {
      const meeting = await createMeeting(api.database.prisma);
      await createDelegation(api.database.prisma, { invitationId: await invite('CHE', { meeting: meeting.id }) });
      await createDelegation(api.database.prisma, {
        invitationId: await invite('AUT', { meeting: meeting.id }),
        submittedAt: DAY_AFTER_DEADLINE,
      });
      const lateInvitation = await invite('NOR', { meeting: meeting.id });
      const late = await createDelegation(api.database.prisma, {
        invitationId: lateInvitation,
        submittedAt: DAY_AFTER_DEADLINE,
      });

      const { body } = await api.graphql(MEETING_DELEGATIONS_BY_TIMELINESS, {
        variables: { meeting: encodeGlobalID('Meeting', meeting.id), invitation: invitationGlobalId(lateInvitation) },
      });
      expect(body.errors).toBeUndefined();
      expect(body.data?.meeting).toEqual({
        __typename: 'Meeting',
        all: { totalCount: 3 },
        late: { totalCount: 2, edges: [{ node: { timeliness: 'LATE' } }, { node: { timeliness: 'LATE' } }] },
        onTime: { totalCount: 1 },
      });
      expect(expectResult(body.data!.invitation!, 'Invitation').delegation?.id).toBe(delegationGlobalId(late.id));
      expect(body.data?.state?.delegations.totalCount).toBe(1);
    });

    it('names the State or organisation each delegation represents', async () => {
      const meeting = await createMeeting(api.database.prisma);
      await createDelegation(api.database.prisma, { invitationId: await invite('CHE', { meeting: meeting.id }) });
      await createDelegation(api.database.prisma, {
        invitationId: await invite('GICHD', { meeting: meeting.id, organisation: true }),
      });
      const { body } = await api.graphql(DELEGATION_PARTICIPANTS, {
        variables: { meeting: encodeGlobalID('Meeting', meeting.id) },
      });
      expect(body.errors).toBeUndefined();
      const participants = body.data?.meeting?.delegations.edges.map((edge) => edge.node.participant);
      expect(participants).toHaveLength(2);
      expect(participants).toEqual(
        expect.arrayContaining([
          { __typename: 'State', iso3: 'CHE' },
          {
            __typename: 'Organisation',
            acronym: 'GICHD',
            name: 'Geneva International Centre for Humanitarian Demining',
          },
        ]),
      );
    });

    it('shows the history to the secretariat and the delegation’s own State only', async () => {
      const { id } = await createDelegation(api.database.prisma, {
        invitationId: await invite('CHE', { meeting: (await createMeeting(api.database.prisma)).id }),
      });
      await amendDelegation(api, {
        delegationId: id,
        version: 1,
        members: NEW_LIST,
        headers: actors.secretariat.headers,
      });
      const seen: Record<string, number | null> = {};
      for (const actor of Object.values(actors)) {
        const { body } = await api.graphql(CHANGES_COUNT, {
          variables: { id: delegationGlobalId(id) },
          headers: actor.headers,
        });
        seen[actor.label] = body.data
          ? (expectResult(body.data.node!, 'Delegation').changes?.totalCount ?? null)
          : null;
      }
      expect(seen).toEqual({
        anonymous: null,
        'partner key': null,
        'STATE of AUT': null,
        'STATE of CHE': 1,
        SECRETARIAT: 1,
        ADMIN: 1,
      });
    });
  });
});
