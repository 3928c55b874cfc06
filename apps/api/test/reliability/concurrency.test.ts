import { testBackends } from '@plenary/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../support/graphql.ts';
import { createActors, type Actors } from '../support/actors.ts';
import { startApi, type ApiFixture } from '../support/api-fixture.ts';
import {
  amendDelegation,
  delegationGlobalId,
  type MemberInput,
  type MutationResult,
} from '../support/delegation-operations.ts';
import { expectData, expectResult } from '../support/expect-result.ts';
import { createDelegation, createInvitation, createMeeting } from '../support/factories.ts';
import { memberNames } from './reliability-support.ts';

// Optimistic concurrency under load: many clients amend one delegation with the version each of them read.
// Concurrent conveneMeeting calls creating each invitation once are covered in ../convening.test.ts
// ("creates each invitation once when two calls convene the same meeting at the same time").

const READ_VERSION = graphql(`
  query ConcurrencyReadVersion($id: ID!) { node(id: $id) { ... on Delegation { version } } }
`);

const CLIENTS = 20;
const ROUNDS = 3;
// Retrying until accepted costs about n²/2 attempts; ten clients show it as well as twenty.
const RETRYING_CLIENTS = 10;

/** What client `client` sends in `round`: its own, recognisable list of members. */
function membersOf(client: number, round: number): MemberInput[] {
  return [
    { role: 'HEAD', givenName: `Head${client}`, familyName: `Round${round}` },
    {
      role: 'ADVISER',
      givenName: `Adviser${client}`,
      familyName: `Round${round}`,
      email: `adviser${client}.round${round}@example.org`,
    },
  ];
}

function names(members: readonly { givenName: string | null; familyName: string | null }[]): string[] {
  return members.map((member) => `${member.givenName} ${member.familyName}`);
}

