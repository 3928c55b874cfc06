import { testBackends } from '@plenary/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createActors, type Actor, type Actors } from './support/actors.ts';
import { graphql, type ResultOf, type SchemaType, type VariablesOf } from './support/graphql.ts';
import { startApi, type ApiFixture } from './support/api-fixture.ts';
import { expectData, expectResult } from './support/expect-result.ts';

const FOURTEENTH_MEETING: SchemaType<'CreateMeetingInput'> = {
  conventionCode: 'CCM',
  kind: 'MEETING_OF_STATES_PARTIES',
  number: 14,
  opensOn: '2026-09-14',
  closesOn: '2026-09-17',
  venue: 'Palais des Nations',
  city: 'Geneva',
  timeZone: 'Europe/Zurich',
  symbolPrefix: 'CCM/MSP/2026',
  presidencyStateCode: 'CHE',
  presidentName: 'Ambassador A',
  conveningNote: { reference: 'ODA/2026-00001', date: '2026-03-02', issuingOffice: 'ODA' },
  delegationDeadline: '2026-08-31',
  secretariatOfficeCode: 'ODA-GENEVA',
};

const CREATE = graphql(`
  mutation MeetingsCreate($input: CreateMeetingInput!) {
    createMeeting(input: $input) {
      __typename
      ... on MutationCreateMeetingSuccess {
        meeting { id code title status version presidentName presidentState { iso3 } conveningNote { reference date issuingOffice { code } } secretariatOffice { code } }
      }
      ... on ValidationError { issues { path message } }
      ... on NotFoundError { entity key }
      ... on ConflictError { message allowed }
      ... on Error { message }
    }
  }
`);

const UPDATE = graphql(`
  mutation MeetingsUpdate($id: ID!, $version: Int!, $input: UpdateMeetingInput!) {
    updateMeeting(id: $id, version: $version, input: $input) {
      __typename
      ... on MutationUpdateMeetingSuccess {
        meeting { id code title status version presidentName presidentState { iso3 } conveningNote { reference date issuingOffice { code } } secretariatOffice { code } }
      }
      ... on ValidationError { issues { path message } }
      ... on NotFoundError { entity key }
      ... on ConflictError { message allowed }
      ... on Error { message }
    }
  }
`);

const CHANGE_STATUS = graphql(`
  mutation MeetingsChangeStatus($id: ID!, $version: Int!, $status: MeetingStatus!) {
    changeMeetingStatus(id: $id, version: $version, status: $status) {
      __typename
      ... on MutationChangeMeetingStatusSuccess {
        meeting { id code title status version presidentName presidentState { iso3 } conveningNote { reference date issuingOffice { code } } secretariatOffice { code } }
      }
      ... on ValidationError { issues { path message } }
      ... on NotFoundError { entity key }
      ... on ConflictError { message allowed }
      ... on Error { message }
    }
  }
`);

const FOUND_MISSING_MALFORMED = graphql(`
  query MeetingsFoundMissingMalformed($id: ID!, $missing: ID!) {
    found: meeting(id: $id) { code }
    missing: meeting(id: $missing) { code }
    malformed: meeting(id: "nonsense") { code }
  }
`);

const CITY_AND_VERSION = graphql(`
  query MeetingsCityAndVersion($id: ID!) { meeting(id: $id) { city version } }
`);

const CONVENE = graphql(`
  mutation MeetingsConvene($id: ID!) { conveneMeeting(id: $id) { __typename } }
`);

type MeetingPayload = Extract<
  ResultOf<typeof CREATE>['createMeeting'],
  { __typename: 'MutationCreateMeetingSuccess' }
>['meeting'];

const MISSING_ID = Buffer.from('Meeting:00000000-0000-4000-8000-000000000000').toString('base64');

