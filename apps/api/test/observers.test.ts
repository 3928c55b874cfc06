import { testBackends } from '@plenary/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createActors, type Actor, type Actors } from './support/actors.ts';
import { graphql, textOf, type VariablesOf } from './support/graphql.ts';
import { startApi, type ApiFixture } from './support/api-fixture.ts';
import { expectData, expectResult } from './support/expect-result.ts';

const APPLY = graphql(`
  mutation ObserverApply($meetingId: ID!, $applicant: ObserverApplicantInput!, $motivation: String!) {
    applyAsObserver(meetingId: $meetingId, applicant: $applicant, motivation: $motivation) {
      __typename
      ... on MutationApplyAsObserverSuccess { invitation { id capacity status requestedAt motivation participant { __typename ... on Organisation { id acronym name } } } }
      ... on ValidationError { issues { path message } }
      ... on NotFoundError { entity }
      ... on Error { message }
    }
  }
`);

const DECIDE = graphql(`
  mutation ObserverDecide($invitationId: ID!, $decision: ObserverDecision!, $note: String) {
    decideObserverApplication(invitationId: $invitationId, decision: $decision, note: $note) {
      __typename
      ... on MutationDecideObserverApplicationSuccess { invitation { status decidedAt decisionNote } }
      ... on ValidationError { issues { path message } }
      ... on NotFoundError { entity }
      ... on ConflictError { message allowed }
      ... on Error { message }
    }
  }
`);

const CREATE_DRAFT_MEETING = graphql(`
  mutation ObserverDraftMeeting($number: Int!) {
    createMeeting(
      input: { conventionCode: "CCM", kind: INTERSESSIONAL, number: $number, opensOn: "2026-06-01", closesOn: "2026-06-02"
        venue: "Palais des Nations", city: "Geneva", timeZone: "Europe/Zurich", symbolPrefix: "CCM/MSP/2026" }
    ) { __typename ... on MutationCreateMeetingSuccess { meeting { id } } }
  }
`);

const OBSERVER_APPLICATIONS = graphql(`
  query ObserverApplicationsRequested($id: ID!) {
    meeting(id: $id) { observerApplications(filter: { status: REQUESTED }) { totalCount edges { node { id motivation } } } }
  }
`);

const ELEVENTH_MEETING_ID = graphql(`
  query ObserverEleventhMeeting { meetingByCode(code: "11MSP") { id } }
`);

const INVITATION_COUNTS = graphql(`
  query ObserverInvitationCounts($id: ID!) { meeting(id: $id) { invitationCounts { capacity count } } }
`);

const APPLIED = 'MutationApplyAsObserverSuccess';

const MOTIVATION = 'The organisation clears cluster munition remnants in the region and reports on victim assistance.';
const NOW = '2023-05-02T10:00:00.000Z';
const MISSING_ORGANISATION = Buffer.from('Organisation:00000000-0000-4000-8000-000000000000').toString('base64');

