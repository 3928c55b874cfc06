import type { PrismaClient } from '@plenary/db';
import { testBackends } from '@plenary/db/testing';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createActors, type Actors } from './support/actors.ts';
import { graphql, type TypedDocumentNode, type VariablesOf } from './support/graphql.ts';
import { startApi, type ApiFixture } from './support/api-fixture.ts';
import { expectResult } from './support/expect-result.ts';
import { createMeeting } from './support/factories.ts';
import { createQueryCounter } from './support/query-counter.ts';

// The status of contributions across meetings, on 20 February 2026 (a share falls due 30 days after its issue):
// - Meeting A (CHF): issued 2023-03-21 (Switzerland 7000.00, Austria 3000.00), re-issued 2023-10-02 on the actual
//   cost (Switzerland 6764.10, due 2023-11-01; Austria 2500.00; the Holy See unassessed). Austria paid 3000.00 on
//   2023-05-02 against the first issue: a credit of 500.00. Switzerland paid 4000.00 on 2023-11-20: 2764.10 is over
//   two years past due.
// - Meeting B (CHF): issued 2024-06-10, due 2024-07-10 (Switzerland 5000.00, Austria 2000.00). Austria paid
//   1500.00 on 2024-07-01: 500.00 outstanding, like Switzerland's 5000.00 one to two years past due.
// - Meeting C (USD): issued 2026-02-01, due 2026-03-03 (Switzerland 1200.00): not yet due, and never added to francs.
const TODAY = new Date('2026-02-20T12:00:00Z');

const STATUS = graphql(`
  query ContributionsStatus($asOf: Date, $first: Int) {
    contributionsStatus(asOf: $asOf) {
      asOf dueDays totals { currency amountAssessed paid outstanding credit notYetDue underOneYear oneToTwoYears overTwoYears }
      states(first: $first) {
        totalCount
        edges {
          node {
            state { iso3 }
            totals { currency amountAssessed paid outstanding credit notYetDue underOneYear oneToTwoYears overTwoYears }
            meetings { meeting { code } issueVersion issuedOn dueOn currency assessed amountAssessed paid outstanding credit arrearsAge }
          }
        }
      }
    }
  }
`);

const RECORD_PAYMENT = graphql(`
  mutation ContributionsRecordPayment($id: ID!, $input: RecordPaymentInput!) {
    recordPayment(costShareId: $id, input: $input) { __typename ... on MutationRecordPaymentSuccess { payment { id } } }
  }
`);

const IN_ARREARS = graphql(`
  query ContributionsInArrears {
    contributionsStatus(asOf: "2024-07-05") {
      inArrears: states(inArrears: true) { edges { node { state { iso3 } } } }
      upToDate: states(inArrears: false) { totalCount }
    }
  }
`);

const STATE_CONTRIBUTIONS = graphql(`
  query ContributionsOfStates {
    che: state(iso3: "CHE") {
      contributions {
        totals { currency amountAssessed paid outstanding credit notYetDue underOneYear oneToTwoYears overTwoYears }
        meetings { meeting { code } issueVersion issuedOn dueOn currency assessed amountAssessed paid outstanding credit arrearsAge }
      }
    }
    nor: state(iso3: "NOR") { contributions { totals { currency } meetings { dueOn } } }
  }
`);

const UNKNOWN_CONVENTION = graphql(`
  query ContributionsOfAnUnknownConvention { contributionsStatus(convention: "XYZ") { asOf } }
`);

const SWISS_PAYMENTS = graphql(`
  query ContributionsSwissPayments($payment: ID!) {
    state(iso3: "CHE") { contributions { totals { currency outstanding } meetings { costShare { paid payments { totalCount edges { node { receivedOn amount reference } } } } } } }
    node(id: $payment) { ... on Payment { amount } }
  }
`);

