import { testBackends } from '@plenary/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createActors, type Actors } from './support/actors.ts';
import { graphql, type ResultOf, type SchemaType, textOf, type VariablesOf } from './support/graphql.ts';
import { startApi, type ApiFixture } from './support/api-fixture.ts';
import { expectData, expectResult } from './support/expect-result.ts';

// Seeded as on 2026-11-28 (support/api-fixture.ts), so the records begin that day; the API's today is two days later.
const TODAY = new Date('2026-11-30T10:00:00Z');

const IMPORT = graphql(`
  mutation HistoricalReportsImport($input: ImportHistoricalReportsInput!, $convention: String) {
    importHistoricalReports(input: $input, convention: $convention) {
      __typename
      ... on MutationImportHistoricalReportsSuccess { result { imported reports { kind periodYear dueOn receivedOn channel state { iso3 } } } }
      ... on Error { message }
      ... on ValidationError { issues { path message } }
      ... on NotFoundError { entity key }
    }
  }
`);

const SET_RECORDS_BEGIN = graphql(`
  mutation HistoricalReportsSetRecordsBegin($on: Date!, $convention: String) {
    setReportRecordsBegin(reportRecordsBeginOn: $on, convention: $convention) {
      __typename
      ... on MutationSetReportRecordsBeginSuccess { convention { reportRecordsBeginOn } }
      ... on Error { message }
      ... on ValidationError { issues { path message } }
      ... on NotFoundError { entity key }
    }
  }
`);

const RECORDS_BEGIN_AUDITED = graphql(`
  query HistoricalReportsRecordsBeginAudited {
    auditEvents(first: 1, filter: { action: "convention.setReportRecordsBegin" }) {
      edges { node { entityType entity { __typename ... on Convention { code reportRecordsBeginOn } } } }
    }
  }
`);

const COMPLIANCE = graphql(`
  query HistoricalReportsCompliance($year: Int!, $asOf: Date) {
    reportingCompliance(year: $year, asOf: $asOf) {
      totals { onTime late overdue notYetDue notRecorded }
      obligations(first: 100) { edges { node { state { iso3 } kind status receivedOn } } }
    }
  }
`);

type ImportPayload = ResultOf<typeof IMPORT>['importHistoricalReports'];
type RecordsBeginPayload = ResultOf<typeof SET_RECORDS_BEGIN>['setReportRecordsBegin'];
type Compliance = ResultOf<typeof COMPLIANCE>['reportingCompliance'];

const HEADER = 'iso3,kind,periodYear,receivedOn,channel';

