import { FORM_LETTERS } from '@plenary/domain';
import { testBackends } from '@plenary/db/testing';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createActors, type Actors } from './support/actors.ts';
import { graphql, type ResultOf, type SchemaType, textOf, type VariablesOf } from './support/graphql.ts';
import { startApi, type ApiFixture } from './support/api-fixture.ts';
import { expectResult } from './support/expect-result.ts';

// Nigeria: deposit 2023-02-28, in force 2023-08-01, initial report due 2024-01-28 (Art. 7(1)).
const NIGERIA = 'NGA';
const SOUTH_SUDAN = 'SSD';
const TODAY = new Date('2025-04-20T10:00:00Z');

const RECORD = graphql(`
  mutation ReportsRecord($input: RecordTransparencyReportInput!) {
    recordTransparencyReport(input: $input) {
      __typename
      ... on MutationRecordTransparencyReportSuccess {
        report {
          id kind periodYear periodStart periodEnd dueOn dueOnOverridden receivedOn channel published publishedAt version
          state { iso3 } convention { code } forms { letter status unchangedSinceYear }
          lateOn: compliance(asOf: "2024-03-01")
        }
      }
      ... on Error { message code }
      ... on ValidationError { issues { path message } }
      ... on NotFoundError { entity key }
    }
  }
`);

const UPDATE_FORMS = graphql(`
  mutation ReportsUpdateForms($reportId: ID!, $version: Int!, $forms: [ReportFormInput!]!) {
    updateReportForms(reportId: $reportId, version: $version, forms: $forms) {
      __typename
      ... on MutationUpdateReportFormsSuccess { report { version forms { letter status unchangedSinceYear } } }
      ... on Error { message }
      ... on ValidationError { issues { path message } }
    }
  }
`);

const PUBLISH = graphql(`
  mutation ReportsPublish($reportId: ID!, $version: Int!) {
    publishReport(reportId: $reportId, version: $version) {
      __typename
      ... on MutationPublishReportSuccess { report { published publishedAt version } }
      ... on Error { message }
    }
  }
`);

const NIGERIA_REPORTS = graphql(`
  query ReportsOfNigeria($filter: TransparencyReportFilter) {
    transparencyReports(filter: $filter) { totalCount edges { node { kind periodYear published } } }
    state(iso3: "NGA") { reports { totalCount } }
  }
`);

const SOUTH_SUDAN_ID = graphql(`
  query ReportsSouthSudanId { state(iso3: "SSD") { id } }
`);

const NODE_AND_NODES = graphql(`
  query ReportsNodeAndNodes($id: ID!) { node(id: $id) { id } nodes(ids: [$id]) { id } }
`);

const FILTERED_REPORTS = graphql(`
  query ReportsFiltered($filter: TransparencyReportFilter) {
    transparencyReports(filter: $filter) {
      totalCount
      edges { node { state { iso3 } kind periodYear compliance(asOf: "2024-03-01") } }
    }
  }
`);

const STATE_REPORTS = graphql(`
  query ReportsOfAState($iso3: String!, $filter: StateReportFilter) {
    state(iso3: $iso3) {
      reports(filter: $filter) { totalCount edges { node { kind periodYear compliance(asOf: "2024-03-01") } } }
    }
  }
`);

const allForms = (status: SchemaType<'FormStatus'> = 'CHANGED'): SchemaType<'ReportFormInput'>[] =>
  FORM_LETTERS.map((letter) => ({ letter, status }));

type RecordPayload = ResultOf<typeof RECORD>['recordTransparencyReport'];
type UpdateFormsPayload = ResultOf<typeof UPDATE_FORMS>['updateReportForms'];
type PublishPayload = ResultOf<typeof PUBLISH>['publishReport'];