describe.each(testBackends())('observers on request (rule 1.3) on %s', (backend) => {
  let api: ApiFixture;
  let actors: Actors;
  let meetingId: string;
  let acronymNumber = 0;

  beforeAll(async () => {
    api = await startApi({ backend, now: () => new Date(NOW) });
    actors = await createActors(api, { stateIso3: 'CHE', otherStateIso3: 'NGA' });
    meetingId = await createDraftMeeting(1);
  });
  afterAll(() => api.close());

  /** A draft intersessional meeting: it takes applications. */
  async function createDraftMeeting(number: number): Promise<string> {
    const { body } = await api.graphql(CREATE_DRAFT_MEETING, {
      variables: { number },
      headers: actors.secretariat.headers,
    });
    return expectResult(expectData(body).createMeeting, 'MutationCreateMeetingSuccess').meeting.id;
  }

  async function applyAsObserver(variables: VariablesOf<typeof APPLY>, actor: Actor = actors.secretariat) {
    const { body } = await api.graphql(APPLY, { variables, headers: actor.headers });
    return expectData(body).applyAsObserver;
  }

  async function decide(variables: VariablesOf<typeof DECIDE>, actor: Actor = actors.secretariat) {
    const { body } = await api.graphql(DECIDE, { variables, headers: actor.headers });
    return expectData(body).decideObserverApplication;
  }

  /** An applying organisation's details, new each time. */
  function newOrganisation() {
    acronymNumber += 1;
    return {
      acronym: `ORG${acronymNumber}`,
      name: `Regional Demining Organisation ${acronymNumber}`,
      kind: 'REGIONAL_ORGANISATION',
      website: 'https://example.org',
    };
  }

  /** The applying organisation of an application the test expects to succeed. */
  function applicantOf(result: Awaited<ReturnType<typeof applyAsObserver>>) {
    const { participant } = expectResult(result, APPLIED).invitation;
    return expectResult(participant, 'Organisation');
  }

  async function apply(): Promise<string> {
    return expectResult(
      await applyAsObserver({ meetingId, applicant: { organisation: newOrganisation() }, motivation: MOTIVATION }),
      APPLIED,
    ).invitation.id;
  }

  async function auditActions(globalId: string): Promise<string[]> {
    const id = Buffer.from(globalId, 'base64').toString().split(':')[1];
    return (
      await api.database.prisma.auditEvent.findMany({ where: { entityId: id }, orderBy: { sequence: 'asc' } })
    ).map((event) => event.action);
  }

  describe('applyAsObserver', () => {
    it('records a new organisation and its application, and lists it among the meeting’s observer applications', async () => {
      const organisation = newOrganisation();
      const result = await applyAsObserver({ meetingId, applicant: { organisation }, motivation: MOTIVATION });
      expect(result).toMatchObject({
        __typename: 'MutationApplyAsObserverSuccess',
        invitation: {
          capacity: 'ORGANISATION_ON_REQUEST',
          status: 'REQUESTED',
          requestedAt: NOW,
          motivation: MOTIVATION,
          participant: { acronym: organisation.acronym },
        },
      });
      const { id } = expectResult(result, APPLIED).invitation;
      expect(await auditActions(id)).toEqual(['observerApplication.apply']);
      expect(
        await api.database.prisma.auditEvent.count({ where: { action: 'organisation.create' } }),
      ).toBeGreaterThanOrEqual(1);

      const { body } = await api.graphql(OBSERVER_APPLICATIONS, {
        variables: { id: meetingId },
        headers: actors.partner.headers,
      });
      const applications = body.data?.meeting?.observerApplications;
      expect(applications?.edges.map((edge) => edge.node.id)).toContain(id);
      // The motivation is for the secretariat: a partner reads null.
      expect(applications?.edges.every((edge) => edge.node.motivation === null)).toBe(true);
    });

    it('lets any signed-in user apply, for an organisation already known by its ID or by its acronym', async () => {
      const first = await applyAsObserver({
        meetingId,
        applicant: { organisation: newOrganisation() },
        motivation: MOTIVATION,
      });
      const { id: organisationId, acronym } = applicantOf(first);
      const byId = await applyAsObserver(
        { meetingId: await createDraftMeeting(2), applicant: { organisationId }, motivation: MOTIVATION },
        actors.sameState,
      );
      expect(byId).toMatchObject({
        __typename: 'MutationApplyAsObserverSuccess',
        invitation: { participant: { id: organisationId } },
      });
      const byAcronym = await applyAsObserver(
        {
          meetingId: await createDraftMeeting(3),
          applicant: { organisation: { acronym: acronym.toLowerCase(), name: 'Another name', kind: 'NGO' } },
          motivation: MOTIVATION,
        },
        actors.otherState,
      );
      expect(byAcronym).toMatchObject({
        __typename: 'MutationApplyAsObserverSuccess',
        invitation: { participant: { id: organisationId, acronym } },
      });
      expect(
        await api.database.prisma.organisation.count({ where: { acronym: { equals: acronym, mode: 'insensitive' } } }),
      ).toBe(1);
    });

    it('takes the applicant by ID or by its details, exactly one (@oneOf), and records nothing otherwise', async () => {
      const before = await api.database.prisma.invitation.count();
      for (const applicant of [
        {},
        { organisationId: MISSING_ORGANISATION, organisation: newOrganisation() },
        { organisationId: null },
      ]) {
        // Sent as text: the variables are ones the typed document would not let a test write.
        const { status, body } = await api.graphql(textOf(APPLY), {
          variables: { meetingId, applicant, motivation: MOTIVATION },
          headers: actors.secretariat.headers,
        });
        expect(status, JSON.stringify(applicant)).toBe(400);
        expect(body.errors?.map((error) => error.extensions?.code)).toEqual(['BAD_USER_INPUT']);
        expect(body.errors?.[0]?.message).toMatch(/^Variable "\$applicant" got invalid value/);
      }
      expect(await api.database.prisma.invitation.count()).toBe(before);
    });

    it('names what is wrong with the application', async () => {
      const bad = await applyAsObserver({
        meetingId,
        applicant: { organisation: { ...newOrganisation(), kind: 'CLUB', website: 'example' } },
        motivation: ' ',
      });
      expect(
        expectResult(bad, 'ValidationError')
          .issues.map((issue) => issue.path)
          .sort(),
      ).toEqual(['motivation', 'organisation.kind', 'organisation.website']);
      const notAMeeting = await applyAsObserver({
        meetingId: 'nonsense',
        applicant: { organisation: newOrganisation() },
        motivation: MOTIVATION,
      });
      expect(notAMeeting).toMatchObject({ __typename: 'ValidationError', issues: [{ path: 'meetingId' }] });
    });

    it('refuses anonymous callers and partner keys', async () => {
      for (const actor of [actors.anonymous, actors.partner]) {
        expect(
          (
            await applyAsObserver(
              { meetingId, applicant: { organisation: newOrganisation() }, motivation: MOTIVATION },
              actor,
            )
          ).__typename,
          actor.label,
        ).toBe('ForbiddenError');
      }
    });

    it('says when the meeting or the organisation does not exist', async () => {
      const missingMeeting = Buffer.from('Meeting:00000000-0000-4000-8000-000000000000').toString('base64');
      expect(
        await applyAsObserver({
          meetingId: missingMeeting,
          applicant: { organisation: newOrganisation() },
          motivation: MOTIVATION,
        }),
      ).toMatchObject({ __typename: 'NotFoundError', entity: 'Meeting' });
      expect(
        await applyAsObserver({
          meetingId,
          applicant: { organisationId: MISSING_ORGANISATION },
          motivation: MOTIVATION,
        }),
      ).toMatchObject({ __typename: 'NotFoundError', entity: 'Organisation' });
    });

    it('refuses an organisation of right, a second application, and a closed meeting', async () => {
      const icrc = await applyAsObserver({
        meetingId,
        applicant: {
          organisation: { acronym: 'ICRC', name: 'International Committee of the Red Cross', kind: 'ICRC' },
        },
        motivation: MOTIVATION,
      });
      expect(icrc).toMatchObject({ __typename: 'ConflictError', message: expect.stringContaining('as of right') });

      const organisation = newOrganisation();
      await applyAsObserver({ meetingId, applicant: { organisation }, motivation: MOTIVATION });
      const again = await applyAsObserver({ meetingId, applicant: { organisation }, motivation: MOTIVATION });
      expect(again).toMatchObject({ __typename: 'ConflictError', message: expect.stringContaining('already applied') });

      const { body } = await api.graphql(ELEVENTH_MEETING_ID);
      const closed = await applyAsObserver({
        meetingId: body.data!.meetingByCode!.id,
        applicant: { organisation: newOrganisation() },
        motivation: MOTIVATION,
      });
      expect(closed).toMatchObject({ __typename: 'ConflictError', message: expect.stringContaining('CLOSED') });
    });
  });

  describe('invitationCounts', () => {
    it('counts an organisation on request once provisionally invited or approved, not while pending or once rejected', async () => {
      const countedMeetingId = await createDraftMeeting(4);
      const applyTo = async () => {
        const result = await applyAsObserver({
          meetingId: countedMeetingId,
          applicant: { organisation: newOrganisation() },
          motivation: MOTIVATION,
        });
        return expectResult(result, APPLIED).invitation.id;
      };
      const [, rejected, provisional, approved] = [await applyTo(), await applyTo(), await applyTo(), await applyTo()];
      await decide({ invitationId: rejected, decision: 'REJECT', note: 'Not working on cluster munitions.' });
      for (const invitationId of [provisional, approved])
        await decide({ invitationId, decision: 'PROVISIONALLY_INVITE' });
      await decide({ invitationId: approved, decision: 'APPROVE' });

      const { body } = await api.graphql(INVITATION_COUNTS, { variables: { id: countedMeetingId } });
      expect(
        body.data?.meeting?.invitationCounts.find((count) => count.capacity === 'ORGANISATION_ON_REQUEST')?.count,
      ).toBe(2);
    });
  });

  describe('decideObserverApplication', () => {
    it('provisionally invites, then approves, recording when and why, and audits each decision', async () => {
      const invitationId = await apply();
      const provisional = await decide({ invitationId, decision: 'PROVISIONALLY_INVITE' });
      expect(provisional).toMatchObject({
        __typename: 'MutationDecideObserverApplicationSuccess',
        invitation: { status: 'PROVISIONALLY_INVITED', decidedAt: NOW },
      });
      const approved = await decide({
        invitationId,
        decision: 'APPROVE',
        note: 'Approved by the meeting at its first plenary.',
      });
      expect(expectResult(approved, 'MutationDecideObserverApplicationSuccess').invitation).toEqual({
        status: 'APPROVED',
        decidedAt: NOW,
        decisionNote: 'Approved by the meeting at its first plenary.',
      });
      expect(await auditActions(invitationId)).toEqual([
        'observerApplication.apply',
        'observerApplication.decide',
        'observerApplication.decide',
      ]);
    });

    it('rejects an application straight away', async () => {
      const invitationId = await apply();
      const rejected = await decide({ invitationId, decision: 'REJECT', note: 'Outside the scope of the Convention.' });
      expect(expectResult(rejected, 'MutationDecideObserverApplicationSuccess').invitation.status).toBe('REJECTED');
    });

    it('refuses a note that is too long and an ID that is not an invitation', async () => {
      const invitationId = await apply();
      expect(await decide({ invitationId, decision: 'REJECT', note: 'x'.repeat(2001) })).toMatchObject({
        __typename: 'ValidationError',
      });
      expect(await decide({ invitationId: meetingId, decision: 'REJECT' })).toMatchObject({
        __typename: 'ValidationError',
        issues: [{ path: 'invitationId' }],
      });
    });

    it('is for the secretariat only', async () => {
      const invitationId = await apply();
      for (const actor of [actors.anonymous, actors.partner, actors.sameState]) {
        expect((await decide({ invitationId, decision: 'REJECT' }, actor)).__typename, actor.label).toBe(
          'ForbiddenError',
        );
      }
      expect(await auditActions(invitationId)).toEqual(['observerApplication.apply']);
    });

    it('says when there is no such application', async () => {
      const missing = Buffer.from('Invitation:00000000-0000-4000-8000-000000000000').toString('base64');
      expect(await decide({ invitationId: missing, decision: 'REJECT' })).toMatchObject({
        __typename: 'NotFoundError',
        entity: 'Observer application',
      });
    });

    it('refuses a decision the workflow does not allow, naming the allowed ones', async () => {
      const invitationId = await apply();
      const approveFirst = await decide({ invitationId, decision: 'APPROVE' });
      expect(approveFirst).toMatchObject({
        __typename: 'ConflictError',
        allowed: ['PROVISIONALLY_INVITED', 'REJECTED'],
      });
      await decide({ invitationId, decision: 'REJECT', note: 'Outside the scope of the Convention.' });
      const afterRejection = await decide({ invitationId, decision: 'PROVISIONALLY_INVITE' });
      expect(afterRejection).toMatchObject({ __typename: 'ConflictError', allowed: [] });
    });
  });
});