const STATUS_OF_STATES = graphql(`
  query ContributionsStatusOfStates($first: Int!) {
    contributionsStatus { states(first: $first) { edges { node {
      state { iso3 name } totals { outstanding } meetings { meeting { code title } costShare { amount ratePercent } arrearsAge }
    } } } }
  }
`);

const CONTRIBUTIONS_OF_STATES = graphql(`
  query ContributionsOfAPageOfStates($first: Int!) {
    states(first: $first) { edges { node { iso3 contributions { totals { outstanding } meetings { meeting { code } } } } } }
  }
`);

const NO_ARREARS = { notYetDue: '0.00', underOneYear: '0.00', oneToTwoYears: '0.00', overTwoYears: '0.00' };

let scaleNumber = 0;

/** An issue of a meeting's shares written straight into the database: the issuing rules are cost-shares.test.ts's. */
async function createIssue(
  prisma: PrismaClient,
  options: {
    meetingId: string;
    version?: number;
    issuedAt: string;
    supersededAt?: string;
    currency?: string;
    shares: { iso3: string; amount: string | null }[];
  },
) {
  scaleNumber += 1;
  const scale = await prisma.assessmentScale.create({
    data: {
      name: `Contributions test scale ${scaleNumber}`,
      firstYear: 2022,
      lastYear: 2027,
      resolution: 'A/RES/76/238',
      source: 'test',
    },
  });
  const currency = options.currency ?? 'CHF';
  const version = options.version ?? 1;
  const total = options.shares.reduce((sum, share) => sum + Number(share.amount ?? 0), 0).toFixed(2);
  const estimate = await prisma.costEstimate.create({
    data: { meetingId: options.meetingId, kind: 'ESTIMATE', version, currency, total },
  });
  const states = await prisma.state.findMany({
    where: { iso3: { in: options.shares.map((share) => share.iso3) } },
    select: { id: true, iso3: true },
  });
  const stateIdOf = new Map(states.map((state) => [state.iso3, state.id]));
  const issue = await prisma.costShareIssue.create({
    data: {
      meetingId: options.meetingId,
      version,
      estimateId: estimate.id,
      scaleId: scale.id,
      payerRule: 'STATES_PARTIES_AND_PARTICIPATING_NON_PARTIES',
      ceilingAndFloorReapplied: false,
      currency,
      total,
      issuedAt: new Date(options.issuedAt),
      supersededAt: options.supersededAt ? new Date(options.supersededAt) : null,
      shares: {
        createMany: {
          data: options.shares.map((share) => ({
            stateId: stateIdOf.get(share.iso3) as string,
            assessed: share.amount !== null,
            amount: share.amount,
            ratePercent: share.amount === null ? null : '1.000000',
          })),
        },
      },
    },
    include: { shares: { include: { state: { select: { iso3: true } } } } },
  });
  return new Map(issue.shares.map((share) => [share.state.iso3, share.id]));
}

