import { testBackends } from '@plenary/db/testing';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createActors, type Actors } from './support/actors.ts';
import { graphql, type SchemaType } from './support/graphql.ts';
import { startApi, type ApiFixture } from './support/api-fixture.ts';
import { expectResult } from './support/expect-result.ts';
import { createDelegation, createInvitation, createMeeting } from './support/factories.ts';

// A meeting shaped like the Eleventh: convened on 21 March 2023, opening in Geneva on Monday 11 September 2023.
const AFTER_CONVENING = new Date('2023-03-25T09:00:00Z');
// 08:00 on the opening day in Geneva (CEST): the meeting has opened.
const OPENING_MORNING = new Date('2023-09-11T06:00:00Z');
const SESSIONS_VALID_UNTIL = new Date('2024-12-31T00:00:00Z');

const RECORD = graphql(`
  mutation CapacityRecordTreatyAction($input: RecordTreatyActionInput!) {
    recordTreatyAction(input: $input) { __typename ... on Error { message } }
  }
`);

const CAPACITY = graphql(`
  query CapacityOfInvitation($id: ID!) {
    node(id: $id) { __typename ... on Invitation { capacity delegation { id } capacityChanges { changedAt previousCapacity capacity standingOn cause } } }
  }
`);

const MOVE_MEETING = graphql(`
  mutation CapacityMoveMeeting($id: ID!, $version: Int!, $input: UpdateMeetingInput!) {
    updateMeeting(id: $id, version: $version, input: $input) { __typename ... on Error { message } }
  }
`);

