import { testBackends } from '@plenary/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createActors, type Actors } from './support/actors.ts';
import { graphql, type ResultOf, type SchemaType, type VariablesOf } from './support/graphql.ts';
import { startApi, type ApiFixture } from './support/api-fixture.ts';
import { createQueryCounter } from './support/query-counter.ts';

const COMPLIANCE = graphql(`
  query ComplianceOfYear($year: Int!, $asOf: Date, $filter: ReportObligationFilter, $first: Int) {
    reportingCompliance(year: $year, asOf: $asOf) {
      year asOf recordsBeginOn total totals { onTime late overdue notYetDue notRecorded }
      obligations(filter: $filter, first: $first) {
        totalCount
        edges { node { state { iso3 } kind periodYear dueOn dueOnOverridden receivedOn status report { id } } }
      }
    }
  }
`);

const SET_RECORDS_BEGIN = graphql(`
  mutation ComplianceRecordsBegin($on: Date!) {
    setReportRecordsBegin(reportRecordsBeginOn: $on) { __typename ... on MutationSetReportRecordsBeginSuccess { convention { reportRecordsBeginOn } } }
  }
`);

const RECORD = graphql(`
  mutation ComplianceRecordReport($input: RecordTransparencyReportInput!) {
    recordTransparencyReport(input: $input) { __typename ... on MutationRecordTransparencyReportSuccess { report { id dueOn } } ... on Error { message } }
  }
`);

const STATES_WITH_REPORTS = graphql(`
  query ComplianceStatesWithReports($first: Int) {
    states(first: $first, filter: { status: STATE_PARTY, on: "2024-05-15" }) {
      edges { node { iso3 treatyStatus { entryIntoForceOn } reports(first: 5) { totalCount edges { node { periodYear dueOn compliance(asOf: "2024-05-15") } } } } }
    }
  }
`);

type Compliance = ResultOf<typeof COMPLIANCE>['reportingCompliance'];

function lineOf(compliance: Compliance, iso3: string) {
  return compliance.obligations.edges.map((edge) => edge.node).find((line) => line.state.iso3 === iso3);
}

