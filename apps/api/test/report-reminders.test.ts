import { testBackends } from '@plenary/db/testing';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createActors, type Actors } from './support/actors.ts';
import { graphql, type ResultOf, type SchemaType } from './support/graphql.ts';
import { startApi, type ApiFixture } from './support/api-fixture.ts';
import { createInvitation, createMeeting } from './support/factories.ts';
import { amendDelegation, databaseId, HEAD_AND_ADVISER, submitDelegation } from './support/delegation-operations.ts';
import { expectResult } from './support/expect-result.ts';

// Nigeria: in force 2023-08-01, initial report due 2024-01-28 (Art. 7(1)); on 2024-03-15 it is overdue.
const NIGERIA_REMINDER: SchemaType<'SendReportReminderInput'> = {
  state: { iso3: 'NGA' },
  kind: 'INITIAL',
  periodYear: 2023,
  reference: 'ODA/2024-00123',
  date: '2024-03-15',
  issuingOffice: 'ODA',
  submissionOffice: 'ODA-GENEVA',
};

const SEND = graphql(`
  mutation ReminderSend($input: SendReportReminderInput!) {
    sendReportReminder(input: $input) {
      __typename
      ... on MutationSendReportReminderSuccess { reminder { state { iso3 } kind periodYear reference date dueOn issuingOffice submissionOffice language sentAt } }
      ... on Error { message }
      ... on ValidationError { issues { path message } }
      ... on NotFoundError { entity key }
    }
  }
`);

const AUDIT_TRAIL = graphql(`
  query ReminderAuditTrail($filter: AuditEventFilter, $first: Int) {
    auditEvents(filter: $filter, first: $first) {
      totalCount
      edges { node { action entityType actorName after entity { id ... on State { iso3 } ... on Delegation { version } ... on Meeting { code } } } }
    }
  }
`);

const SEND_ALL = graphql(`
  mutation ReminderSendAll($input: SendReportRemindersInput!) {
    sendReportReminders(input: $input) {
      __typename
      ... on MutationSendReportRemindersSuccess { reminders { state { iso3 } kind periodYear reference date dueOn language sentByName } }
      ... on Error { message }
      ... on ValidationError { issues { path message } }
      ... on NotFoundError { entity key }
    }
  }
`);

const SENT_TO = graphql(`
  query ReminderSentTo($iso3: String!) {
    state(iso3: $iso3) { reportRemindersSent(first: 10) { totalCount edges { node { reference kind periodYear date } } } }
  }
`);

const NODE = graphql(`
  query ReminderNode($id: ID!) { node(id: $id) { id } }
`);

const AUDIT_OF_NOT_A_MEETING = graphql(`
  query ReminderAuditOfNotAMeeting { auditEvents(filter: { meeting: "bm90LWFuLWlk" }) { totalCount } }
`);

const AUDIT_COUNT = graphql(`
  query ReminderAuditCount { auditEvents { totalCount } }
`);

type SendPayload = ResultOf<typeof SEND>['sendReportReminder'];
type SendAllPayload = ResultOf<typeof SEND_ALL>['sendReportReminders'];
type AuditTrail = ResultOf<typeof AUDIT_TRAIL>['auditEvents'];