describe.each(testBackends())('concurrent amendments of one delegation on %s', (backend) => {
  let api: ApiFixture;
  let actors: Actors;

  beforeAll(async () => {
    api = await startApi({ backend });
    actors = await createActors(api, { stateIso3: 'CHE', otherStateIso3: 'AUT' });
  });
  afterAll(() => api.close());

  // The secretariat, an administrator and the State's own focal point all may amend; the clients take turns being each.
  const headersOf = (client: number) => [actors.secretariat, actors.admin, actors.sameState][client % 3]!.headers;

  async function newDelegation(): Promise<string> {
    const meeting = await createMeeting(api.database.prisma);
    const invitation = await createInvitation(api.database.prisma, { meetingId: meeting.id, participant: 'CHE' });
    return (await createDelegation(api.database.prisma, { invitationId: invitation.id })).id;
  }

  async function readVersion(delegationId: string, client: number): Promise<number> {
    const { body } = await api.graphql(READ_VERSION, {
      variables: { id: delegationGlobalId(delegationId) },
      headers: headersOf(client),
    });
    const { node } = expectData(body);
    if (!node || !('version' in node)) expect.fail(`no delegation ${delegationId} in ${JSON.stringify(body)}`);
    return node.version;
  }

  async function amendmentEvents(delegationId: string) {
    return api.database.prisma.auditEvent.findMany({
      where: { entityId: delegationId, action: 'delegation.amend' },
      orderBy: { sequence: 'asc' },
    });
  }

  it(`lets exactly one of ${CLIENTS} clients win each version; the others get a ConflictError and the winner's list is what is stored`, async () => {
    const delegationId = await newDelegation();
    const winners: number[] = [];

    for (let round = 1; round <= ROUNDS; round += 1) {
      const clients = Array.from({ length: CLIENTS }, (_, client) => client);
      const versions = await Promise.all(clients.map((client) => readVersion(delegationId, client)));
      expect(new Set(versions), 'every client read the same version').toEqual(new Set([round]));
      const results = await Promise.all(
        clients.map((client) =>
          amendDelegation(api, {
            delegationId,
            version: versions[client]!,
            members: membersOf(client, round),
            headers: headersOf(client),
          }),
        ),
      );

      const won = clients.filter((client) => results[client]!.__typename === 'MutationAmendDelegationSuccess');
      expect(won, `round ${round}: one winner`).toHaveLength(1);
      const lost = results.filter((result) => result.__typename !== 'MutationAmendDelegationSuccess');
      expect(new Set(lost.map((result) => result.__typename))).toEqual(new Set(['ConflictError']));
      expect(lost[0]!.message).toMatch(/changed by someone else since you read it/);
      const winner = won[0]!;
      const { delegation } = expectResult(results[winner]!, 'MutationAmendDelegationSuccess');
      expect(delegation).toMatchObject({ version: round + 1 });
      expect(names(delegation.members)).toEqual(names(membersOf(winner, round)));
      winners.push(winner);
    }

    const lastWinner = winners.at(-1)!;
    const stored = await api.database.prisma.delegation.findUniqueOrThrow({
      where: { id: delegationId },
      include: { members: { orderBy: { position: 'asc' } }, changes: { orderBy: { version: 'asc' } } },
    });
    expect(stored.version).toBe(ROUNDS + 1);
    expect(names(stored.members)).toEqual(names(membersOf(lastWinner, ROUNDS)));
    expect(stored.headMemberId).toBe(stored.members.find((member) => member.givenName === `Head${lastWinner}`)!.id);
    // The history has one change per version, each the winner's list; the old members are gone.
    expect(stored.changes.map((change) => change.version)).toEqual(
      Array.from({ length: ROUNDS }, (_, index) => index + 2),
    );
    expect(stored.changes.map((change) => memberNames(change.after))).toEqual(
      winners.map((winner, index) => names(membersOf(winner, index + 1))),
    );
    expect(await api.database.prisma.delegationMember.count({ where: { delegationId } })).toBe(2);

    // The audit log has one delegation.amend per successful amendment, in order, each with what was stored.
    const events = await amendmentEvents(delegationId);
    expect(events.map((event) => (event.after as { version: number }).version)).toEqual(
      Array.from({ length: ROUNDS }, (_, index) => index + 2),
    );
    expect(events.map((event) => memberNames(event.after))).toEqual(
      winners.map((winner, index) => names(membersOf(winner, index + 1))),
    );
    expect(events.slice(1).map((event) => (event.before as { version: number }).version)).toEqual(
      events.slice(0, -1).map((event) => (event.after as { version: number }).version),
    );
  });

  it(`loses no update when ${RETRYING_CLIENTS} clients each retry on conflict until their amendment is in`, async () => {
    const delegationId = await newDelegation();

    async function amendUntilAccepted(client: number): Promise<number> {
      for (;;) {
        const version = await readVersion(delegationId, client);
        const result: MutationResult = await amendDelegation(api, {
          delegationId,
          version,
          members: membersOf(client, 0),
          headers: headersOf(client),
        });
        if (result.__typename === 'MutationAmendDelegationSuccess') return result.delegation!.version;
        expect(result.__typename).toBe('ConflictError');
      }
    }

    const acceptedVersions = await Promise.all(
      Array.from({ length: RETRYING_CLIENTS }, (_, client) => amendUntilAccepted(client)),
    );
    // Every client's amendment became exactly one version: 2, 3, ... RETRYING_CLIENTS + 1, none skipped, none shared.
    expect([...acceptedVersions].sort((a, b) => a - b)).toEqual(
      Array.from({ length: RETRYING_CLIENTS }, (_, index) => index + 2),
    );

    const stored = await api.database.prisma.delegation.findUniqueOrThrow({
      where: { id: delegationId },
      include: { changes: { orderBy: { version: 'asc' } }, members: { orderBy: { position: 'asc' } } },
    });
    expect(stored.version).toBe(RETRYING_CLIENTS + 1);
    const lastClient = acceptedVersions.indexOf(RETRYING_CLIENTS + 1);
    expect(names(stored.members)).toEqual(names(membersOf(lastClient, 0)));
    const historyAuthors = stored.changes.map((change) => memberNames(change.after)[0]!.split(' ')[0]);
    expect(historyAuthors).toEqual(stored.changes.map((change) => `Head${acceptedVersions.indexOf(change.version)}`));

    const events = await amendmentEvents(delegationId);
    expect(events).toHaveLength(RETRYING_CLIENTS);
    expect(events.map((event) => memberNames(event.after)[0]!.split(' ')[0])).toEqual(historyAuthors);
    // Conflicts wrote nothing: no audit event, no history entry and no member rows for the losing attempts.
    expect(stored.changes).toHaveLength(RETRYING_CLIENTS);
    expect(await api.database.prisma.delegationMember.count({ where: { delegationId } })).toBe(2);
  });
});