describe.each(testBackends())('importing historical Article 7 reports on %s', (backend) => {
  let api: ApiFixture;
  let actors: Actors;

  async function importReports(
    input: SchemaType<'ImportHistoricalReportsInput'>,
    headers = actors.secretariat.headers,
    convention?: string,
  ): Promise<ImportPayload> {
    const { body } = await api.graphql(IMPORT, {
      variables: { input, convention },
      headers,
    });
    expect(body.errors).toBeUndefined();
    return body.data!.importHistoricalReports;
  }

  async function setRecordsBegin(
    variables: VariablesOf<typeof SET_RECORDS_BEGIN>,
    headers = actors.secretariat.headers,
  ): Promise<RecordsBeginPayload> {
    const { body } = await api.graphql(SET_RECORDS_BEGIN, { variables, headers });
    expect(body.errors).toBeUndefined();
    return body.data!.setReportRecordsBegin;
  }

  async function stored(): Promise<{ reports: number; audited: number }> {
    const prisma = api.database.prisma;
    return {
      reports: await prisma.transparencyReport.count(),
      audited: await prisma.auditEvent.count({
        where: { action: { in: ['transparencyReport.import', 'convention.setReportRecordsBegin'] } },
      }),
    };
  }

  beforeAll(async () => {
    api = await startApi({ backend, now: () => TODAY });
    actors = await createActors(api, { stateIso3: 'NGA', otherStateIso3: 'SSD' });
  });
  afterAll(() => api.close());

  describe('importHistoricalReports', () => {
    it('records past reports from CSV text, audits each, and compliance then knows them though they fell due before the records begin', async () => {
      const before = await compliance(2024);
      const csv = [
        '# Reports received before the secretariat used Plenary, from its registry',
        HEADER,
        'NGA,INITIAL,2023,2024-02-10,EMAIL',
        'nor,annual,2023,2024-04-15,',
        'NGA,ANNUAL,2024,2025-04-29,ONLINE_DATABASE',
      ].join('\n');
      const payload = await importReports({ csv });
      expect(payload).toEqual({
        __typename: 'MutationImportHistoricalReportsSuccess',
        result: {
          imported: 3,
          reports: [
            {
              kind: 'INITIAL',
              periodYear: 2023,
              dueOn: '2024-01-28',
              receivedOn: '2024-02-10',
              channel: 'EMAIL',
              state: { iso3: 'NGA' },
            },
            {
              kind: 'ANNUAL',
              periodYear: 2023,
              dueOn: '2024-04-30',
              receivedOn: '2024-04-15',
              channel: null,
              state: { iso3: 'NOR' },
            },
            {
              kind: 'ANNUAL',
              periodYear: 2024,
              dueOn: '2025-04-30',
              receivedOn: '2025-04-29',
              channel: 'ONLINE_DATABASE',
              state: { iso3: 'NGA' },
            },
          ],
        },
      });
      expect(await api.database.prisma.auditEvent.count({ where: { action: 'transparencyReport.import' } })).toBe(3);

      const after = await compliance(2024);
      expect(statusOf(after, 'NGA', 'INITIAL')).toEqual({ status: 'LATE', receivedOn: '2024-02-10' });
      expect(statusOf(after, 'NOR', 'ANNUAL')).toEqual({ status: 'ON_TIME', receivedOn: '2024-04-15' });
      expect(after.totals).toEqual({
        ...before.totals,
        onTime: 1,
        late: 1,
        notRecorded: before.totals.notRecorded - 2,
      });
      expect(before.totals.overdue).toBe(0);
    });

    it('records past reports given as rows', async () => {
      const payload = await importReports({
        rows: [{ iso3: ' che ', kind: 'ANNUAL', periodYear: 2020, receivedOn: '2021-04-30' }],
      });
      expect(expectResult(payload, 'MutationImportHistoricalReportsSuccess').result).toEqual({
        imported: 1,
        reports: [expect.objectContaining({ state: { iso3: 'CHE' }, dueOn: '2021-04-30', receivedOn: '2021-04-30' })],
      });
    });

    it('refuses the whole import, recording nothing, and says what is wrong with every row', async () => {
      const before = await stored();
      const csv = [
        HEADER,
        'XXX,ANNUAL,2020,2021-04-01,', // no such State
        'AGO,ANNUAL,2020,2021-04-01,', // a signatory: the Convention is not in force for it
        'NGA,ANNUAL,2019,2020-04-01,', // before Nigeria was a party: its first annual report covers 2024
        'LTU,ANNUAL,2024,2025-04-01,', // due 2025-04-30, after Lithuania's withdrawal took effect (2025-03-06)
        'NOR,ANNUAL,2022,2020-03-01,', // the 2022 report "received" in 2020
        'NOR,ANNUAL,2021,2030-01-01,', // received after today
        'NOR,ANNUAL,2099,2026-11-01,', // a period still running
        'NOR,ANNUAL,2023,2024-04-15,', // already recorded
        'CHE,ANNUAL,2019,2020-04-20,',
        'CHE,ANNUAL,2019,2020-04-21,', // given twice
        'BEL,ANNUAL,2019,2020-04-21,', // a good row: not recorded either
      ].join('\n');
      const payload = expectResult(await importReports({ csv }), 'ValidationError');
      expect(payload.message).toBe('Nothing was imported: 9 problems in the rows.');
      expect(payload.issues).toEqual([
        { path: 'rows.0.iso3', message: 'No State has the code XXX.' },
        {
          path: 'rows.1.iso3',
          message: expect.stringMatching(
            /^AGO's annual report on 2020: The Convention \(CCM\) has not entered into force for this State/,
          ),
        },
        {
          path: 'rows.2.periodYear',
          message:
            "NGA's annual report on 2019: The State's first annual report covers 2024; there is no annual report for 2019.",
        },
        {
          path: 'rows.3.periodYear',
          message: expect.stringContaining("after the State's withdrawal took effect (2025-03-06)"),
        },
        {
          path: 'rows.4.receivedOn',
          message:
            "NOR's annual report on 2022: A report cannot be received before the period it covers ends (2022-12-31); got 2020-03-01.",
        },
        {
          path: 'rows.5.receivedOn',
          message: "NOR's annual report on 2021: A report cannot be received after today (2026-11-30); got 2030-01-01.",
        },
        {
          path: 'rows.6.periodYear',
          message:
            "NOR's annual report on 2099: The period this report covers ends on 2099-12-31, after today (2026-11-30); a report on it cannot have been received yet.",
        },
        { path: 'rows.7.periodYear', message: "NOR's annual report on 2023 is already recorded, received 2024-04-15." },
        { path: 'rows.9.periodYear', message: "CHE's annual report on 2019 is given twice: also in row 9." },
      ]);
      expect(await stored()).toEqual(before);
    });

    it('names the field and row of input that cannot be read, recording nothing', async () => {
      const before = await stored();
      const payload = expectResult(
        await importReports({
          csv: [
            HEADER,
            'NGA,YEARLY,2024,2025-04-01,',
            'NGA,ANNUAL,last year,2025-04-01,',
            'NGA,ANNUAL,2024,2025-13-01,',
          ].join('\n'),
        }),
        'ValidationError',
      );
      expect(payload.issues.map((issue) => issue.path)).toEqual([
        'rows.0.kind',
        'rows.1.periodYear',
        'rows.2.receivedOn',
      ]);
      expect(payload.issues[2]?.message).toBe(
        'The date received must be a real date written YYYY-MM-DD, for example 2023-08-31.',
      );
      expect(await stored()).toEqual(before);
    });

    it('refuses CSV text without the columns it needs, and input that is neither rows nor CSV, or both (@oneOf)', async () => {
      expect(await importReports({ csv: 'state,year\nNGA,2024' })).toMatchObject({
        __typename: 'ValidationError',
        issues: [
          {
            path: 'csv',
            message:
              'The CSV header must name the columns iso3, kind, periodYear, receivedOn (channel is optional); missing: iso3, kind, periodYear, receivedOn.',
          },
        ],
      });
      expect(await importReports({ csv: `${HEADER}\n` })).toMatchObject({
        issues: [{ path: 'rows', message: 'Give at least one report to import.' }],
      });
      const before = await stored();
      for (const input of [{}, { csv: HEADER, rows: [] }, { csv: null }]) {
        // Input the schema refuses, sent as the document's plain text: its typed variables would not take it.
        const { status, body } = await api.graphql(textOf(IMPORT), {
          variables: { input },
          headers: actors.secretariat.headers,
        });
        expect(status, JSON.stringify(input)).toBe(400);
        expect(body.errors?.map((error) => error.extensions?.code)).toEqual(['BAD_USER_INPUT']);
      }
      expect(await stored()).toEqual(before);
    });

    it.each(['anonymous', 'partner', 'sameState'] as const)('refuses the %s caller', async (actor) => {
      const payload = await importReports({ csv: `${HEADER}\nNGA,ANNUAL,2025,2026-04-01,` }, actors[actor].headers);
      expect(payload.__typename).toBe('ForbiddenError');
    });

    it('says which convention was not found', async () => {
      expect(
        await importReports({ csv: `${HEADER}\nNGA,ANNUAL,2025,2026-04-01,` }, actors.secretariat.headers, 'APMBC'),
      ).toMatchObject({ __typename: 'NotFoundError', entity: 'Convention', key: 'APMBC' });
    });
  });

  describe('setReportRecordsBegin', () => {
    it('sets the day the records begin, audited, and compliance follows it', async () => {
      expect(await setRecordsBegin({ on: '2025-01-01' })).toEqual({
        __typename: 'MutationSetReportRecordsBeginSuccess',
        convention: { reportRecordsBeginOn: '2025-01-01' },
      });
      const audit = await api.database.prisma.auditEvent.findFirstOrThrow({
        where: { action: 'convention.setReportRecordsBegin' },
      });
      expect({ before: audit.before, after: audit.after }).toEqual({
        before: { reportRecordsBeginOn: '2026-11-28T00:00:00.000Z' },
        after: { reportRecordsBeginOn: '2025-01-01T00:00:00.000Z' },
      });
      const audited = await api.graphql(RECORDS_BEGIN_AUDITED, { headers: actors.secretariat.headers });
      expect(expectData(audited.body).auditEvents.edges.map((edge) => edge.node)).toEqual([
        {
          entityType: 'Convention',
          entity: { __typename: 'Convention', code: 'CCM', reportRecordsBeginOn: '2025-01-01' },
        },
      ]);
      // 2024's obligations fell due before 2025-01-01: still unknown. 2025's with no report are now overdue.
      expect((await compliance(2024)).totals.overdue).toBe(0);
      const in2025 = await compliance(2025);
      expect(in2025.totals).toMatchObject({ notRecorded: 0, onTime: 1 });
      expect(statusOf(in2025, 'NOR', 'ANNUAL')).toEqual({ status: 'OVERDUE', receivedOn: null });
    });

    it('refuses a day before the Convention entered into force, or after today, changing nothing', async () => {
      const before = await stored();
      expect(await setRecordsBegin({ on: '2009-01-01' })).toMatchObject({
        __typename: 'ValidationError',
        issues: [
          {
            path: 'reportRecordsBeginOn',
            message: expect.stringContaining('before the Convention entered into force (2010-08-01)'),
          },
        ],
      });
      expect(await setRecordsBegin({ on: '2026-12-01' })).toMatchObject({
        __typename: 'ValidationError',
        issues: [
          { path: 'reportRecordsBeginOn', message: 'Records cannot begin after today (2026-11-30); got 2026-12-01.' },
        ],
      });
      expect(await stored()).toEqual(before);
      expect(
        (await api.database.prisma.convention.findUniqueOrThrow({ where: { code: 'CCM' } })).reportRecordsBeginOn
          ?.toISOString()
          .slice(0, 10),
      ).toBe('2025-01-01');
    });

    it.each(['anonymous', 'partner', 'sameState'] as const)('refuses the %s caller', async (actor) => {
      expect((await setRecordsBegin({ on: '2010-08-01' }, actors[actor].headers)).__typename).toBe('ForbiddenError');
    });

    it('says which convention was not found', async () => {
      expect(await setRecordsBegin({ on: '2010-08-01', convention: 'APMBC' })).toMatchObject({
        __typename: 'NotFoundError',
        entity: 'Convention',
        key: 'APMBC',
      });
    });
  });

  async function compliance(year: number): Promise<Compliance> {
    const { body } = await api.graphql(COMPLIANCE, { variables: { year } });
    expect(body.errors).toBeUndefined();
    return body.data!.reportingCompliance;
  }

  function statusOf(result: Compliance, iso3: string, kind: string) {
    const line = result.obligations.edges
      .map((edge) => edge.node)
      .find((node) => node.state.iso3 === iso3 && node.kind === kind);
    return line && { status: line.status, receivedOn: line.receivedOn };
  }
});