describe.each(testBackends())('report reminders and the audit trail on %s', (backend) => {
  let api: ApiFixture;
  let actors: Actors;

  beforeAll(async () => {
    api = await startApi({ backend, now: () => new Date('2024-03-15T09:00:00Z') });
    actors = await createActors(api, { stateIso3: 'NGA', otherStateIso3: 'CHE' });
  });
  afterAll(() => api?.close());

  async function send(
    input: SchemaType<'SendReportReminderInput'>,
    headers = actors.secretariat.headers,
  ): Promise<SendPayload> {
    const { body } = await api.graphql(SEND, { variables: { input }, headers });
    expect(body.errors).toBeUndefined();
    return body.data!.sendReportReminder;
  }

  async function auditTrail(
    filter: SchemaType<'AuditEventFilter'>,
    headers = actors.secretariat.headers,
  ): Promise<AuditTrail> {
    const { body } = await api.graphql(AUDIT_TRAIL, {
      variables: { filter, first: 100 },
      headers,
    });
    expect(body.errors).toBeUndefined();
    return body.data!.auditEvents;
  }

  const reminderEvents = () => api.database.prisma.auditEvent.count({ where: { action: 'reportReminder.send' } });

  describe('sendReportReminder', () => {
    it("records that the reminder of Nigeria's overdue initial report was sent, in the audit trail, by whom", async () => {
      const payload = await send({ ...NIGERIA_REMINDER, language: 'FR' });
      expect(payload).toMatchObject({
        __typename: 'MutationSendReportReminderSuccess',
        reminder: {
          state: { iso3: 'NGA' },
          kind: 'INITIAL',
          periodYear: 2023,
          reference: 'ODA/2024-00123',
          date: '2024-03-15',
          dueOn: '2024-01-28',
          issuingOffice: 'ODA',
          submissionOffice: 'ODA-GENEVA',
          language: 'FR',
        },
      });
      const trail = await auditTrail({ action: 'reportReminder.send' });
      expect(trail.edges.map((edge) => edge.node)).toEqual([
        {
          action: 'reportReminder.send',
          entityType: 'State',
          actorName: expect.any(String) as string,
          after: expect.objectContaining({
            reference: 'ODA/2024-00123',
            kind: 'INITIAL',
            periodYear: 2023,
            dueOn: '2024-01-28',
            language: 'FR',
          }) as Record<string, unknown>,
          entity: { id: expect.any(String) as string, iso3: 'NGA' },
        },
      ]);
    });

    it('refuses a reference already used, and records nothing more', async () => {
      const before = await reminderEvents();
      const payload = await send({ ...NIGERIA_REMINDER, date: '2024-03-20' });
      expect(expectResult(payload, 'ConflictError').message).toContain('ODA/2024-00123 was already sent on 2024-03-15');
      expect(await reminderEvents()).toBe(before);
    });

    it('names every bad field, and records nothing', async () => {
      const before = await reminderEvents();
      const payload = await send({
        ...NIGERIA_REMINDER,
        reference: '  ',
        periodYear: 1850,
        issuingOffice: '',
        language: 'AR',
      });
      expect(expectResult(payload, 'ValidationError').issues).toEqual([
        { path: 'periodYear', message: 'The year of the report must be at least 1900.' },
        { path: 'reference', message: 'The note reference cannot be empty.' },
        { path: 'issuingOffice', message: 'The issuing office cannot be empty.' },
        // The API takes any UN language; notes are written in English and French.
        { path: 'language', message: 'The language of the note must be one of: EN, FR.' },
      ]);
      expect(await reminderEvents()).toBe(before);
    });

    it('refuses a reminder for a report not yet overdue on the note’s date', async () => {
      const payload = await send({ ...NIGERIA_REMINDER, reference: 'ODA/2024-00001', date: '2024-01-28' });
      expect(payload.__typename).toBe('ValidationError');
    });

    it('answers NotFoundError for an unknown State or office', async () => {
      expect(await send({ ...NIGERIA_REMINDER, reference: 'ODA/2024-00002', state: { iso3: 'XXX' } })).toMatchObject({
        __typename: 'NotFoundError',
        entity: 'State',
      });
      expect(await send({ ...NIGERIA_REMINDER, reference: 'ODA/2024-00003', issuingOffice: 'NOWHERE' })).toMatchObject({
        __typename: 'NotFoundError',
        entity: 'Office',
      });
    });

    it.each(['anonymous', 'partner', 'sameState', 'otherState'] as const)(
      'is refused to %s, and records nothing',
      async (actor) => {
        const before = await reminderEvents();
        expect(
          (await send({ ...NIGERIA_REMINDER, reference: 'ODA/2024-00004' }, actors[actor].headers)).__typename,
        ).toBe('ForbiddenError');
        expect(await reminderEvents()).toBe(before);
      },
    );
  });

  describe('sendReportReminders: reminders to several States at once', () => {
    // Annual reports for 2022 were due on 2023-04-30 (Art. 7(2)); on 2024-03-15 none of these is recorded.
    const BULK: SchemaType<'SendReportRemindersInput'> = {
      reports: [
        { state: 'NLD', kind: 'ANNUAL', periodYear: 2022 },
        { state: 'ESP', kind: 'ANNUAL', periodYear: 2022 },
        { state: 'CHE', kind: 'ANNUAL', periodYear: 2022 },
      ],
      referencePattern: 'ODA/2024-{nnnnn}',
      firstNumber: 201,
      date: '2024-03-15',
      issuingOffice: 'ODA',
      submissionOffice: 'ODA-GENEVA',
      language: 'FR',
    };
    const storedReminders = () => api.database.prisma.reportReminder.count();

    async function sendAll(
      input: SchemaType<'SendReportRemindersInput'>,
      headers = actors.secretariat.headers,
    ): Promise<SendAllPayload> {
      const { body } = await api.graphql(SEND_ALL, { variables: { input }, headers });
      expect(body.errors).toBeUndefined();
      return body.data!.sendReportReminders;
    }

    const download = (path: string, headers: Record<string, string> = {}) =>
      fetch(`${api.url.replace(/\/graphql$/, '')}${path}`, { headers });

    it('refuses them all when one report is not overdue on the notes’ date, naming it, and records nothing', async () => {
      const before = await storedReminders();
      const payload = await sendAll({
        ...BULK,
        reports: [...BULK.reports, { state: 'ESP', kind: 'ANNUAL', periodYear: 2023 }],
      });
      expect(expectResult(payload, 'ValidationError').issues).toEqual([
        {
          path: 'reports.3.reminder.report.dueOn',
          message: expect.stringMatching(/^ESP: The report is due on 2024-04-30, so it is not overdue/) as string,
        },
      ]);
      expect(await storedReminders()).toBe(before);
    });

    it('records one numbered note for each State on its record, with an audit event each, all in one go', async () => {
      const payload = await sendAll(BULK);
      expect(expectResult(payload, 'MutationSendReportRemindersSuccess').reminders).toEqual([
        {
          state: { iso3: 'NLD' },
          kind: 'ANNUAL',
          periodYear: 2022,
          reference: 'ODA/2024-00201',
          date: '2024-03-15',
          dueOn: '2023-04-30',
          language: 'FR',
          sentByName: expect.any(String) as string,
        },
        expect.objectContaining({ state: { iso3: 'ESP' }, reference: 'ODA/2024-00202' }),
        expect.objectContaining({ state: { iso3: 'CHE' }, reference: 'ODA/2024-00203' }),
      ]);
      const { body } = await api.graphql(SENT_TO, { variables: { iso3: 'ESP' }, headers: actors.secretariat.headers });
      expect(body.data!.state!.reportRemindersSent).toEqual({
        totalCount: 1,
        edges: [{ node: { reference: 'ODA/2024-00202', kind: 'ANNUAL', periodYear: 2022, date: '2024-03-15' } }],
      });
      expect(
        await api.database.prisma.auditEvent.count({
          where: { action: 'reportReminder.send', after: { path: ['reference'], string_starts_with: 'ODA/2024-002' } },
        }),
      ).toBe(3);
    });

    it('shows a State’s reminders to its focal points, and not to another State’s', async () => {
      const own = await api.graphql(SENT_TO, {
        variables: { iso3: 'CHE' },
        headers: actors.otherState.headers,
      });
      expect(own.body.data?.state!.reportRemindersSent?.totalCount).toBe(1);
      const other = await api.graphql(SENT_TO, { variables: { iso3: 'CHE' }, headers: actors.sameState.headers });
      expect(other.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    });

    it('refuses a reference already used, and records nothing more', async () => {
      const before = await storedReminders();
      const payload = await sendAll({
        ...BULK,
        reports: [{ state: 'GBR', kind: 'ANNUAL', periodYear: 2022 }, ...BULK.reports.slice(0, 1)],
        firstNumber: 200,
      });
      expect(expectResult(payload, 'ConflictError').message).toContain('ODA/2024-00201 was already sent on 2024-03-15');
      expect(await storedReminders()).toBe(before);
    });

    it('refuses a pattern without the number, and an unknown State', async () => {
      expect(await sendAll({ ...BULK, referencePattern: 'ODA/2024-00300' })).toMatchObject({
        __typename: 'ValidationError',
        issues: [{ path: 'referencePattern' }],
      });
      expect(
        await sendAll({ ...BULK, reports: [{ state: 'XXX', kind: 'ANNUAL', periodYear: 2022 }], firstNumber: 300 }),
      ).toMatchObject({ __typename: 'NotFoundError', entity: 'State' });
    });

    it.each(['anonymous', 'partner', 'sameState'] as const)('is refused to %s, and records nothing', async (actor) => {
      const before = await storedReminders();
      expect((await sendAll({ ...BULK, firstNumber: 400 }, actors[actor].headers)).__typename).toBe('ForbiddenError');
      expect(await storedReminders()).toBe(before);
    });

    it('downloads the notes of the day as one PDF and their addressees as CSV, in French with the States’ articles; for the secretariat only', async () => {
      const csv = await download('/documents/report-reminders/2024-03-15.csv?language=FR', actors.secretariat.headers);
      expect(csv.status).toBe(200);
      const lines = (await csv.text()).split('\r\n');
      expect(lines[0]).toBe('État,Code ISO,Destinataire,Courriel,Rapport,Année,Date limite,Référence,Date de la note');
      expect(lines).toContain(
        'Pays-Bas (Royaume des),NLD,La Mission permanente du Royaume des Pays-Bas auprès de l’Organisation des Nations Unies,,Annuel,2022,2023-04-30,ODA/2024-00201,2024-03-15',
      );
      expect(lines.find((line) => line.includes('ODA/2024-00202'))).toContain('La Mission permanente de l’Espagne');
      expect(lines.find((line) => line.includes('ODA/2024-00203'))).toMatch(
        /^Suisse,CHE,La Mission permanente de la Suisse auprès de l’Organisation des Nations Unies,[^,]*@/,
      );
      const pdf = await download('/documents/report-reminders/2024-03-15.pdf?language=FR', actors.secretariat.headers);
      expect(pdf.status).toBe(200);
      expect(pdf.headers.get('content-disposition')).toContain('report-reminders-2024-03-15-FR.pdf');
      expect(
        Buffer.from(await pdf.arrayBuffer())
          .subarray(0, 5)
          .toString('latin1'),
      ).toBe('%PDF-');
      expect((await download('/documents/report-reminders/2024-03-15.pdf?language=FR')).status).toBe(401);
      expect(
        (await download('/documents/report-reminders/2024-03-15.csv?language=FR', actors.sameState.headers)).status,
      ).toBe(403);
      expect(
        (await download('/documents/report-reminders/2024-03-16.csv?language=FR', actors.secretariat.headers)).status,
      ).toBe(404);
      expect((await download('/documents/report-reminders/2024-02-30.csv', actors.secretariat.headers)).status).toBe(
        400,
      );
    });
  });

  describe('the audit trail for the secretariat', () => {
    it('shows the meeting cycle’s events but not those about users and API keys, which only ADMINs read', async () => {
      const admin = await api.database.prisma.user.findUniqueOrThrow({ where: { email: 'admin@plenary.test' } });
      await api.database.prisma.auditEvent.create({
        data: { action: 'user.create', entityType: 'User', entityId: admin.id, actorUserId: admin.id },
      });
      expect((await auditTrail({ entityType: 'User' })).totalCount).toBe(0);
      expect((await auditTrail({ entityType: 'User' }, actors.admin.headers)).totalCount).toBeGreaterThan(0);
      const event = await api.database.prisma.auditEvent.findFirstOrThrow({ where: { entityType: 'User' } });
      const { body } = await api.graphql(NODE, {
        variables: { id: encodeGlobalID('AuditEvent', event.id) },
        headers: actors.secretariat.headers,
      });
      expect(body.data?.node).toBeNull();
    });

    it('finds a meeting’s events, its delegations’ submissions and amendments included, and no other meeting’s', async () => {
      const prisma = api.database.prisma;
      const meeting = await createMeeting(prisma);
      const other = await createMeeting(prisma);
      const submitted = expectResult(
        await submitDelegation(api, {
          invitationId: (await createInvitation(prisma, { meetingId: meeting.id, participant: 'CHE' })).id,
          headers: actors.secretariat.headers,
        }),
        'MutationSubmitDelegationSuccess',
      );
      await submitDelegation(api, {
        invitationId: (await createInvitation(prisma, { meetingId: other.id, participant: 'CHE' })).id,
        headers: actors.secretariat.headers,
      });
      const delegationId = databaseId(submitted.delegation.id);
      await amendDelegation(api, {
        delegationId,
        version: 1,
        members: HEAD_AND_ADVISER.slice(1),
        headers: actors.secretariat.headers,
      });

      const trail = await auditTrail({ meeting: encodeGlobalID('Meeting', meeting.id) });
      expect(trail.edges.map((edge) => [edge.node.action, edge.node.entity])).toEqual([
        ['delegation.amend', { id: submitted.delegation.id, version: 2 }],
        ['delegation.submit', { id: submitted.delegation.id, version: 2 }],
      ]);
    });

    it('refuses a meeting filter that is not a meeting’s ID', async () => {
      const { body } = await api.graphql(AUDIT_OF_NOT_A_MEETING, {
        headers: actors.secretariat.headers,
      });
      expect(body.errors?.[0]?.extensions?.code).toBe('VALIDATION_FAILED');
    });

    it.each(['anonymous', 'partner', 'sameState'] as const)('is refused to %s', async (actor) => {
      const { body } = await api.graphql(AUDIT_COUNT, { headers: actors[actor].headers });
      expect(body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    });
  });
});