describe.each(testBackends())('invitation capacity following the standing on the opening day, on %s', (backend) => {
  let api: ApiFixture;
  let actors: Actors;
  let clock = AFTER_CONVENING;

  beforeAll(async () => {
    api = await startApi({ backend, now: () => clock });
    actors = await createActors(api, { stateIso3: 'CHE', otherStateIso3: 'AUT' });
    await api.database.prisma.session.updateMany({ data: { expiresAt: SESSIONS_VALID_UNTIL } });
  });
  afterAll(() => api.close());
  beforeEach(() => {
    clock = AFTER_CONVENING;
  });

  async function invite(
    iso3: string,
    capacity: 'STATE_PARTY' | 'SIGNATORY_OBSERVER' | 'NON_SIGNATORY_OBSERVER',
    overrides: Parameters<typeof createMeeting>[1] = {},
  ) {
    const meeting = await createMeeting(api.database.prisma, {
      number: 11,
      symbolPrefix: 'CCM/MSP/2023',
      ...overrides,
    });
    const invitation = await createInvitation(api.database.prisma, {
      meetingId: meeting.id,
      participant: iso3,
      capacity,
    });
    return { meeting, invitationId: invitation.id };
  }

  async function recordAction(input: SchemaType<'RecordTreatyActionInput'>): Promise<string> {
    const { body } = await api.graphql(RECORD, { variables: { input }, headers: actors.secretariat.headers });
    expect(body.errors).toBeUndefined();
    return body.data!.recordTreatyAction.__typename;
  }

  async function read(invitationId: string) {
    const { body } = await api.graphql(CAPACITY, {
      variables: { id: encodeGlobalID('Invitation', invitationId) },
      headers: actors.secretariat.headers,
    });
    expect(body.errors).toBeUndefined();
    const { __typename, ...invitation } = expectResult(body.data!.node!, 'Invitation');
    return invitation;
  }

  const capacityEvents = (invitationId: string) =>
    api.database.prisma.auditEvent.findMany({
      where: { entityId: invitationId, action: 'invitation.changeCapacity' },
      orderBy: { sequence: 'asc' },
    });

  it('re-invites a signatory as a State Party when its ratification, recorded after convening, enters into force before the opening day; the change is kept and audited', async () => {
    // Indonesia signed on 2008-12-03; a deposit on 24 March 2023 brings the Convention into force for it on 1 September (Art. 17(2)).
    const { meeting, invitationId } = await invite('IDN', 'SIGNATORY_OBSERVER');
    const delegation = await createDelegation(api.database.prisma, { invitationId });

    expect(
      await recordAction({
        state: 'IDN',
        action: 'DEPOSIT',
        date: '2023-03-24',
        instrument: 'RATIFICATION',
        source: 'C.N.123.2023.TREATIES-XXVI.6',
      }),
    ).toBe('MutationRecordTreatyActionSuccess');

    const view = await read(invitationId);
    expect(view).toEqual({
      capacity: 'STATE_PARTY',
      delegation: { id: encodeGlobalID('Delegation', delegation.id) },
      capacityChanges: [
        {
          changedAt: AFTER_CONVENING.toISOString(),
          previousCapacity: 'SIGNATORY_OBSERVER',
          capacity: 'STATE_PARTY',
          standingOn: '2023-09-11',
          cause: 'treatyRecord.deposit',
        },
      ],
    });
    const events = await capacityEvents(invitationId);
    expect(events).toHaveLength(1);
    const deposit = await api.database.prisma.auditEvent.findFirstOrThrow({
      where: { action: 'treatyRecord.deposit' },
      orderBy: { sequence: 'desc' },
    });
    // Recorded by the same request, in the same transaction, as the deposit that caused it.
    expect(events[0]).toMatchObject({
      actorUserId: deposit.actorUserId,
      requestId: deposit.requestId,
      before: { capacity: 'SIGNATORY_OBSERVER' },
      after: {
        capacity: 'STATE_PARTY',
        standingOn: '2023-09-11',
        meetingId: meeting.id,
        cause: 'treatyRecord.deposit',
      },
    });
  });

  it('keeps an acceding State an observer when its accession, deposited before the opening, enters into force only after it', async () => {
    // Estonia, acceding on 3 April 2023: in force from 1 October 2023, after the meeting of 11-14 September.
    const { invitationId } = await invite('EST', 'NON_SIGNATORY_OBSERVER');
    expect(
      await recordAction({
        state: 'EST',
        action: 'DEPOSIT',
        date: '2023-04-03',
        instrument: 'ACCESSION',
        source: 'C.N.124.2023.TREATIES-XXVI.6',
      }),
    ).toBe('MutationRecordTreatyActionSuccess');
    expect(await read(invitationId)).toMatchObject({ capacity: 'NON_SIGNATORY_OBSERVER', capacityChanges: [] });
    expect(await capacityEvents(invitationId)).toEqual([]);
  });

  it('turns a State Party into an observer when its withdrawal takes effect before the opening day, keeping its delegation', async () => {
    // A notice received on 1 March 2023 takes effect six months later, on 1 September (Art. 20(2)).
    const { invitationId } = await invite('NOR', 'STATE_PARTY');
    const delegation = await createDelegation(api.database.prisma, { invitationId });
    expect(
      await recordAction({
        state: 'NOR',
        action: 'WITHDRAWAL_NOTICE',
        date: '2023-03-01',
        source: 'C.N.99.2023.TREATIES-XXVI.6',
      }),
    ).toBe('MutationRecordTreatyActionSuccess');

    expect(await read(invitationId)).toMatchObject({
      capacity: 'NON_SIGNATORY_OBSERVER',
      delegation: { id: encodeGlobalID('Delegation', delegation.id) },
      capacityChanges: [
        { previousCapacity: 'STATE_PARTY', capacity: 'NON_SIGNATORY_OBSERVER', cause: 'treatyRecord.withdrawalNotice' },
      ],
    });
    expect(await api.database.prisma.delegationMember.count({ where: { delegationId: delegation.id } })).toBe(2);
  });

  it('rewrites nothing once the meeting has opened: neither on its opening day nor while in session', async () => {
    const openingDay = await invite('FIN', 'NON_SIGNATORY_OBSERVER');
    const inSession = await invite('FIN', 'NON_SIGNATORY_OBSERVER', {
      status: 'IN_SESSION',
      opensOn: new Date('2023-10-02T00:00:00Z'),
      closesOn: new Date('2023-10-05T00:00:00Z'),
    });
    clock = OPENING_MORNING;
    // Finland acceding on 1 February 2023 would have been a State Party from 1 August: recorded too late for these meetings.
    expect(
      await recordAction({
        state: 'FIN',
        action: 'DEPOSIT',
        date: '2023-02-01',
        instrument: 'ACCESSION',
        source: 'C.N.10.2023.TREATIES-XXVI.6',
      }),
    ).toBe('MutationRecordTreatyActionSuccess');

    for (const { invitationId } of [openingDay, inSession]) {
      expect(await read(invitationId)).toMatchObject({ capacity: 'NON_SIGNATORY_OBSERVER', capacityChanges: [] });
      expect(await capacityEvents(invitationId)).toEqual([]);
    }
  });

  it('changes no capacity when the treaty action is refused', async () => {
    const { invitationId } = await invite('AGO', 'SIGNATORY_OBSERVER');
    // A deposit needs the kind of instrument: refused, nothing recorded, nothing moved.
    expect(
      await recordAction({ state: 'AGO', action: 'DEPOSIT', date: '2023-03-24', source: 'C.N.1.2023.TREATIES-XXVI.6' }),
    ).toBe('ValidationError');
    expect(await read(invitationId)).toMatchObject({ capacity: 'SIGNATORY_OBSERVER', capacityChanges: [] });
  });

  it('follows a new opening day: South Sudan, in force from 1 February 2024, becomes a State Party when the meeting moves to 5 February 2024', async () => {
    const { meeting, invitationId } = await invite('SSD', 'NON_SIGNATORY_OBSERVER');
    const { body } = await api.graphql(MOVE_MEETING, {
      variables: {
        id: encodeGlobalID('Meeting', meeting.id),
        version: meeting.version,
        input: { opensOn: '2024-02-05', closesOn: '2024-02-08' },
      },
      headers: actors.secretariat.headers,
    });
    expect(body.data?.updateMeeting.__typename, JSON.stringify(body)).toBe('MutationUpdateMeetingSuccess');
    expect(await read(invitationId)).toMatchObject({
      capacity: 'STATE_PARTY',
      capacityChanges: [
        {
          previousCapacity: 'NON_SIGNATORY_OBSERVER',
          capacity: 'STATE_PARTY',
          standingOn: '2024-02-05',
          cause: 'meeting.update',
        },
      ],
    });
  });
});
