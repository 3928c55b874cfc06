import { testBackends } from '@plenary/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createActors, type Actors } from './support/actors.ts';
import { graphql } from './support/graphql.ts';
import { startApi, type ApiFixture } from './support/api-fixture.ts';
import { amendDelegation, delegationGlobalId, HEAD_AND_ADVISER } from './support/delegation-operations.ts';
import { expectResult } from './support/expect-result.ts';
import { createDelegation, createInvitation, createMeeting } from './support/factories.ts';

// Who may read a delegate's name or the delegation's credentials, and who may amend a delegation (DESIGN.md, "Who
// uses it"): the delegation's own State and the secretariat; never anonymous callers, partner keys or another State.
const MATRIX: { actor: keyof Actors; readsNames: boolean; readsCredentials: boolean; amends: boolean }[] = [
  { actor: 'anonymous', readsNames: false, readsCredentials: false, amends: false },
  { actor: 'partner', readsNames: false, readsCredentials: false, amends: false },
  { actor: 'otherState', readsNames: false, readsCredentials: false, amends: false },
  { actor: 'sameState', readsNames: true, readsCredentials: true, amends: true },
  { actor: 'secretariat', readsNames: true, readsCredentials: true, amends: true },
  { actor: 'admin', readsNames: true, readsCredentials: true, amends: true },
];

const READ_CREDENTIALS = graphql(`
  query MatrixCredentials($id: ID!) {
    node(id: $id) { __typename ... on Delegation { credentials { issuingAuthority authorisedBy documentKind receivedDate status } } }
  }
`);

const LIST_CREDENTIALS = graphql(`
  query MatrixListedCredentials($code: String!) {
    meetingByCode(code: $code) { delegations { edges { node { credentials { status } } } } }
  }
`);

const READ_DELEGATION = graphql(`
  query MatrixDelegates($id: ID!) {
    node(id: $id) {
      __typename
      ... on Delegation {
        headOfDelegation { role givenName familyName }
        members { role position salutation givenName familyName title email phone }
      }
    }
  }
`);

describe.each(testBackends())('who sees delegates and who amends delegations, on %s', (backend) => {
  let api: ApiFixture;
  let actors: Actors;
  let delegationId: string;
  let organisationDelegationId: string;
  let meetingCode: string;

  beforeAll(async () => {
    api = await startApi({ backend });
    actors = await createActors(api, { stateIso3: 'CHE', otherStateIso3: 'AUT' });
    const prisma = api.database.prisma;
    const meeting = await createMeeting(prisma, { status: 'IN_SESSION' });
    const invitation = await createInvitation(prisma, { meetingId: meeting.id, participant: 'CHE' });
    delegationId = (await createDelegation(prisma, { invitationId: invitation.id })).id;
    await prisma.credentials.create({
      data: {
        delegationId,
        issuingAuthority: 'MINISTER_FOR_FOREIGN_AFFAIRS',
        documentKind: 'ORIGINAL',
        receivedOn: new Date('2023-09-08T00:00:00Z'),
        status: 'REJECTED',
      },
    });
    meetingCode = meeting.code;
    const organisation = await createInvitation(prisma, {
      meetingId: meeting.id,
      participant: 'ICRC',
      organisation: true,
    });
    organisationDelegationId = (await createDelegation(prisma, { invitationId: organisation.id })).id;
  });
  afterAll(() => api.close());

  it.each(MATRIX)('$actor reads a delegate’s name: $readsNames', async ({ actor, readsNames }) => {
    const { body } = await api.graphql(READ_DELEGATION, {
      variables: { id: delegationGlobalId(delegationId) },
      headers: actors[actor].headers,
    });
    expect(body.errors).toBeUndefined();
    const { members, headOfDelegation } = expectResult(body.data!.node!, 'Delegation');
    // The shape of the delegation is public; the people in it are not.
    expect(members.map((member) => [member.position, member.role])).toEqual([
      [1, 'HEAD'],
      [2, 'ADVISER'],
    ]);
    if (readsNames) {
      expect(headOfDelegation).toEqual({ role: 'HEAD', givenName: 'Félix', familyName: 'Baumann' });
      expect(members[0]).toMatchObject({
        givenName: 'Félix',
        familyName: 'Baumann',
        email: 'felix.baumann@example.org',
      });
    } else {
      expect(headOfDelegation).toEqual({ role: 'HEAD', givenName: null, familyName: null });
      for (const member of members)
        expect(member).toMatchObject({
          salutation: null,
          givenName: null,
          familyName: null,
          title: null,
          email: null,
          phone: null,
        });
    }
  });

  it.each(MATRIX)(
    '$actor reads the delegation’s credentials: $readsCredentials',
    async ({ actor, readsCredentials }) => {
      const { body } = await api.graphql(READ_CREDENTIALS, {
        variables: { id: delegationGlobalId(delegationId) },
        headers: actors[actor].headers,
      });
      expect(body.errors).toBeUndefined();
      expect(expectResult(body.data!.node!, 'Delegation').credentials).toEqual(
        readsCredentials
          ? {
              issuingAuthority: 'MINISTER_FOR_FOREIGN_AFFAIRS',
              authorisedBy: null,
              documentKind: 'ORIGINAL',
              receivedDate: '2023-09-08',
              status: 'REJECTED',
            }
          : null,
      );
      // The same rule holds where the delegation comes in a list.
      const list = await api.graphql(LIST_CREDENTIALS, {
        variables: { code: meetingCode },
        headers: actors[actor].headers,
      });
      expect(
        list.body.data!.meetingByCode!.delegations.edges.flatMap(({ node }) =>
          node.credentials ? [node.credentials.status] : [],
        ),
      ).toEqual(readsCredentials ? ['REJECTED'] : []);
    },
  );

  it.each(MATRIX)('$actor amends the delegation: $amends', async ({ actor, amends }) => {
    const { version } = await api.database.prisma.delegation.findUniqueOrThrow({ where: { id: delegationId } });
    const result = await amendDelegation(api, {
      delegationId,
      version,
      members: HEAD_AND_ADVISER,
      headers: actors[actor].headers,
    });
    expect(result.__typename).toBe(amends ? 'MutationAmendDelegationSuccess' : 'ForbiddenError');
    const after = await api.database.prisma.delegation.findUniqueOrThrow({ where: { id: delegationId } });
    expect(after.version).toBe(amends ? version + 1 : version);
  });

  it('shows an organisation’s delegates to the secretariat only: no State’s focal point reads them', async () => {
    const names: Record<string, string | null | undefined> = {};
    for (const [key, actor] of Object.entries(actors)) {
      const { body } = await api.graphql(READ_DELEGATION, {
        variables: { id: delegationGlobalId(organisationDelegationId) },
        headers: actor.headers,
      });
      names[key] = expectResult(body.data!.node!, 'Delegation').headOfDelegation?.givenName;
    }
    expect(names).toEqual({
      anonymous: null,
      partner: null,
      otherState: null,
      sameState: null,
      secretariat: 'Félix',
      admin: 'Félix',
    });
  });
});
