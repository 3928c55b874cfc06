import { testBackends } from '@plenary/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_RATE_LIMITS } from '../src/security/rate-limit.ts';
import { createActors, type Actors } from './support/actors.ts';
import { graphql, type ResultOf, type SchemaType } from './support/graphql.ts';
import { startApi, type ApiFixture } from './support/api-fixture.ts';
import { expectData, expectResult } from './support/expect-result.ts';

const APPLY = graphql(`
  mutation PublicApply($meetingId: ID!, $input: PublicObserverApplicationInput!) {
    applyToObserve(meetingId: $meetingId, input: $input) {
      __typename
      ... on MutationApplyToObserveSuccess { receipt { receivedAt } }
      ... on ValidationError { issues { path message } }
      ... on NotFoundError { entity }
      ... on Error { message }
    }
  }
`);

const DECIDE = graphql(`
  mutation PublicDecide($invitationId: ID!, $decision: ObserverDecision!, $note: String) {
    decideObserverApplication(invitationId: $invitationId, decision: $decision, note: $note) {
      __typename
      ... on ValidationError { issues { path } }
    }
  }
`);

const APPLICATIONS = graphql(`
  query PublicApplications($id: ID!) {
    meeting(id: $id) {
      observerApplications {
        edges {
          node {
            id status contactName contactEmail motivation participant { __typename ... on Organisation { acronym name } }
            statusHistory { status at note }
          }
        }
      }
    }
  }
`);

const CREATE_MEETING = graphql(`
  mutation PublicMeeting {
    createMeeting(
      input: { conventionCode: "CCM", kind: INTERSESSIONAL, number: 7, opensOn: "2026-06-01", closesOn: "2026-06-02"
        venue: "Palais des Nations", city: "Geneva", timeZone: "Europe/Zurich", symbolPrefix: "CCM/MSP/2026" }
    ) { __typename ... on MutationCreateMeetingSuccess { meeting { id } } }
  }
`);

const ELEVENTH_MEETING_ID = graphql(`
  query PublicEleventhMeeting { meetingByCode(code: "11MSP") { id } }
`);

type Application = NonNullable<
  ResultOf<typeof APPLICATIONS>['meeting']
>['observerApplications']['edges'][number]['node'];

/** The acronym of an application's organisation (its participant is always one). */
const acronymOf = (application: Application) =>
  application.participant.__typename === 'Organisation' ? application.participant.acronym : null;

const NOW = '2026-05-04T09:30:00.000Z';
const APPLICATIONS_PER_ADDRESS = 3;

