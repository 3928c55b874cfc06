import { testBackends } from '@plenary/db/testing';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createActors, type Actors } from './support/actors.ts';
import { graphql } from './support/graphql.ts';
import { startApi, type ApiFixture } from './support/api-fixture.ts';
import {
  amendDelegation,
  databaseId,
  delegationGlobalId,
  HEAD_AND_ADVISER,
  submitDelegation,
} from './support/delegation-operations.ts';
import { expectResult } from './support/expect-result.ts';
import { createInvitation, createMeeting } from './support/factories.ts';

// A meeting shaped like the Eleventh: delegations due Thursday 31 August 2023, the whole day in Geneva (CEST).
const MID_AUGUST = new Date('2023-08-15T09:00:00Z');
const FIRST_OF_SEPTEMBER = new Date('2023-09-01T10:00:00Z');
const SESSIONS_VALID_UNTIL = new Date('2024-01-01T00:00:00Z');
const EARLIER_DEADLINE = '2023-08-10';
const LATER_DEADLINE = '2023-09-05';

const UPDATE_MEETING = graphql(`
  mutation TimelinessMoveDeadline($id: ID!, $version: Int!, $input: UpdateMeetingInput!) {
    updateMeeting(id: $id, version: $version, input: $input) { __typename ... on Error { message } }
  }
`);

const READ = graphql(`
  query TimelinessRead($meeting: ID!, $delegation: ID!) {
    meeting(id: $meeting) {
      delegationDeadline
      late: delegations(filter: { timeliness: LATE }) { totalCount edges { node { id } } }
      onTime: delegations(filter: { timeliness: ON_TIME }) { totalCount edges { node { id } } }
    }
    delegation: node(id: $delegation) {
      __typename
      ... on Delegation { timeliness amendedAfterDeadline changes { edges { node { version afterDeadline } } } }
    }
  }
`);

describe.each(testBackends())('delegation timeliness on %s', (backend) => {
  let api: ApiFixture;
  let actors: Actors;
  let clock = MID_AUGUST;

  beforeAll(async () => {
    api = await startApi({ backend, now: () => clock });
    actors = await createActors(api, { stateIso3: 'CHE', otherStateIso3: 'AUT' });
    await api.database.prisma.session.updateMany({ data: { expiresAt: SESSIONS_VALID_UNTIL } });
  });
  afterAll(() => api.close());
  beforeEach(() => {
    clock = MID_AUGUST;
  });

  async function meetingWithInvitation(iso3: string) {
    const meeting = await createMeeting(api.database.prisma, { number: 11, symbolPrefix: 'CCM/MSP/2023' });
    const invitation = await createInvitation(api.database.prisma, { meetingId: meeting.id, participant: iso3 });
    return { meeting, invitationId: invitation.id };
  }

  /** The secretariat moves the deadline as a user does: through updateMeeting, with the version it read. */
  async function moveDeadline(meetingId: string, delegationDeadline: string): Promise<void> {
    const { version } = await api.database.prisma.meeting.findUniqueOrThrow({ where: { id: meetingId } });
    const { body } = await api.graphql(UPDATE_MEETING, {
      variables: { id: encodeGlobalID('Meeting', meetingId), version, input: { delegationDeadline } },
      headers: actors.secretariat.headers,
    });
    expect(body.data?.updateMeeting.__typename, JSON.stringify(body)).toBe('MutationUpdateMeetingSuccess');
  }

  async function read(meetingId: string, delegationId: string) {
    const { body } = await api.graphql(READ, {
      variables: { meeting: encodeGlobalID('Meeting', meetingId), delegation: delegationGlobalId(delegationId) },
      headers: actors.secretariat.headers,
    });
    expect(body.errors).toBeUndefined();
    const data = body.data!;
    return { meeting: data.meeting!, delegation: expectResult(data.delegation!, 'Delegation') };
  }

  it('shows a delegation submitted on time as late once the deadline is brought forward before its submission', async () => {
    const { meeting, invitationId } = await meetingWithInvitation('CHE');
    const submitted = expectResult(
      await submitDelegation(api, { invitationId, headers: actors.secretariat.headers }),
      'MutationSubmitDelegationSuccess',
    );
    expect(submitted.delegation.timeliness).toBe('ON_TIME');
    const delegationId = databaseId(submitted.delegation.id);

    await moveDeadline(meeting.id, EARLIER_DEADLINE);

    const { meeting: view, delegation } = await read(meeting.id, delegationId);
    expect(view.delegationDeadline).toBe(EARLIER_DEADLINE);
    expect(delegation.timeliness).toBe('LATE');
    expect(delegation.changes?.edges.map((edge) => edge.node)).toEqual([{ version: 1, afterDeadline: true }]);
    expect(view.late).toEqual({ totalCount: 1, edges: [{ node: { id: submitted.delegation.id } }] });
    expect(view.onTime).toEqual({ totalCount: 0, edges: [] });
  });

  it('shows a late delegation as on time, and its amendment as within the deadline, once the deadline is extended past them', async () => {
    const { meeting, invitationId } = await meetingWithInvitation('NOR');
    clock = FIRST_OF_SEPTEMBER;
    const submitted = expectResult(
      await submitDelegation(api, { invitationId, headers: actors.secretariat.headers }),
      'MutationSubmitDelegationSuccess',
    );
    const delegationId = databaseId(submitted.delegation.id);
    const amended = expectResult(
      await amendDelegation(api, {
        delegationId,
        version: 1,
        members: HEAD_AND_ADVISER,
        headers: actors.secretariat.headers,
      }),
      'MutationAmendDelegationSuccess',
    );
    expect(amended.delegation).toMatchObject({ timeliness: 'LATE', amendedAfterDeadline: true });

    await moveDeadline(meeting.id, LATER_DEADLINE);

    const { meeting: view, delegation } = await read(meeting.id, delegationId);
    expect(delegation).toMatchObject({ timeliness: 'ON_TIME', amendedAfterDeadline: false });
    expect(delegation.changes?.edges.map((edge) => edge.node)).toEqual([
      { version: 1, afterDeadline: false },
      { version: 2, afterDeadline: false },
    ]);
    expect(view.onTime.totalCount).toBe(1);
    expect(view.late.totalCount).toBe(0);
  });

  it('counts every delegation on time while the meeting has no deadline', async () => {
    const { meeting, invitationId } = await meetingWithInvitation('AUT');
    clock = FIRST_OF_SEPTEMBER;
    const submitted = expectResult(
      await submitDelegation(api, { invitationId, headers: actors.secretariat.headers }),
      'MutationSubmitDelegationSuccess',
    );
    await api.database.prisma.meeting.update({ where: { id: meeting.id }, data: { delegationDeadline: null } });

    const { meeting: view, delegation } = await read(meeting.id, databaseId(submitted.delegation.id));
    expect(delegation).toMatchObject({ timeliness: 'ON_TIME', amendedAfterDeadline: false });
    expect(view.onTime.totalCount).toBe(1);
    expect(view.late.totalCount).toBe(0);
  });
});