describe.each(testBackends())('Article 7 transparency reports on %s', (backend) => {
  let api: ApiFixture;
  let actors: Actors;
  let nigeriaInitial: { id: string; version: number };

  async function record(
    input: SchemaType<'RecordTransparencyReportInput'>,
    headers = actors.secretariat.headers,
  ): Promise<RecordPayload> {
    const { body } = await api.graphql(RECORD, {
      variables: { input },
      headers,
    });
    expect(body.errors).toBeUndefined();
    return body.data!.recordTransparencyReport;
  }

  async function updateForms(
    variables: VariablesOf<typeof UPDATE_FORMS>,
    headers = actors.sameState.headers,
  ): Promise<UpdateFormsPayload> {
    const { body } = await api.graphql(UPDATE_FORMS, { variables, headers });
    expect(body.errors).toBeUndefined();
    return body.data!.updateReportForms;
  }

  async function publish(
    variables: VariablesOf<typeof PUBLISH>,
    headers = actors.secretariat.headers,
  ): Promise<PublishPayload> {
    const { body } = await api.graphql(PUBLISH, { variables, headers });
    expect(body.errors).toBeUndefined();
    return body.data!.publishReport;
  }

  async function nigeriaReportCount(headers: Record<string, string>): Promise<{ listed: number; onState: number }> {
    const { body } = await api.graphql(NIGERIA_REPORTS, {
      variables: { filter: { state: NIGERIA } },
      headers,
    });
    expect(body.errors).toBeUndefined();
    return { listed: body.data!.transparencyReports.totalCount, onState: body.data!.state!.reports.totalCount };
  }

  beforeAll(async () => {
    api = await startApi({ backend, now: () => TODAY });
    actors = await createActors(api, { stateIso3: NIGERIA, otherStateIso3: SOUTH_SUDAN });
  });
  afterAll(() => api.close());

  describe('recordTransparencyReport', () => {
    it("records Nigeria's initial report, dated from its entry into force, and audits it", async () => {
      const payload = await record({
        state: { iso3: 'nga' },
        kind: 'INITIAL',
        periodYear: 2023,
        receivedOn: '2024-02-10',
        channel: 'EMAIL',
        forms: allForms(),
      });
      const { report } = expectResult(payload, 'MutationRecordTransparencyReportSuccess');
      expect(report).toMatchObject({
        kind: 'INITIAL',
        periodYear: 2023,
        periodStart: '2023-08-01',
        periodEnd: '2023-08-01',
        dueOn: '2024-01-28',
        dueOnOverridden: false,
        receivedOn: '2024-02-10',
        channel: 'EMAIL',
        published: false,
        publishedAt: null,
        version: 1,
        state: { iso3: NIGERIA },
        convention: { code: 'CCM' },
        lateOn: 'LATE',
      });
      expect(report.forms).toHaveLength(10);
      nigeriaInitial = { id: report.id, version: 1 };
      const audit = await api.database.prisma.auditEvent.findMany({
        where: { entityType: 'TransparencyReport', action: 'transparencyReport.record' },
      });
      expect(audit).toHaveLength(1);
    });

    it("lets a State's focal point record its own annual report, received today unless said otherwise", async () => {
      const payload = await record(
        { state: { iso3: NIGERIA }, kind: 'ANNUAL', periodYear: 2024, channel: 'ONLINE_DATABASE' },
        actors.sameState.headers,
      );
      expect(expectResult(payload, 'MutationRecordTransparencyReportSuccess').report).toMatchObject({
        periodStart: '2024-01-01',
        periodEnd: '2024-12-31',
        dueOn: '2025-04-30',
        receivedOn: '2025-04-20',
        forms: [],
      });
    });

    it('takes a State by its global ID as well as its code', async () => {
      const { body } = await api.graphql(SOUTH_SUDAN_ID);
      const payload = await record({
        state: { id: body.data!.state!.id },
        kind: 'INITIAL',
        periodYear: 2024,
        receivedOn: '2024-07-01',
      });
      expect(expectResult(payload, 'MutationRecordTransparencyReportSuccess').report).toMatchObject({
        state: { iso3: SOUTH_SUDAN },
        dueOn: '2024-07-30',
        dueOnOverridden: false,
      });
    });

    it('refuses a report received before its period ends, after today or in 1900, naming the date received', async () => {
      const early = await record({
        state: { iso3: SOUTH_SUDAN },
        kind: 'ANNUAL',
        periodYear: 2024,
        receivedOn: '2024-06-30',
      });
      expect(early).toMatchObject({
        __typename: 'ValidationError',
        issues: [
          {
            path: 'receivedOn',
            message: 'A report cannot be received before the period it covers ends (2024-12-31); got 2024-06-30.',
          },
        ],
      });
      const future = await record({
        state: { iso3: SOUTH_SUDAN },
        kind: 'ANNUAL',
        periodYear: 2024,
        receivedOn: '2025-04-21',
      });
      expect(future).toMatchObject({
        __typename: 'ValidationError',
        issues: [
          { path: 'receivedOn', message: 'A report cannot be received after today (2025-04-20); got 2025-04-21.' },
        ],
      });
      const in1900 = await record({
        state: { iso3: SOUTH_SUDAN },
        kind: 'ANNUAL',
        periodYear: 2024,
        receivedOn: '1900-04-21',
      });
      expect(in1900).toMatchObject({
        __typename: 'ValidationError',
        issues: [{ path: 'receivedOn', message: expect.stringContaining('cannot be before 2008-05-30') }],
      });
      expect(
        await api.database.prisma.transparencyReport.count({
          where: { periodYear: { in: [2024, 2025] }, kind: 'ANNUAL', state: { iso3: { in: [NIGERIA, SOUTH_SUDAN] } } },
        }),
      ).toBe(1);
    });

    it('refuses nonsense reports: the 2022 report "received" in 2020, one received in 2030, one for 2099 or for the year still running', async () => {
      const norway2022 = await record({
        state: { iso3: 'NOR' },
        kind: 'ANNUAL',
        periodYear: 2022,
        receivedOn: '2020-01-15',
      });
      expect(norway2022).toMatchObject({
        issues: [
          {
            path: 'receivedOn',
            message: 'A report cannot be received before the period it covers ends (2022-12-31); got 2020-01-15.',
          },
        ],
      });
      const in2030 = await record({
        state: { iso3: 'NOR' },
        kind: 'ANNUAL',
        periodYear: 2023,
        receivedOn: '2030-01-01',
      });
      expect(in2030).toMatchObject({
        issues: [
          { path: 'receivedOn', message: 'A report cannot be received after today (2025-04-20); got 2030-01-01.' },
        ],
      });
      // Received "today" by default: the period, not the day, is what is wrong.
      const for2099 = await record({ state: { iso3: 'NOR' }, kind: 'ANNUAL', periodYear: 2099 });
      expect(for2099).toMatchObject({
        issues: [
          {
            path: 'periodYear',
            message:
              'The period this report covers ends on 2099-12-31, after today (2025-04-20); a report on it cannot have been received yet.',
          },
        ],
      });
      const running = await record({
        state: { iso3: NIGERIA },
        kind: 'ANNUAL',
        periodYear: 2025,
        receivedOn: '2025-03-01',
      });
      expect(running).toMatchObject({
        issues: [
          {
            path: 'periodYear',
            message:
              'The period this report covers ends on 2025-12-31, after today (2025-04-20); a report on it cannot have been received yet.',
          },
        ],
      });
      expect(await api.database.prisma.transparencyReport.count({ where: { state: { iso3: 'NOR' } } })).toBe(0);
    });

    it('refuses bad input with every problem, forms included', async () => {
      const forms: SchemaType<'ReportFormInput'>[] = [
        { letter: 'A', status: 'NOT_APPLICABLE' },
        ...allForms().slice(1, 9),
      ];
      const payload = await record({
        state: { iso3: NIGERIA },
        kind: 'ANNUAL',
        periodYear: 2025,
        receivedOn: '2026-05-01',
        forms,
      });
      expect(expectResult(payload, 'ValidationError').issues).toEqual([
        {
          path: 'forms.0.status',
          message:
            'Form A (national implementation measures) applies to every State Party; it cannot be marked not applicable.',
        },
        { path: 'forms', message: 'Every form A-J needs a status; missing: J.' },
      ]);
    });

    it('refuses a report the State does not owe: an initial report for another year, or from a mere signatory', async () => {
      expect(
        expectResult(await record({ state: { iso3: NIGERIA }, kind: 'INITIAL', periodYear: 2024 }), 'ValidationError')
          .issues,
      ).toEqual([
        {
          path: 'periodYear',
          message:
            'The initial report is for 2023, the year the Convention entered into force for the State (2023-08-01); got 2024.',
        },
      ]);
      expect(
        expectResult(await record({ state: { iso3: 'AGO' }, kind: 'INITIAL', periodYear: 2024 }), 'ValidationError')
          .issues[0]?.path,
      ).toBe('state');
    });

    it.each(['anonymous', 'partner', 'otherState'] as const)('refuses the %s caller', async (actor) => {
      const payload = await record(
        { state: { iso3: NIGERIA }, kind: 'ANNUAL', periodYear: 2025 },
        actors[actor].headers,
      );
      expect(payload.__typename).toBe('ForbiddenError');
    });

    it('lets only the secretariat set a due date of its own', async () => {
      const before = await api.database.prisma.transparencyReport.count();
      const payload = await record(
        { state: { iso3: NIGERIA }, kind: 'ANNUAL', periodYear: 2025, dueOn: '2026-05-15' },
        actors.sameState.headers,
      );
      expect(payload).toMatchObject({
        __typename: 'ForbiddenError',
        message: 'Only the secretariat records a due date other than the one computed from the Convention.',
      });
      expect(await api.database.prisma.transparencyReport.count()).toBe(before);
    });

    it('takes the State by ISO code or by global ID, exactly one (@oneOf), and records nothing otherwise', async () => {
      const before = await api.database.prisma.transparencyReport.count();
      const nigeriaId = encodeGlobalID(
        'State',
        (await api.database.prisma.state.findUniqueOrThrow({ where: { iso3: NIGERIA } })).id,
      );
      for (const state of [{}, { iso3: NIGERIA, id: nigeriaId }, { iso3: null }]) {
        // Input the schema refuses, sent as the document's plain text: its typed variables would not take it.
        const { status, body } = await api.graphql(textOf(RECORD), {
          variables: { input: { state, kind: 'ANNUAL', periodYear: 2025 } },
          headers: actors.secretariat.headers,
        });
        expect(status, JSON.stringify(state)).toBe(400);
        expect(body.errors?.map((error) => error.extensions?.code)).toEqual(['BAD_USER_INPUT']);
      }
      expect(
        await record({
          state: { id: encodeGlobalID('Meeting', '00000000-0000-4000-8000-000000000000') },
          kind: 'ANNUAL',
          periodYear: 2025,
        }),
      ).toMatchObject({
        __typename: 'ValidationError',
        issues: [{ path: 'state.id', message: 'This is not the ID of a State.' }],
      });
      expect(await api.database.prisma.transparencyReport.count()).toBe(before);
    });

    it('says which State or convention was not found', async () => {
      expect(await record({ state: { iso3: 'XXX' }, kind: 'ANNUAL', periodYear: 2025 })).toMatchObject({
        __typename: 'NotFoundError',
        entity: 'State',
      });
      expect(
        await record({ state: { iso3: NIGERIA }, convention: 'APMBC', kind: 'ANNUAL', periodYear: 2025 }),
      ).toMatchObject({ __typename: 'NotFoundError', entity: 'Convention' });
    });

    it('keeps one report per State, kind and period', async () => {
      const payload = await record({ state: { iso3: NIGERIA }, kind: 'INITIAL', periodYear: 2023 });
      expect(payload.__typename).toBe('ConflictError');
    });
  });

  describe('who sees an unpublished report', () => {
    it.each(['anonymous', 'partner', 'otherState'] as const)(
      'hides it from the %s caller, through `node` as if its ID were unknown',
      async (actor) => {
        expect(await nigeriaReportCount(actors[actor].headers)).toEqual({ listed: 0, onState: 0 });
        const { body } = await api.graphql(NODE_AND_NODES, {
          variables: { id: nigeriaInitial.id },
          headers: actors[actor].headers,
        });
        expect(body.errors).toBeUndefined();
        expect(body.data).toEqual({ node: null, nodes: [null] });
      },
    );

    it.each(['sameState', 'secretariat', 'admin'] as const)('shows it to the %s caller', async (actor) => {
      expect(await nigeriaReportCount(actors[actor].headers)).toEqual({ listed: 2, onState: 2 });
    });
  });

  describe('updateReportForms', () => {
    it("lets Nigeria's focal point replace the forms, with the version it read", async () => {
      const forms = allForms().map((form): SchemaType<'ReportFormInput'> =>
        form.letter === 'J' ? { letter: 'J', status: 'NOT_APPLICABLE' } : form,
      );
      const payload = await updateForms({ reportId: nigeriaInitial.id, version: 1, forms });
      expect(expectResult(payload, 'MutationUpdateReportFormsSuccess').report).toMatchObject({
        version: 2,
        forms: expect.arrayContaining([{ letter: 'J', status: 'NOT_APPLICABLE', unchangedSinceYear: null }]),
      });
      nigeriaInitial.version = 2;
      const audit = await api.database.prisma.auditEvent.findMany({
        where: { action: 'transparencyReport.updateForms' },
      });
      expect(audit).toHaveLength(1);
      expect(audit[0]).toMatchObject({
        before: expect.objectContaining({ version: 1 }),
        after: expect.objectContaining({ version: 2 }),
      });
    });

    it('refuses a stale version', async () => {
      expect((await updateForms({ reportId: nigeriaInitial.id, version: 1, forms: allForms() })).__typename).toBe(
        'ConflictError',
      );
    });

    it('refuses forms an initial report cannot have', async () => {
      const forms = allForms().map((form): SchemaType<'ReportFormInput'> =>
        form.letter === 'B' ? { letter: 'B', status: 'UNCHANGED', unchangedSinceYear: 2022 } : form,
      );
      const payload = await updateForms({ reportId: nigeriaInitial.id, version: 2, forms });
      expect(expectResult(payload, 'ValidationError').issues[0]?.path).toBe('forms.1.status');
    });

    it.each(['anonymous', 'partner', 'otherState'] as const)('refuses the %s caller', async (actor) => {
      expect(
        (await updateForms({ reportId: nigeriaInitial.id, version: 2, forms: allForms() }, actors[actor].headers))
          .__typename,
      ).toBe('ForbiddenError');
    });

    it('says when the report does not exist, and when the ID is not a report', async () => {
      const missing = Buffer.from('TransparencyReport:00000000-0000-4000-8000-000000000000').toString('base64');
      expect(
        (await updateForms({ reportId: missing, version: 1, forms: allForms() }, actors.secretariat.headers))
          .__typename,
      ).toBe('NotFoundError');
      expect(
        (await updateForms({ reportId: 'nonsense', version: 1, forms: allForms() }, actors.secretariat.headers))
          .__typename,
      ).toBe('ValidationError');
    });
  });

  describe('publishReport', () => {
    it.each(['anonymous', 'partner', 'sameState'] as const)('refuses the %s caller', async (actor) => {
      expect(
        (await publish({ reportId: nigeriaInitial.id, version: nigeriaInitial.version }, actors[actor].headers))
          .__typename,
      ).toBe('ForbiddenError');
    });

    it('refuses a stale version', async () => {
      expect((await publish({ reportId: nigeriaInitial.id, version: 1 })).__typename).toBe('ConflictError');
    });

    it('says when the report does not exist', async () => {
      const missing = Buffer.from('TransparencyReport:00000000-0000-4000-8000-000000000000').toString('base64');
      expect((await publish({ reportId: missing, version: 1 })).__typename).toBe('NotFoundError');
    });

    it('publishes the report for everyone, once', async () => {
      const payload = await publish({ reportId: nigeriaInitial.id, version: nigeriaInitial.version });
      expect(expectResult(payload, 'MutationPublishReportSuccess').report).toMatchObject({
        published: true,
        publishedAt: TODAY.toISOString(),
        version: 3,
      });
      expect(await nigeriaReportCount(actors.partner.headers)).toEqual({ listed: 1, onState: 1 });
      expect(await nigeriaReportCount(actors.anonymous.headers)).toEqual({ listed: 1, onState: 1 });
      const again = await publish({ reportId: nigeriaInitial.id, version: 3 });
      expect(again).toMatchObject({ __typename: 'ConflictError', message: 'This report is already published.' });
    });
  });

  describe('transparencyReports', () => {
    it('filters by State, year, kind and compliance on a day', async () => {
      const run = async (filter: SchemaType<'TransparencyReportFilter'>) => {
        const { body } = await api.graphql(FILTERED_REPORTS, {
          variables: { filter },
          headers: actors.secretariat.headers,
        });
        expect(body.errors).toBeUndefined();
        return body.data!.transparencyReports;
      };
      expect((await run({ state: NIGERIA })).totalCount).toBe(2);
      expect((await run({ kind: 'INITIAL' })).totalCount).toBe(2);
      expect((await run({ year: 2024, kind: 'ANNUAL' })).edges.map((edge) => edge.node)).toEqual([
        { state: { iso3: NIGERIA }, kind: 'ANNUAL', periodYear: 2024, compliance: 'NOT_YET_DUE' },
      ]);
      // On 2024-03-01: Nigeria's initial report (due 2024-01-28, received 2024-02-10) was late; South Sudan's (due 2024-07-30) not yet due.
      expect((await run({ compliance: 'LATE', asOf: '2024-03-01' })).edges.map((edge) => edge.node)).toEqual([
        { state: { iso3: NIGERIA }, kind: 'INITIAL', periodYear: 2023, compliance: 'LATE' },
      ]);
      expect((await run({ compliance: 'NOT_YET_DUE', asOf: '2024-03-01' })).totalCount).toBe(2);
      // South Sudan's report, received 2024-07-01, was not yet received on 2024-03-01 and on time by 2024-08-01.
      expect((await run({ compliance: 'ON_TIME', asOf: '2024-08-01' })).edges.map((edge) => edge.node.state)).toEqual([
        { iso3: SOUTH_SUDAN },
      ]);
      expect((await run({ compliance: 'OVERDUE', asOf: '2025-05-01' })).totalCount).toBe(0);
    });

    it("filters a State's own reports by year, kind and compliance on a day, with the same filter as the whole list", async () => {
      const run = async (filter: SchemaType<'StateReportFilter'> | null) => {
        const { body } = await api.graphql(STATE_REPORTS, {
          variables: { iso3: NIGERIA, filter },
          headers: actors.secretariat.headers,
        });
        expect(body.errors).toBeUndefined();
        return body.data!.state!.reports;
      };
      expect((await run(null)).totalCount).toBe(2);
      expect((await run({ convention: 'CCM' })).totalCount).toBe(2);
      expect((await run({ convention: 'APMBC' })).totalCount).toBe(0);
      expect((await run({ kind: 'INITIAL' })).edges.map((edge) => edge.node)).toEqual([
        { kind: 'INITIAL', periodYear: 2023, compliance: 'LATE' },
      ]);
      expect((await run({ year: 2024, kind: 'ANNUAL' })).edges.map((edge) => edge.node)).toEqual([
        { kind: 'ANNUAL', periodYear: 2024, compliance: 'NOT_YET_DUE' },
      ]);
      expect((await run({ year: 2024, kind: 'INITIAL' })).totalCount).toBe(0);
      expect((await run({ compliance: 'LATE', asOf: '2024-03-01' })).edges.map((edge) => edge.node.periodYear)).toEqual(
        [2023],
      );
    });
  });
});