describe.each(testBackends())('applying to observe without an account (rule 1.3) on %s', (backend) => {
  let api: ApiFixture;
  let actors: Actors;
  let meetingId: string;
  let organisationNumber = 0;
  let addressNumber = 0;

  beforeAll(async () => {
    // Rate limits as in production, with a small budget of applications so that the test can spend it.
    api = await startApi({
      backend,
      now: () => new Date(NOW),
      trustProxy: true,
      rateLimits: {
        ...DEFAULT_RATE_LIMITS,
        publicApplications: { points: APPLICATIONS_PER_ADDRESS, durationSeconds: 3600 },
      },
    });
    actors = await createActors(api, { stateIso3: 'CHE', otherStateIso3: 'NGA' });
    const { body } = await api.graphql(CREATE_MEETING, { headers: actors.secretariat.headers });
    meetingId = expectResult(body.data!.createMeeting, 'MutationCreateMeetingSuccess').meeting.id;
  });
  afterAll(() => api.close());

  /** Each test applies from an address of its own (RFC 5737), so that budgets do not mix. */
  function newAddress(): Record<string, string> {
    addressNumber += 1;
    return { 'x-forwarded-for': `198.51.100.${addressNumber}` };
  }

  function newApplication(
    overrides: Partial<SchemaType<'PublicObserverApplicationInput'>> = {},
  ): SchemaType<'PublicObserverApplicationInput'> & { acronym: string } {
    organisationNumber += 1;
    return {
      organisationName: `Cluster Munition Survey ${organisationNumber}`,
      acronym: `CMS${organisationNumber}`,
      kind: 'NGO',
      contactName: 'Jane Doe',
      contactEmail: 'jane.doe@example.org',
      motivation: 'We survey contaminated land and assist victims in the region.',
      ...overrides,
    };
  }

  async function apply(
    input: SchemaType<'PublicObserverApplicationInput'>,
    headers: Record<string, string> = newAddress(),
    forMeeting = meetingId,
  ) {
    return api.graphql(APPLY, { variables: { meetingId: forMeeting, input }, headers });
  }

  async function applications(): Promise<Application[]> {
    const { body } = await api.graphql(APPLICATIONS, {
      variables: { id: meetingId },
      headers: actors.secretariat.headers,
    });
    return expectData(body).meeting?.observerApplications.edges.map((edge) => edge.node) ?? [];
  }

  async function applicationOf(acronym: string): Promise<Application | undefined> {
    return (await applications()).find((application) => acronymOf(application) === acronym);
  }

  it('records a REQUESTED application for the secretariat, and acknowledges only its receipt', async () => {
    const application = newApplication({ contactEmail: ' jane.doe@example.org ', website: 'https://cms.example.org' });
    const { status, body } = await apply(application);
    expect(status).toBe(200);
    expect(body.data?.applyToObserve).toEqual({
      __typename: 'MutationApplyToObserveSuccess',
      receipt: { receivedAt: NOW },
    });

    expect(await applicationOf(application.acronym)).toMatchObject({
      status: 'REQUESTED',
      contactName: 'Jane Doe',
      contactEmail: 'jane.doe@example.org',
      motivation: application.motivation,
      participant: { name: application.organisationName },
      statusHistory: [{ status: 'REQUESTED', at: NOW, note: null }],
    });
    const audit = await api.database.prisma.auditEvent.findMany({
      where: {
        action: { in: ['organisation.create', 'observerApplication.apply'] },
        actorUserId: null,
        at: new Date(NOW),
      },
    });
    expect(audit.map((event) => event.action)).toEqual(
      expect.arrayContaining(['organisation.create', 'observerApplication.apply']),
    );
  });

  it('keeps the contact person and the e-mail address from anyone but the secretariat', async () => {
    const application = newApplication();
    await apply(application);
    for (const actor of [actors.anonymous, actors.partner, actors.sameState]) {
      const { body } = await api.graphql(APPLICATIONS, { variables: { id: meetingId }, headers: actor.headers });
      const node = body.data?.meeting?.observerApplications.edges.find(
        (edge) => acronymOf(edge.node) === application.acronym,
      )?.node;
      expect(node, actor.label).toMatchObject({ contactName: null, contactEmail: null, motivation: null });
    }
  });

  it('names every field that is missing or wrong, and records nothing', async () => {
    const organisations = await api.database.prisma.organisation.count();
    const invitations = await api.database.prisma.invitation.count();
    const { body } = await apply(
      newApplication({ organisationName: ' ', kind: 'CLUB', contactEmail: 'jane at example', motivation: '' }),
    );
    const { issues } = expectResult(body.data!.applyToObserve, 'ValidationError');
    expect(issues.map((issue) => issue.path).sort()).toEqual([
      'contactEmail',
      'kind',
      'motivation',
      'organisationName',
    ]);
    expect(issues.find((issue) => issue.path === 'contactEmail')?.message).toMatch(/e-mail address/);
    const notAMeeting = await apply(newApplication(), newAddress(), 'nonsense');
    expect(notAMeeting.body.data?.applyToObserve).toMatchObject({
      __typename: 'ValidationError',
      issues: [{ path: 'meetingId' }],
    });
    expect(await api.database.prisma.organisation.count()).toBe(organisations);
    expect(await api.database.prisma.invitation.count()).toBe(invitations);
  });

  it('says when the meeting does not exist', async () => {
    const missing = Buffer.from('Meeting:00000000-0000-4000-8000-000000000000').toString('base64');
    expect((await apply(newApplication(), newAddress(), missing)).body.data?.applyToObserve).toMatchObject({
      __typename: 'NotFoundError',
      entity: 'Meeting',
    });
  });

  it('refuses an application to a meeting that is over', async () => {
    const { body } = await api.graphql(ELEVENTH_MEETING_ID);
    const closed = await apply(newApplication(), newAddress(), body.data!.meetingByCode!.id);
    expect(closed.body.data?.applyToObserve).toMatchObject({
      __typename: 'ConflictError',
      message: expect.stringContaining('CLOSED'),
    });
  });

  it('refuses a second application from the same organisation without telling what became of the first, and leaves its record as it was', async () => {
    const application = newApplication();
    await apply(application);
    const first = await applicationOf(application.acronym);
    await api.graphql(DECIDE, {
      variables: { invitationId: first!.id, decision: 'REJECT', note: 'Outside the scope of the Convention.' },
      headers: actors.secretariat.headers,
    });

    const again = await apply({
      ...application,
      acronym: application.acronym.toLowerCase(),
      organisationName: 'A name of someone else’s choosing',
    });
    const answer = again.body.data?.applyToObserve;
    expect(answer).toMatchObject({ __typename: 'ConflictError', message: expect.stringContaining('already applied') });
    expect(expectResult(answer!, 'ConflictError').message).not.toMatch(/REJECTED|REQUESTED|scope/);
    expect(
      await api.database.prisma.organisation.findMany({
        where: { acronym: { equals: application.acronym, mode: 'insensitive' } },
        select: { name: true },
      }),
    ).toEqual([{ name: application.organisationName }]);

    const ofRight = await apply(
      newApplication({ acronym: 'ICRC', organisationName: 'International Committee of the Red Cross', kind: 'ICRC' }),
    );
    expect(ofRight.body.data?.applyToObserve).toMatchObject({
      __typename: 'ConflictError',
      message: expect.stringContaining('as of right'),
    });
  });

  it(`answers 429 once an address has made ${APPLICATIONS_PER_ADDRESS} applications, not counting input that is not valid`, async () => {
    const address = newAddress();
    expect(
      (await apply(newApplication({ contactEmail: 'nobody' }), address)).body.data?.applyToObserve.__typename,
    ).toBe('ValidationError');
    for (let application = 0; application < APPLICATIONS_PER_ADDRESS; application += 1) {
      expect((await apply(newApplication(), address)).body.data?.applyToObserve.__typename).toBe(
        'MutationApplyToObserveSuccess',
      );
    }
    const refused = newApplication();
    const { body } = await apply(refused, address);
    expect(body.errors?.[0]).toMatchObject({
      extensions: { code: 'RATE_LIMITED' },
      message: expect.stringMatching(/Too many applications to observe from your address/),
    });
    expect(await applicationOf(refused.acronym)).toBeUndefined();
    expect((await apply(newApplication())).body.data?.applyToObserve.__typename).toBe('MutationApplyToObserveSuccess');
  });

  it('keeps each decision in the application’s status history, and asks for the reason of a rejection', async () => {
    const application = newApplication();
    await apply(application);
    const invitationId = (await applicationOf(application.acronym))!.id;
    const decide = async (decision: SchemaType<'ObserverDecision'>, note?: string) =>
      (await api.graphql(DECIDE, { variables: { invitationId, decision, note }, headers: actors.secretariat.headers }))
        .body.data?.decideObserverApplication;
    expect(await decide('REJECT')).toEqual({ __typename: 'ValidationError', issues: [{ path: 'note' }] });
    expect((await decide('PROVISIONALLY_INVITE', 'Invited by the President-designate.'))?.__typename).toBe(
      'MutationDecideObserverApplicationSuccess',
    );
    expect((await decide('APPROVE'))?.__typename).toBe('MutationDecideObserverApplicationSuccess');
    expect((await applicationOf(application.acronym))?.statusHistory).toEqual([
      { status: 'REQUESTED', at: NOW, note: null },
      { status: 'PROVISIONALLY_INVITED', at: NOW, note: 'Invited by the President-designate.' },
      { status: 'APPROVED', at: NOW, note: null },
    ]);
  });
});