describe.each(testBackends())('meetings on %s', (backend) => {
  let api: ApiFixture;
  let actors: Actors;
  let unauthorised: Actor[];
  // Drafts take numbers from 20 up, clear of the seeded meetings (1MSP-13MSP).
  let number = 19;

  beforeAll(async () => {
    api = await startApi({ backend });
    actors = await createActors(api, { stateIso3: 'CHE', otherStateIso3: 'NGA' });
    unauthorised = [actors.anonymous, actors.partner, actors.sameState];
  });
  afterAll(() => api.close());

  async function create(
    input: SchemaType<'CreateMeetingInput'>,
    actor: Actor = actors.secretariat,
  ): Promise<ResultOf<typeof CREATE>['createMeeting']> {
    const { body } = await api.graphql(CREATE, { variables: { input }, headers: actor.headers });
    return expectData(body).createMeeting;
  }

  async function update(
    variables: VariablesOf<typeof UPDATE>,
    actor: Actor = actors.secretariat,
  ): Promise<ResultOf<typeof UPDATE>['updateMeeting']> {
    const { body } = await api.graphql(UPDATE, { variables, headers: actor.headers });
    return expectData(body).updateMeeting;
  }

  async function changeStatus(
    variables: VariablesOf<typeof CHANGE_STATUS>,
    actor: Actor = actors.secretariat,
  ): Promise<ResultOf<typeof CHANGE_STATUS>['changeMeetingStatus']> {
    const { body } = await api.graphql(CHANGE_STATUS, { variables, headers: actor.headers });
    return expectData(body).changeMeetingStatus;
  }

  /** A new draft with a number of its own (so its computed code is free). */
  async function createDraft(): Promise<MeetingPayload> {
    number += 1;
    const result = await create({ ...FOURTEENTH_MEETING, number, symbolPrefix: `CCM/MSP/${2011 + number}` });
    if (result.__typename !== 'MutationCreateMeetingSuccess') throw new Error(JSON.stringify(result));
    return result.meeting;
  }

  async function auditActions(globalId: string): Promise<string[]> {
    const id = Buffer.from(globalId, 'base64').toString().split(':')[1];
    const events = await api.database.prisma.auditEvent.findMany({
      where: { entityId: id },
      orderBy: { sequence: 'asc' },
    });
    return events.map((event) => event.action);
  }

  describe('createMeeting', () => {
    it('records a draft, with its code and title computed from kind and number, and audits it', async () => {
      const result = await create(FOURTEENTH_MEETING);
      expect(result).toMatchObject({
        __typename: 'MutationCreateMeetingSuccess',
        meeting: {
          code: '14MSP',
          title: 'Fourteenth Meeting of States Parties',
          status: 'DRAFT',
          version: 1,
          presidentState: { iso3: 'CHE' },
          conveningNote: { reference: 'ODA/2026-00001', date: '2026-03-02', issuingOffice: { code: 'ODA' } },
          secretariatOffice: { code: 'ODA-GENEVA' },
        },
      });
      expect(await auditActions(expectResult(result, 'MutationCreateMeetingSuccess').meeting.id)).toEqual([
        'meeting.create',
      ]);
    });

    it('keeps a title and a code given', async () => {
      const result = await create({ ...FOURTEENTH_MEETING, code: '14msp-bis', title: 'Fourteenth Meeting (resumed)' });
      expect(expectResult(result, 'MutationCreateMeetingSuccess').meeting).toMatchObject({
        code: '14MSP-BIS',
        title: 'Fourteenth Meeting (resumed)',
      });
    });

    it('names every field that is wrong', async () => {
      const result = await create({
        ...FOURTEENTH_MEETING,
        number: 0,
        closesOn: '2026-09-01',
        timeZone: 'Mars/Olympus',
        venue: ' ',
      });
      expect(
        expectResult(result, 'ValidationError')
          .issues.map((issue) => issue.path)
          .sort(),
      ).toEqual(['closesOn', 'number', 'timeZone', 'venue']);
    });

    it('refuses a meeting in 1990 and a reporting deadline in 1900, naming each date, and records nothing', async () => {
      const before = await api.database.prisma.meeting.count();
      const in1990 = await create({
        ...FOURTEENTH_MEETING,
        opensOn: '1990-09-14',
        closesOn: '1990-09-17',
        conveningNote: undefined,
        delegationDeadline: undefined,
      });
      expect(expectResult(in1990, 'ValidationError').issues).toEqual([
        {
          path: 'opensOn',
          message:
            'The opening date cannot be before 2008-05-30, when the Convention was adopted; check the year (got 1990-09-14).',
        },
        {
          path: 'closesOn',
          message:
            'The closing date cannot be before 2008-05-30, when the Convention was adopted; check the year (got 1990-09-17).',
        },
      ]);
      const deadline = await create({ ...FOURTEENTH_MEETING, reportingDeadline: '1900-04-30' });
      expect(deadline).toMatchObject({
        __typename: 'ValidationError',
        issues: [{ path: 'reportingDeadline', message: expect.stringContaining('cannot be before 2008-05-30') }],
      });
      expect(await api.database.prisma.meeting.count()).toBe(before);
    });

    it('refuses anonymous callers, partner keys and States’ focal points', async () => {
      for (const actor of unauthorised) {
        expect((await create({ ...FOURTEENTH_MEETING, code: 'NOPE' }, actor)).__typename, actor.label).toBe(
          'ForbiddenError',
        );
      }
      expect(await api.database.prisma.meeting.count({ where: { code: 'NOPE' } })).toBe(0);
    });

    it('says which convention, State or office it does not know', async () => {
      expect(await create({ ...FOURTEENTH_MEETING, conventionCode: 'APMBC' })).toMatchObject({
        __typename: 'NotFoundError',
        entity: 'Convention',
      });
      expect(await create({ ...FOURTEENTH_MEETING, code: 'X1', presidencyStateCode: 'XXX' })).toMatchObject({
        __typename: 'NotFoundError',
        entity: 'State',
      });
      expect(await create({ ...FOURTEENTH_MEETING, code: 'X2', secretariatOfficeCode: 'NOWHERE' })).toMatchObject({
        __typename: 'NotFoundError',
        entity: 'Office',
      });
    });

    it('refuses a second meeting with the same code under the convention', async () => {
      const result = await create({ ...FOURTEENTH_MEETING, number: 11, code: '11MSP' });
      expect(result).toMatchObject({ __typename: 'ConflictError', message: expect.stringContaining('11MSP') });
    });
  });

  describe('meeting(id)', () => {
    it('finds a meeting by its global ID, and gives null for an unknown or malformed one', async () => {
      const draft = await createDraft();
      const { body } = await api.graphql(FOUND_MISSING_MALFORMED, { variables: { id: draft.id, missing: MISSING_ID } });
      expect(body.data).toEqual({ found: { code: draft.code }, missing: null, malformed: null });
    });
  });

  describe('updateMeeting', () => {
    it('changes the fields given, clears those set to null, bumps the version and audits before and after', async () => {
      const draft = await createDraft();
      const result = await update({
        id: draft.id,
        version: 1,
        input: { city: 'Lausanne', presidentName: null, presidencyStateCode: 'NGA' },
      });
      expect(result).toMatchObject({
        __typename: 'MutationUpdateMeetingSuccess',
        meeting: { version: 2, presidentName: null, presidentState: { iso3: 'NGA' } },
      });
      expect(await auditActions(draft.id)).toEqual(['meeting.create', 'meeting.update']);
      const id = Buffer.from(draft.id, 'base64').toString().split(':')[1];
      const audit = await api.database.prisma.auditEvent.findFirstOrThrow({
        where: { entityId: id, action: 'meeting.update' },
      });
      expect(audit.before).toMatchObject({ city: 'Geneva', version: 1 });
      expect(audit.after).toMatchObject({ city: 'Lausanne', version: 2 });
    });

    it('recomputes a computed code and title when the number changes', async () => {
      const draft = await createDraft();
      const result = await update({
        id: draft.id,
        version: 1,
        input: { number: 40, symbolPrefix: 'CCM/MSP/2051' },
      });
      expect(expectResult(result, 'MutationUpdateMeetingSuccess').meeting).toMatchObject({
        code: '40MSP',
        title: 'Fortieth Meeting of States Parties',
      });
    });

    it('checks the meeting as a whole after the change', async () => {
      const draft = await createDraft();
      const reversed = await update({
        id: draft.id,
        version: 1,
        input: { opensOn: '2030-01-01' },
      });
      expect(reversed).toMatchObject({
        __typename: 'ValidationError',
        issues: [{ path: 'closesOn', message: 'The meeting cannot close before it opens.' }],
      });
      const noVenue = await update({ id: draft.id, version: 1, input: { venue: null } });
      expect(noVenue).toMatchObject({ __typename: 'ValidationError', issues: [{ path: 'venue' }] });
      expect(await update({ id: 'nonsense', version: 1, input: {} })).toMatchObject({
        __typename: 'ValidationError',
        issues: [{ path: 'id' }],
      });
    });

    it('refuses anonymous callers, partner keys and States’ focal points', async () => {
      const draft = await createDraft();
      for (const actor of unauthorised) {
        expect(
          (await update({ id: draft.id, version: 1, input: { city: 'Bern' } }, actor)).__typename,
          actor.label,
        ).toBe('ForbiddenError');
      }
    });

    it('says when the meeting does not exist', async () => {
      expect(await update({ id: MISSING_ID, version: 1, input: { city: 'Bern' } })).toMatchObject({
        __typename: 'NotFoundError',
        entity: 'Meeting',
      });
    });

    it('refuses a stale version instead of losing the other change', async () => {
      const draft = await createDraft();
      await update({ id: draft.id, version: 1, input: { city: 'Bern' } });
      const stale = await update({ id: draft.id, version: 1, input: { city: 'Basel' } });
      expect(stale.__typename).toBe('ConflictError');
      const { body } = await api.graphql(CITY_AND_VERSION, { variables: { id: draft.id } });
      expect(body.data?.meeting).toEqual({ city: 'Bern', version: 2 });
    });

    it('refuses to take the code of another meeting', async () => {
      const draft = await createDraft();
      expect(await update({ id: draft.id, version: 1, input: { code: '11MSP' } })).toMatchObject({
        __typename: 'ConflictError',
      });
    });
  });

  describe('changeMeetingStatus', () => {
    it('opens and closes a convened meeting, cancels a draft, and audits each change', async () => {
      const draft = await createDraft();
      await api.graphql(CONVENE, {
        variables: { id: draft.id },
        headers: actors.secretariat.headers,
      });
      const opened = await changeStatus({
        id: draft.id,
        version: 2,
        status: 'IN_SESSION',
      });
      expect(expectResult(opened, 'MutationChangeMeetingStatusSuccess').meeting).toMatchObject({
        status: 'IN_SESSION',
        version: 3,
      });
      expect(
        expectResult(
          await changeStatus({ id: draft.id, version: 3, status: 'CLOSED' }),
          'MutationChangeMeetingStatusSuccess',
        ).meeting,
      ).toMatchObject({
        status: 'CLOSED',
      });
      expect(await auditActions(draft.id)).toEqual([
        'meeting.create',
        'meeting.convene',
        'meeting.changeStatus',
        'meeting.changeStatus',
      ]);

      const other = await createDraft();
      expect(
        expectResult(
          await changeStatus({ id: other.id, version: 1, status: 'CANCELLED' }),
          'MutationChangeMeetingStatusSuccess',
        ).meeting,
      ).toMatchObject({
        status: 'CANCELLED',
      });
    });

    it('does not convene a draft directly, and names the changes allowed', async () => {
      const draft = await createDraft();
      const result = await changeStatus({
        id: draft.id,
        version: 1,
        status: 'CONVENED',
      });
      expect(result).toMatchObject({
        __typename: 'ConflictError',
        allowed: ['CANCELLED'],
        message: expect.stringContaining('conveneMeeting'),
      });
      const skipping = await changeStatus({
        id: draft.id,
        version: 1,
        status: 'CLOSED',
      });
      expect(skipping).toMatchObject({ __typename: 'ConflictError', allowed: ['CANCELLED'] });
    });

    it('refuses a malformed ID, unauthorised callers, an unknown meeting and a stale version', async () => {
      const draft = await createDraft();
      expect((await changeStatus({ id: 'nonsense', version: 1, status: 'CANCELLED' })).__typename).toBe(
        'ValidationError',
      );
      for (const actor of unauthorised) {
        expect(
          (await changeStatus({ id: draft.id, version: 1, status: 'CANCELLED' }, actor)).__typename,
          actor.label,
        ).toBe('ForbiddenError');
      }
      expect((await changeStatus({ id: MISSING_ID, version: 1, status: 'CANCELLED' })).__typename).toBe(
        'NotFoundError',
      );
      expect((await changeStatus({ id: draft.id, version: 7, status: 'CANCELLED' })).__typename).toBe('ConflictError');
      expect(await auditActions(draft.id)).toEqual(['meeting.create']);
    });
  });
});