describe.each(testBackends())('reporting compliance (Art. 7) on %s', (backend) => {
  const counter = createQueryCounter();
  let api: ApiFixture;
  let actors: Actors;

  async function compliance(
    variables: VariablesOf<typeof COMPLIANCE>,
    headers: Record<string, string> = {},
  ): Promise<Compliance> {
    const { body } = await api.graphql(COMPLIANCE, { variables: { first: 100, ...variables }, headers });
    expect(body.errors).toBeUndefined();
    return body.data!.reportingCompliance;
  }

  async function record(input: SchemaType<'RecordTransparencyReportInput'>): Promise<void> {
    const { body } = await api.graphql(RECORD, { variables: { input }, headers: actors.secretariat.headers });
    expect(body.data?.recordTransparencyReport.__typename).toBe('MutationRecordTransparencyReportSuccess');
  }

  beforeAll(async () => {
    api = await startApi({ backend, onQuery: counter.onQuery });
    actors = await createActors(api, { stateIso3: 'NGA', otherStateIso3: 'SSD' });
  });
  afterAll(() => api.close());

  // The API is seeded as on 2026-11-28 (support/api-fixture.ts), with no report: the records begin that day.
  it('counts nothing as overdue that fell due before the records begin: out of the box, 2024 is not recorded', async () => {
    const result = await compliance({ year: 2024, asOf: '2024-12-31' });
    expect(result.recordsBeginOn).toBe('2026-11-28');
    expect(result.totals).toEqual({ onTime: 0, late: 0, overdue: 0, notYetDue: 0, notRecorded: result.total });
    expect(result.total).toBeGreaterThan(100);
    expect(lineOf(result, 'NGA')).toMatchObject({
      kind: 'INITIAL',
      dueOn: '2024-01-28',
      receivedOn: null,
      status: 'NOT_RECORDED',
      report: null,
    });
    const unknown = await compliance({ year: 2024, asOf: '2024-12-31', filter: { status: 'NOT_RECORDED' }, first: 5 });
    expect(unknown.obligations.totalCount).toBe(result.total);
  });

  it('judges a year before the records begin as usual once the secretariat says its records are complete from entry into force', async () => {
    const { body } = await api.graphql(SET_RECORDS_BEGIN, {
      variables: { on: '2010-08-01' },
      headers: actors.secretariat.headers,
    });
    expect(body.data).toEqual({
      setReportRecordsBegin: {
        __typename: 'MutationSetReportRecordsBeginSuccess',
        convention: { reportRecordsBeginOn: '2010-08-01' },
      },
    });
    const result = await compliance({ year: 2024, asOf: '2024-12-31' });
    expect(result).toMatchObject({ recordsBeginOn: '2010-08-01', totals: { notRecorded: 0, overdue: result.total } });
  });

  it("finds Nigeria's initial report (due 2024-01-28) overdue on 2024-03-01 when none was received", async () => {
    const result = await compliance({ year: 2024, asOf: '2024-03-01' });
    expect(lineOf(result, 'NGA')).toEqual({
      state: { iso3: 'NGA' },
      kind: 'INITIAL',
      periodYear: 2023,
      dueOn: '2024-01-28',
      dueOnOverridden: false,
      receivedOn: null,
      status: 'OVERDUE',
      report: null,
    });
  });

  it("finds South Sudan's initial report (due 2024-07-30) not yet due on 2024-06-01", async () => {
    const result = await compliance({ year: 2024, asOf: '2024-06-01' });
    expect(lineOf(result, 'SSD')).toMatchObject({
      kind: 'INITIAL',
      periodYear: 2024,
      dueOn: '2024-07-30',
      status: 'NOT_YET_DUE',
    });
  });

  it("finds Nigeria's initial report late once recorded as received on 2024-02-10", async () => {
    await record({ state: { iso3: 'NGA' }, kind: 'INITIAL', periodYear: 2023, receivedOn: '2024-02-10' });
    const result = await compliance({ year: 2024, asOf: '2024-03-01' }, actors.secretariat.headers);
    expect(lineOf(result, 'NGA')).toMatchObject({
      status: 'LATE',
      receivedOn: '2024-02-10',
      report: { id: expect.any(String) },
    });
    // The day before it was received, it was still overdue: compliance is what was known on `asOf`.
    expect(lineOf(await compliance({ year: 2024, asOf: '2024-02-09' }), 'NGA')).toMatchObject({
      status: 'OVERDUE',
      receivedOn: null,
    });
  });

  it('lets a stored due date win over the computed one', async () => {
    // South Sudan's initial report computed due 2024-07-30; the secretariat records a published due date of 2024-08-15.
    await record({
      state: { iso3: 'SSD' },
      kind: 'INITIAL',
      periodYear: 2024,
      receivedOn: '2024-08-10',
      dueOn: '2024-08-15',
    });
    const result = await compliance({ year: 2024, asOf: '2024-09-01' });
    expect(lineOf(result, 'SSD')).toMatchObject({
      dueOn: '2024-08-15',
      dueOnOverridden: true,
      receivedOn: '2024-08-10',
      status: 'ON_TIME',
    });
  });

  it('gives totals per status that add up, for every State with an obligation that year', async () => {
    const result = await compliance({ year: 2024, asOf: '2024-05-15' });
    const { onTime, late, overdue, notYetDue, notRecorded } = result.totals;
    expect(onTime + late + overdue + notYetDue + notRecorded).toBe(result.total);
    expect(result.obligations.totalCount).toBe(result.total);
    // Annual reports of the 2024 round fell due on 30 April; none is recorded, so they are all overdue on 15 May.
    expect(result.totals).toEqual({ onTime: 0, late: 1, overdue: result.total - 2, notYetDue: 1, notRecorded: 0 });
    const overdueOnly = await compliance({ year: 2024, asOf: '2024-05-15', filter: { status: 'OVERDUE' }, first: 5 });
    expect(overdueOnly.obligations.totalCount).toBe(overdue);
    expect(overdueOnly.obligations.edges).toHaveLength(5);
    expect(overdueOnly.obligations.edges.every((edge) => edge.node.status === 'OVERDUE')).toBe(true);
  });

  it('filters the obligations by kind and by State, the conditions combined, while the totals count them all', async () => {
    const initial = await compliance({ year: 2024, asOf: '2024-05-15', filter: { kind: 'INITIAL' } });
    expect(initial.obligations.edges.every((edge) => edge.node.kind === 'INITIAL')).toBe(true);
    expect(initial.obligations.edges.map((edge) => edge.node.state.iso3)).toEqual(
      expect.arrayContaining(['NGA', 'SSD']),
    );
    expect(initial.obligations.totalCount).toBeLessThan(initial.total);
    const nigeria = await compliance({ year: 2024, asOf: '2024-05-15', filter: { state: ' nga ' } });
    expect(nigeria.obligations.edges.map((edge) => [edge.node.state.iso3, edge.node.kind, edge.node.status])).toEqual([
      ['NGA', 'INITIAL', 'LATE'],
    ]);
    // Nigeria's first annual report covers 2024 and falls due in 2025: none in 2024.
    expect(
      (await compliance({ year: 2024, asOf: '2024-05-15', filter: { state: 'NGA', kind: 'ANNUAL' } })).obligations
        .totalCount,
    ).toBe(0);
    expect(
      (await compliance({ year: 2024, asOf: '2024-05-15', filter: { state: 'NGA', status: 'LATE' } })).obligations
        .totalCount,
    ).toBe(1);
  });

  it('owes nothing falling due once withdrawal has taken effect (Lithuania, 2025-03-06)', async () => {
    expect(lineOf(await compliance({ year: 2024, asOf: '2024-12-31' }), 'LTU')).toMatchObject({
      kind: 'ANNUAL',
      periodYear: 2023,
      dueOn: '2024-04-30',
    });
    expect(lineOf(await compliance({ year: 2025, asOf: '2025-12-31' }), 'LTU')).toBeUndefined();
  });

  it('shows compliance to everyone, and an unpublished report only to the secretariat and the State itself', async () => {
    const publicView = await compliance({ year: 2024, asOf: '2024-03-01' }, actors.partner.headers);
    expect(lineOf(publicView, 'NGA')).toMatchObject({ status: 'LATE', receivedOn: '2024-02-10', report: null });
    expect(
      lineOf(await compliance({ year: 2024, asOf: '2024-03-01' }, actors.sameState.headers), 'NGA')?.report,
    ).not.toBeNull();
    expect(
      lineOf(await compliance({ year: 2024, asOf: '2024-03-01' }, actors.otherState.headers), 'NGA')?.report,
    ).toBeNull();
  });

  it('refuses a year no one could mean', async () => {
    const { body } = await api.graphql(COMPLIANCE, { variables: { year: 20240 } });
    expect(body.errors?.[0]?.extensions?.code).toBe('VALIDATION_FAILED');
  });

  describe('costs a constant number of SQL statements', () => {
    async function addAnnualReports(count: number, skip: number): Promise<void> {
      const prisma = api.database.prisma;
      const convention = await prisma.convention.findUniqueOrThrow({ where: { code: 'CCM' } });
      // States in force by 2021 owe an annual report covering 2023, due 2024-04-30.
      const records = await prisma.treatyRecord.findMany({
        where: { conventionId: convention.id, entryIntoForceOn: { lte: new Date('2021-12-31') } },
        orderBy: { stateId: 'asc' },
        skip,
        take: count,
      });
      expect(records).toHaveLength(count);
      await prisma.transparencyReport.createMany({
        data: records.map((record) => ({
          conventionId: convention.id,
          stateId: record.stateId,
          kind: 'ANNUAL' as const,
          periodYear: 2023,
          periodStart: new Date('2023-01-01'),
          periodEnd: new Date('2023-12-31'),
          dueOn: new Date('2024-04-30'),
          receivedOn: new Date('2024-04-02'),
          published: true,
        })),
      });
    }

    it('for reportingCompliance with 5 and with 50 reports', async () => {
      const run = () => compliance({ year: 2024, asOf: '2024-05-15' }, actors.secretariat.headers);
      await addAnnualReports(5, 0);
      const withFive = await counter.count(run);
      expect((await run()).totals.onTime).toBe(5);
      await addAnnualReports(45, 5);
      const withFifty = await counter.count(run);
      expect((await run()).totals.onTime).toBe(50);
      expect(withFifty).toBe(withFive);
    });

    it('for States with their treaty status and reports, 5 or 50 of them', async () => {
      const run = (first: number) => async () => {
        const { body } = await api.graphql(STATES_WITH_REPORTS, { variables: { first } });
        expect(body.errors).toBeUndefined();
      };
      expect(await counter.count(run(50))).toBe(await counter.count(run(5)));
    });
  });
});