describe.each(testBackends())('the status of contributions on %s', (backend) => {
  let api: ApiFixture;
  let actors: Actors;
  let swissShareOfA: string;
  /** Its global ID, as recordPayment answers it. */
  let swissPaymentId: string;

  async function recordPayment(costShareId: string, input: { amount: string; receivedOn: string; reference?: string }) {
    const { body } = await api.graphql(RECORD_PAYMENT, {
      variables: { id: encodeGlobalID('CostShare', costShareId), input: { currency: 'CHF', ...input } },
      headers: actors.secretariat.headers,
    });
    return expectResult(body.data!.recordPayment, 'MutationRecordPaymentSuccess').payment.id;
  }

  beforeAll(async () => {
    api = await startApi({ backend, now: () => TODAY });
    actors = await createActors(api, { stateIso3: 'CHE', otherStateIso3: 'AUT' });
    const prisma = api.database.prisma;
    const meetingA = await createMeeting(prisma, { code: 'CONTRIB-A', number: 31 });
    const meetingB = await createMeeting(prisma, {
      code: 'CONTRIB-B',
      number: 32,
      opensOn: new Date('2024-09-16T00:00:00Z'),
      closesOn: new Date('2024-09-18T00:00:00Z'),
      convenedOn: new Date('2024-03-01T00:00:00Z'),
    });
    const meetingC = await createMeeting(prisma, {
      code: 'CONTRIB-C',
      number: 33,
      opensOn: new Date('2026-09-14T00:00:00Z'),
      closesOn: new Date('2026-09-16T00:00:00Z'),
      convenedOn: new Date('2026-01-15T00:00:00Z'),
    });
    const firstOfA = await createIssue(prisma, {
      meetingId: meetingA.id,
      issuedAt: '2023-03-21T09:00:00Z',
      supersededAt: '2023-10-02T09:00:00Z',
      shares: [
        { iso3: 'CHE', amount: '7000.00' },
        { iso3: 'AUT', amount: '3000.00' },
      ],
    });
    const secondOfA = await createIssue(prisma, {
      meetingId: meetingA.id,
      version: 2,
      issuedAt: '2023-10-02T09:00:00Z',
      shares: [
        { iso3: 'CHE', amount: '6764.10' },
        { iso3: 'AUT', amount: '2500.00' },
        { iso3: 'VAT', amount: null },
      ],
    });
    const sharesOfB = await createIssue(prisma, {
      meetingId: meetingB.id,
      issuedAt: '2024-06-10T09:00:00Z',
      shares: [
        { iso3: 'CHE', amount: '5000.00' },
        { iso3: 'AUT', amount: '2000.00' },
      ],
    });
    await createIssue(prisma, {
      meetingId: meetingC.id,
      issuedAt: '2026-02-01T09:00:00Z',
      currency: 'USD',
      shares: [{ iso3: 'CHE', amount: '1200.00' }],
    });
    // Recorded against the first issue of A before it was superseded (recordPayment refuses a superseded share now).
    await prisma.payment.create({
      data: {
        costShareId: firstOfA.get('AUT') as string,
        receivedOn: new Date('2023-05-02T00:00:00Z'),
        amount: '3000.00',
        currency: 'CHF',
        reference: 'AT-2023-5',
      },
    });
    swissShareOfA = secondOfA.get('CHE') as string;
    swissPaymentId = await recordPayment(swissShareOfA, {
      amount: '4000.00',
      receivedOn: '2023-11-20',
      reference: 'UBS 2023-1120',
    });
    await recordPayment(sharesOfB.get('AUT') as string, { amount: '1500.00', receivedOn: '2024-07-01' });
  });
  afterAll(() => api.close());

  async function status(variables: VariablesOf<typeof STATUS> = {}, headers: Record<string, string> = {}) {
    const { body } = await api.graphql(STATUS, { variables, headers });
    expect(body.errors).toBeUndefined();
    return body.data!.contributionsStatus;
  }

  it('gives each State’s assessed, paid and outstanding amounts per meeting, from the issue in force, with arrears by age', async () => {
    const today = await status();
    expect(today.asOf).toBe('2026-02-20');
    expect(today.dueDays).toBe(30);
    expect(today.states.edges.map(({ node }) => node.state.iso3)).toEqual(['AUT', 'CHE']);
    const [austria, switzerland] = today.states.edges.map(({ node }) => node);
    expect(switzerland?.meetings).toEqual([
      {
        meeting: { code: 'CONTRIB-A' },
        issueVersion: 2,
        issuedOn: '2023-10-02',
        dueOn: '2023-11-01',
        currency: 'CHF',
        assessed: true,
        amountAssessed: '6764.10',
        paid: '4000.00',
        outstanding: '2764.10',
        credit: '0.00',
        arrearsAge: 'OVER_TWO_YEARS',
      },
      {
        meeting: { code: 'CONTRIB-B' },
        issueVersion: 1,
        issuedOn: '2024-06-10',
        dueOn: '2024-07-10',
        currency: 'CHF',
        assessed: true,
        amountAssessed: '5000.00',
        paid: '0.00',
        outstanding: '5000.00',
        credit: '0.00',
        arrearsAge: 'ONE_TO_TWO_YEARS',
      },
      {
        meeting: { code: 'CONTRIB-C' },
        issueVersion: 1,
        issuedOn: '2026-02-01',
        dueOn: '2026-03-03',
        currency: 'USD',
        assessed: true,
        amountAssessed: '1200.00',
        paid: '0.00',
        outstanding: '1200.00',
        credit: '0.00',
        arrearsAge: 'NOT_YET_DUE',
      },
    ]);
    // Paid under the first issue of A, beyond the second: a credit on A, not set against B's partial payment.
    expect(
      austria?.meetings.map(({ meeting, amountAssessed, paid, outstanding, credit, arrearsAge }) => [
        meeting.code,
        amountAssessed,
        paid,
        outstanding,
        credit,
        arrearsAge,
      ]),
    ).toEqual([
      ['CONTRIB-A', '2500.00', '3000.00', '0.00', '500.00', null],
      ['CONTRIB-B', '2000.00', '1500.00', '500.00', '0.00', 'ONE_TO_TWO_YEARS'],
    ]);
  });

  it('totals each State and all States per currency, never adding francs to dollars', async () => {
    const today = await status();
    const switzerland = today.states.edges.find(({ node }) => node.state.iso3 === 'CHE')?.node;
    expect(switzerland?.totals).toEqual([
      {
        currency: 'CHF',
        amountAssessed: '11764.10',
        paid: '4000.00',
        outstanding: '7764.10',
        credit: '0.00',
        ...NO_ARREARS,
        oneToTwoYears: '5000.00',
        overTwoYears: '2764.10',
      },
      {
        currency: 'USD',
        amountAssessed: '1200.00',
        paid: '0.00',
        outstanding: '1200.00',
        credit: '0.00',
        ...NO_ARREARS,
        notYetDue: '1200.00',
      },
    ]);
    expect(today.totals).toEqual([
      {
        currency: 'CHF',
        amountAssessed: '16264.10',
        paid: '8500.00',
        outstanding: '8264.10',
        credit: '500.00',
        ...NO_ARREARS,
        oneToTwoYears: '5500.00',
        overTwoYears: '2764.10',
      },
      {
        currency: 'USD',
        amountAssessed: '1200.00',
        paid: '0.00',
        outstanding: '1200.00',
        credit: '0.00',
        ...NO_ARREARS,
        notYetDue: '1200.00',
      },
    ]);
  });

  it('shows the status as it stood on an earlier day: the issue then in force, the payments received by then', async () => {
    const then = await status({ asOf: '2023-06-30' });
    expect(
      then.states.edges.map(({ node }) => [
        node.state.iso3,
        node.meetings.map((line) => [
          line.meeting.code,
          line.issueVersion,
          line.amountAssessed,
          line.paid,
          line.outstanding,
          line.arrearsAge,
        ]),
      ]),
    ).toEqual([
      ['AUT', [['CONTRIB-A', 1, '3000.00', '3000.00', '0.00', null]]],
      ['CHE', [['CONTRIB-A', 1, '7000.00', '0.00', '7000.00', 'UNDER_ONE_YEAR']]],
    ]);
    expect((await status({ asOf: '2023-03-20' })).states.totalCount).toBe(0);
  });

  it('lists only the States in arrears when asked', async () => {
    const { body } = await api.graphql(IN_ARREARS);
    // On 5 July 2024 B is not yet due; Switzerland is behind on A, Austria (in credit on A) is not.
    expect(body.data?.contributionsStatus.inArrears.edges.map(({ node }) => node.state.iso3)).toEqual(['CHE']);
    expect(body.data?.contributionsStatus.upToDate.totalCount).toBe(1);
  });

  it('gives a State’s own line through State.contributions, and an empty one to a State without shares', async () => {
    const { body } = await api.graphql(STATE_CONTRIBUTIONS);
    const fromStatus = (await status()).states.edges.find(({ node }) => node.state.iso3 === 'CHE')?.node;
    expect(body.data?.che?.contributions).toEqual({ totals: fromStatus?.totals, meetings: fromStatus?.meetings });
    expect(body.data?.nor?.contributions).toEqual({ totals: [], meetings: [] });
  });

  it('refuses an unknown convention', async () => {
    const { body } = await api.graphql(UNKNOWN_CONVENTION);
    expect(body.errors?.[0]?.message).toContain('XYZ');
  });

  describe('who sees what (auth/contribution-rules.ts)', () => {
    // The figures are public; each payment is for the secretariat and the State concerned; its reference is the
    // secretariat's alone.
    const MATRIX: { actor: keyof Actors; readsPayments: boolean; readsReferences: boolean }[] = [
      { actor: 'anonymous', readsPayments: false, readsReferences: false },
      { actor: 'partner', readsPayments: false, readsReferences: false },
      { actor: 'otherState', readsPayments: false, readsReferences: false },
      { actor: 'sameState', readsPayments: true, readsReferences: false },
      { actor: 'secretariat', readsPayments: true, readsReferences: true },
      { actor: 'admin', readsPayments: true, readsReferences: true },
    ];

    it.each(MATRIX)(
      '$actor reads the figures; each payment: $readsPayments; its reference: $readsReferences',
      async ({ actor, readsPayments, readsReferences }) => {
        const { body } = await api.graphql(SWISS_PAYMENTS, {
          variables: { payment: swissPaymentId },
          headers: actors[actor].headers,
        });
        expect(body.errors).toBeUndefined();
        const { contributions } = body.data!.state!;
        expect(contributions.totals).toEqual([
          { currency: 'CHF', outstanding: '7764.10' },
          { currency: 'USD', outstanding: '1200.00' },
        ]);
        const meetingA = contributions.meetings[0]?.costShare;
        expect(meetingA?.paid).toBe('4000.00');
        if (readsPayments) {
          expect(meetingA?.payments.edges).toEqual([
            {
              node: {
                receivedOn: '2023-11-20',
                amount: '4000.00',
                reference: readsReferences ? 'UBS 2023-1120' : null,
              },
            },
          ]);
          expect(body.data?.node).toEqual({ amount: '4000.00' });
        } else {
          expect(meetingA?.payments).toEqual({ totalCount: 0, edges: [] });
          // As for an unknown ID: the API does not say the payment exists.
          expect(body.data?.node).toBeNull();
        }
      },
    );

    it.each(MATRIX)('$actor downloads the status of contributions as CSV and PDF', async ({ actor }) => {
      const csv = await fetch(`${api.url}/documents/contributions/status.csv?asOf=2026-02-20`, {
        headers: actors[actor].headers,
      });
      expect(csv.status).toBe(200);
      const text = await csv.text();
      expect(text).toContain('CHE,Switzerland,CONTRIB-A,');
      expect(text).not.toContain('UBS');
      const pdf = await fetch(`${api.url}/documents/contributions/status.pdf?asOf=2026-02-20`, {
        headers: actors[actor].headers,
      });
      expect(pdf.status).toBe(200);
      expect(pdf.headers.get('content-type')).toBe('application/pdf');
    });
  });

  describe('documents', () => {
    it('serves one CSV row per State and meeting, with the figures of the query, in English or French', async () => {
      const response = await fetch(`${api.url}/documents/contributions/status.csv?asOf=2026-02-20`);
      expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      expect(response.headers.get('content-disposition')).toContain('status-of-contributions-2026-02-20-EN.csv');
      const lines = (await response.text()).split('\r\n');
      expect(lines[0]).toBe(
        'ISO code,State,Meeting code,Meeting,Currency,Issued on,Due on,Assessed,Paid,Outstanding,Credit,Outstanding for',
      );
      expect(lines.filter((line) => line.startsWith('AUT,')).map((line) => line.split(',').slice(7).join(','))).toEqual(
        ['2500.00,3000.00,0.00,500.00,', '2000.00,1500.00,500.00,0.00,1–2 years'],
      );
      expect(lines.filter((line) => line.startsWith('CHE,')).map((line) => line.split(',').slice(4).join(','))).toEqual(
        [
          'CHF,2023-10-02,2023-11-01,6764.10,4000.00,2764.10,0.00,Over 2 years',
          'CHF,2024-06-10,2024-07-10,5000.00,0.00,5000.00,0.00,1–2 years',
          'USD,2026-02-01,2026-03-03,1200.00,0.00,1200.00,0.00,Not yet due',
        ],
      );
      const french = await (
        await fetch(`${api.url}/documents/contributions/status.csv?asOf=2026-02-20&language=FR`)
      ).text();
      expect(french).toContain('CHE,Suisse,CONTRIB-A,');
    });

    it('takes today when no day is given, and the PDF is landscape', async () => {
      const response = await fetch(`${api.url}/documents/contributions/status.pdf`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-disposition')).toContain('status-of-contributions-2026-02-20-EN.pdf');
      expect(
        Buffer.from(await response.arrayBuffer())
          .subarray(0, 5)
          .toString('latin1'),
      ).toBe('%PDF-');
    });

    it('refuses a day that does not exist, a format it does not make and an unknown language', async () => {
      const badDay = await fetch(`${api.url}/documents/contributions/status.csv?asOf=2026-02-30`);
      expect(badDay.status).toBe(400);
      expect(await badDay.text()).toContain('asOf must be a date written YYYY-MM-DD');
      expect((await fetch(`${api.url}/documents/contributions/status.html`)).status).toBe(404);
      expect((await fetch(`${api.url}/documents/contributions/status.csv?language=DE`)).status).toBe(400);
      expect((await fetch(`${api.url}/documents/contributions/status.csv?convention=XYZ`)).status).toBe(404);
    });
  });
});

describe.each(testBackends())('SQL statements for the status of contributions on %s', (backend) => {
  const counter = createQueryCounter();
  let api: ApiFixture;
  const FEW = 5;
  const MANY = 50;

  beforeAll(async () => {
    api = await startApi({ backend, now: () => TODAY, onQuery: counter.onQuery });
    const prisma = api.database.prisma;
    const states = await prisma.state.findMany({ orderBy: { nameEn: 'asc' }, take: MANY, select: { iso3: true } });
    for (const [index, code] of ['COUNT-A', 'COUNT-B'].entries()) {
      const meeting = await createMeeting(prisma, { code, number: 31 + index });
      await createIssue(prisma, {
        meetingId: meeting.id,
        issuedAt: `202${4 + index}-01-15T09:00:00Z`,
        shares: states.map((state) => ({ iso3: state.iso3, amount: '100.00' })),
      });
    }
  });
  afterAll(() => api.close());

  async function countFor<Data>(
    query: TypedDocumentNode<Data, { first: number }>,
    variables: { first: number },
  ): Promise<number> {
    return counter.count(async () => {
      const { body } = await api.graphql(query, { variables });
      expect(body.errors).toBeUndefined();
    });
  }

  it('reads 50 States with their names, meetings and shares in as many statements as 5', async () => {
    const query = STATUS_OF_STATES;
    const few = await countFor(query, { first: FEW });
    const many = await countFor(query, { first: MANY });
    expect(many).toBe(few);
  });

  it('reads State.contributions for a page of 50 States in as many statements as for 5', async () => {
    const query = CONTRIBUTIONS_OF_STATES;
    const few = await countFor(query, { first: FEW });
    const many = await countFor(query, { first: MANY });
    expect(many).toBe(few);
  });
});
