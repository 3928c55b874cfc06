import type { InvitationCapacity, PrismaClient } from '@plenary/db';
import { testBackends } from '@plenary/db/testing';
import { encodeGlobalID } from '@pothos/plugin-relay';
import Decimal from 'decimal.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createActors, type Actor, type Actors } from './support/actors.ts';
import { graphql, type ResultOf, type SchemaType, textOf, type VariablesOf } from './support/graphql.ts';
import { startApi, type ApiFixture } from './support/api-fixture.ts';
import { expectResult } from './support/expect-result.ts';
import { pagesOf } from './support/pages.ts';
import { createQueryCounter } from './support/query-counter.ts';

// The meetings here open on 2023-09-11, so their shares are worked out on the seeded 2022-2024 scale (A/RES/76/238),
// chosen by the opening date: Germany 6.111, France 4.318, Italy 3.189, Switzerland 1.134, Brazil 2.013 per cent.
// An extract of it, marked incomplete, for the refusals of a scale that lacks a payer's rate.
const EXTRACT_SCALE = 'Extract of 2022-2024';
/** `IssueCostSharesInput.scale`: the scale in force when the meeting opens, or one named (with a reason). */
const IN_FORCE = { inForce: true };
const named = (name: string, overrideReason?: string) => ({
  named: { scale: { name }, ...(overrideReason !== undefined && { overrideReason }) },
});
const EXTRACT_RATES = [
  { iso3: 'DEU', ratePercent: '6.111' },
  { iso3: 'FRA', ratePercent: '4.318' },
  { iso3: 'ITA', ratePercent: '3.189' },
  { iso3: 'CHE', ratePercent: '1.134' },
];

interface Participant {
  iso3: string;
  capacity: InvitationCapacity;
  /** Registered a delegation, i.e. participates. */
  delegation: boolean;
}

// States Parties pay whether or not they come; Brazil, not party, pays because it participates; China, not party
// and absent, does not; the Holy See, a State Party without a UN rate, is listed as unassessed.
const PARTICIPANTS: Participant[] = [
  { iso3: 'DEU', capacity: 'STATE_PARTY', delegation: true },
  { iso3: 'FRA', capacity: 'STATE_PARTY', delegation: true },
  { iso3: 'ITA', capacity: 'STATE_PARTY', delegation: false },
  { iso3: 'CHE', capacity: 'STATE_PARTY', delegation: true },
  { iso3: 'VAT', capacity: 'STATE_PARTY', delegation: true },
  { iso3: 'BRA', capacity: 'NON_SIGNATORY_OBSERVER', delegation: true },
  { iso3: 'CHN', capacity: 'NON_SIGNATORY_OBSERVER', delegation: false },
];

let meetingNumber = 0;

/** A convened meeting with State invitations and delegations written straight into the database. */
async function createMeetingWithParticipants(
  prisma: PrismaClient,
  participants: Participant[] = PARTICIPANTS,
): Promise<string> {
  meetingNumber += 1;
  const convention = await prisma.convention.findUniqueOrThrow({ where: { code: 'CCM' } });
  const meeting = await prisma.meeting.create({
    data: {
      conventionId: convention.id,
      code: `COST${meetingNumber}`,
      kind: 'INTERSESSIONAL',
      number: meetingNumber,
      title: `Cost test meeting ${meetingNumber}`,
      opensOn: new Date('2023-09-11T00:00:00Z'),
      closesOn: new Date('2023-09-14T00:00:00Z'),
      city: 'Geneva',
      status: 'CONVENED',
      convenedOn: new Date('2023-03-21T00:00:00Z'),
    },
  });
  const states = await prisma.state.findMany({
    where: { iso3: { in: participants.map((participant) => participant.iso3) } },
    select: { id: true, iso3: true },
  });
  const stateIdOf = new Map(states.map((state) => [state.iso3, state.id]));
  const icrc = await prisma.organisation.findUniqueOrThrow({ where: { acronym: 'ICRC' }, select: { id: true } });
  await prisma.invitation.createMany({
    data: [
      ...participants.map((participant) => ({
        meetingId: meeting.id,
        stateId: stateIdOf.get(participant.iso3) as string,
        capacity: participant.capacity,
        status: 'ISSUED' as const,
      })),
      {
        meetingId: meeting.id,
        organisationId: icrc.id,
        capacity: 'ORGANISATION_OF_RIGHT' as const,
        status: 'ISSUED' as const,
      },
    ],
  });
  const participating = participants
    .filter((participant) => participant.delegation)
    .map((participant) => stateIdOf.get(participant.iso3) as string);
  const invitations = await prisma.invitation.findMany({
    where: { meetingId: meeting.id, stateId: { in: participating } },
    select: { id: true },
  });
  await prisma.delegation.createMany({
    data: invitations.map((invitation) => ({
      invitationId: invitation.id,
      submittedAt: new Date('2023-08-01T09:00:00Z'),
    })),
  });
  return encodeGlobalID('Meeting', meeting.id);
}

const IMPORT_SCALE = graphql(`
  mutation CostSharesImportScale($input: ImportAssessmentScaleInput!) { importAssessmentScale(input: $input) { __typename } }
`);

const SET_ESTIMATE = graphql(`
  mutation CostSharesSetEstimate($meetingId: ID!, $input: SetCostEstimateInput!) {
    setCostEstimate(meetingId: $meetingId, input: $input) {
      __typename
      ... on MutationSetCostEstimateSuccess {
        costEstimate { id version kind currency total lines { totalCount edges { node { position description amount } } } }
      }
      ... on ValidationError { issues { path message } }
      ... on NotFoundError { entity }
      ... on Error { message }
    }
  }
`);

// What each share is read with when issued.
const SHARE_FIELDS = graphql(`
  fragment CostSharesShare on CostShare {
    id state { iso3 } assessed ratePercent sharePercent amount currency paid outstanding credit
  }
`);

const ISSUE = graphql(
  `
  mutation CostSharesIssue($meetingId: ID!, $input: IssueCostSharesInput!) {
    issueCostShares(meetingId: $meetingId, input: $input) {
      __typename
      ... on MutationIssueCostSharesSuccess {
        costShareIssue {
          id version payerRule ceilingAndFloorReapplied currency total superseded scaleOverrideReason estimate { version }
          scale { name } shares(first: 100) { totalCount edges { node { ...CostSharesShare } } }
        }
      }
      ... on ValidationError { issues { path message } }
      ... on NotFoundError { entity key }
      ... on Error { message }
    }
  }
`,
  [SHARE_FIELDS],
);

const RECORD_PAYMENT = graphql(`
  mutation CostSharesRecordPayment($costShareId: ID!, $input: RecordPaymentInput!) {
    recordPayment(costShareId: $costShareId, input: $input) {
      __typename
      ... on MutationRecordPaymentSuccess {
        payment { id amount currency receivedOn reference costShare { paid outstanding } }
      }
      ... on ValidationError { issues { path message } }
      ... on NotFoundError { entity }
      ... on Error { message }
    }
  }
`);

const MEETING_ESTIMATES = graphql(`
  query CostSharesMeetingEstimates($id: ID!) {
    node(id: $id) {
      ... on Meeting { costEstimate { version kind total } costEstimates { totalCount edges { node { version } } } }
    }
  }
`);

const MEETING_CURRENT_ISSUE = graphql(`
  query CostSharesMeetingCurrentIssue($id: ID!) {
    node(id: $id) {
      ... on Meeting {
        costShares {
          version paid outstanding
          unassessed: shares(filter: { assessed: false }) { totalCount edges { node { state { iso3 } } } }
        }
        costShareIssues { totalCount }
      }
    }
  }
`);

const ISSUE_AND_MEETING_VERSIONS = graphql(`
  query CostSharesIssueAndMeetingVersions($id: ID!, $meeting: ID!) {
    node(id: $id) { ... on CostShareIssue { version superseded total estimate { version } } }
    meeting: node(id: $meeting) {
      ... on Meeting { costShares { version } costShareIssues { edges { node { version superseded } } } }
    }
  }
`);

const SHARES_WITH_PAYMENTS = graphql(`
  query CostSharesWithPayments($id: ID!) {
    node(id: $id) {
      ... on Meeting {
        costShares {
          paid outstanding
          shares(first: 100) {
            edges {
              node {
                state { iso3 } amount paid outstanding credit currency issue { version }
                payments { totalCount edges { node { amount receivedOn } } }
              }
            }
          }
        }
      }
    }
  }
`);

const SHARE_PAYMENTS = graphql(`
  query CostSharesSharePayments($id: ID!, $meeting: ID!) {
    node(id: $id) {
      ... on CostShare { paid outstanding payments { totalCount edges { node { amount receivedOn reference } } } }
    }
    meeting: node(id: $meeting) { ... on Meeting { costShares { paid outstanding } } }
    state(iso3: "CHE") { costShares(first: 100) { edges { node { id } } } }
  }
`);

// A page of shares as the filters test reads it.
const SHARES_PAGE_FIELDS = graphql(`
  fragment CostSharesSharesPage on CostShareConnection {
    totalCount pageInfo { hasNextPage endCursor } edges { node { id state { iso3 } standing paid outstanding } }
  }
`);

const ISSUE_SHARES = graphql(
  `
  query CostSharesIssueShares($id: ID!, $filter: CostShareFilter, $first: Int, $after: String) {
    node(id: $id) {
      __typename
      ... on Meeting {
        costShares { shares(filter: $filter, first: $first, after: $after) { ...CostSharesSharesPage } }
      }
    }
  }
`,
  [SHARES_PAGE_FIELDS],
);

const STATE_SHARES = graphql(`
  query CostSharesStateShares($iso3: String!, $filter: StateCostShareFilter) {
    state(iso3: $iso3) {
      costShares(filter: $filter, first: 100) { totalCount edges { node { id standing issue { superseded } } } }
    }
  }
`);

type Share = ResultOf<typeof SHARE_FIELDS>;
type SharesPage = ResultOf<typeof SHARES_PAGE_FIELDS>;

const LINES = [
  { description: 'Conference services: interpretation in six languages', amount: '60000.00' },
  { description: 'Documents: translation and printing', amount: '40000.10' },
  { description: 'Bank charges', amount: '0.01' },
];

const sum = (values: readonly (string | null)[]) =>
  values.reduce((total, value) => total.plus(value ?? 0), new Decimal(0));

describe.each(testBackends())('cost estimates, cost shares and payments (Art. 14) on %s', (backend) => {
  let api: ApiFixture;
  let actors: Actors;
  const counter = createQueryCounter();

  beforeAll(async () => {
    api = await startApi({ backend, now: () => new Date('2023-10-02T10:00:00Z'), onQuery: counter.onQuery });
    actors = await createActors(api, { stateIso3: 'CHE', otherStateIso3: 'FRA' });
    const { body } = await api.graphql(IMPORT_SCALE, {
      variables: {
        input: {
          name: EXTRACT_SCALE,
          firstYear: 2022,
          lastYear: 2024,
          resolution: 'A/RES/76/238',
          source: 'test extract',
          complete: false,
          rates: { rows: EXTRACT_RATES },
        },
      },
      headers: actors.secretariat.headers,
    });
    expect(body.data?.importAssessmentScale.__typename).toBe('MutationImportAssessmentScaleSuccess');
  });
  afterAll(() => api.close());

  const prisma = () => api.database.prisma;

  async function setEstimate(
    meetingId: string,
    input: Partial<SchemaType<'SetCostEstimateInput'>>,
    actor: Actor = actors.secretariat,
  ): Promise<ResultOf<typeof SET_ESTIMATE>['setCostEstimate']> {
    const { body } = await api.graphql(SET_ESTIMATE, {
      variables: { meetingId, input: { currency: 'CHF', lines: LINES, ...input } },
      headers: actor.headers,
    });
    expect(body.errors).toBeUndefined();
    return body.data!.setCostEstimate;
  }

  async function issue(
    meetingId: string,
    input: Partial<SchemaType<'IssueCostSharesInput'>> = {},
    actor: Actor = actors.secretariat,
  ): Promise<ResultOf<typeof ISSUE>['issueCostShares']> {
    const { body } = await api.graphql(ISSUE, {
      variables: { meetingId, input: { scale: IN_FORCE, ...input } },
      headers: actor.headers,
    });
    expect(body.errors).toBeUndefined();
    return body.data!.issueCostShares;
  }

  async function pay(
    costShareId: string,
    input: Pick<SchemaType<'RecordPaymentInput'>, 'amount'> & Partial<SchemaType<'RecordPaymentInput'>>,
    actor: Actor = actors.secretariat,
  ): Promise<ResultOf<typeof RECORD_PAYMENT>['recordPayment']> {
    const { body } = await api.graphql(RECORD_PAYMENT, {
      variables: { costShareId, input: { receivedOn: '2023-09-30', currency: 'CHF', ...input } },
      headers: actor.headers,
    });
    expect(body.errors).toBeUndefined();
    return body.data!.recordPayment;
  }

  /** A meeting with a cost estimate of CHF 100,000.11 and its first issue of shares. */
  async function issuedMeeting(participants?: Participant[]) {
    const meetingId = await createMeetingWithParticipants(prisma(), participants);
    expect((await setEstimate(meetingId, {})).__typename).toBe('MutationSetCostEstimateSuccess');
    const issued = expectResult(await issue(meetingId), 'MutationIssueCostSharesSuccess').costShareIssue;
    const shares = new Map(issued.shares.edges.map(({ node }) => [node.state.iso3, node]));
    return { meetingId, issue: issued, shares };
  }

  describe('setCostEstimate', () => {
    it('makes a new version each time, totalling the lines exactly, and the meeting shows the latest', async () => {
      const meetingId = await createMeetingWithParticipants(prisma(), []);
      const first = await setEstimate(meetingId, {});
      expect(first).toMatchObject({
        __typename: 'MutationSetCostEstimateSuccess',
        costEstimate: { version: 1, total: '100000.11' },
      });
      const firstEstimate = expectResult(first, 'MutationSetCostEstimateSuccess').costEstimate;
      expect(firstEstimate.lines.edges.map(({ node }) => node.position)).toEqual([1, 2, 3]);
      const second = await setEstimate(meetingId, {
        kind: 'ACTUAL',
        lines: [{ description: 'All services', amount: '98765.4' }],
        replacesVersion: 1,
      });
      const secondEstimate = expectResult(second, 'MutationSetCostEstimateSuccess').costEstimate;
      expect(secondEstimate).toMatchObject({ version: 2, total: '98765.40' });
      const { body } = await api.graphql(MEETING_ESTIMATES, { variables: { id: meetingId } });
      expect(body.data?.node).toEqual({
        costEstimate: { version: 2, kind: 'ACTUAL', total: '98765.40' },
        costEstimates: { totalCount: 2, edges: [{ node: { version: 2 } }, { node: { version: 1 } }] },
      });
      const audit = await prisma().auditEvent.findMany({
        where: {
          action: 'costEstimate.set',
          entityId: { in: [firstEstimate.id, secondEstimate.id].map(databaseId) },
        },
      });
      expect(audit).toHaveLength(2);
    });

    it('names each bad field: the currency, a line amount with fractions of a cent, an empty description', async () => {
      const meetingId = await createMeetingWithParticipants(prisma(), []);
      const result = await setEstimate(meetingId, { currency: 'chf', lines: [{ description: ' ', amount: '10.005' }] });
      expect(expectResult(result, 'ValidationError').issues.map((issue) => issue.path)).toEqual([
        'currency',
        'lines.0.description',
        'lines.0.amount',
      ]);
      expect(expectResult(await setEstimate(meetingId, { lines: [] }), 'ValidationError').issues).toEqual([
        { path: 'lines', message: 'A cost estimate needs at least one line.' },
      ]);
      expect(await prisma().costEstimate.count({ where: { meeting: { code: `COST${meetingNumber}` } } })).toBe(0);
    });

    it('lets only the secretariat set an estimate', async () => {
      const meetingId = await createMeetingWithParticipants(prisma(), []);
      for (const actor of [actors.anonymous, actors.partner, actors.sameState]) {
        expect((await setEstimate(meetingId, {}, actor)).__typename, actor.label).toBe('ForbiddenError');
      }
      expect(await prisma().costEstimate.count({ where: { meeting: { code: `COST${meetingNumber}` } } })).toBe(0);
    });

    it('reports a meeting that does not exist', async () => {
      const result = await setEstimate(encodeGlobalID('Meeting', '00000000-0000-4000-8000-000000000000'), {});
      expect(result).toMatchObject({ __typename: 'NotFoundError', entity: 'Meeting' });
      expect(expectResult(await setEstimate('not-an-id', {}), 'ValidationError').issues).toEqual([
        { path: 'meetingId', message: 'This is not the ID of a Meeting.' },
      ]);
    });

    it('refuses to replace an estimate the client did not see', async () => {
      const meetingId = await createMeetingWithParticipants(prisma(), []);
      await setEstimate(meetingId, {});
      await setEstimate(meetingId, { replacesVersion: 1 });
      const stale = await setEstimate(meetingId, { replacesVersion: 1 });
      expect(stale).toMatchObject({
        __typename: 'ConflictError',
        message: expect.stringContaining('is at version 2, not 1'),
      });
    });
  });

  describe('issueCostShares', () => {
    it('shares the estimate among the States Parties and the participating States not party, exactly', async () => {
      const { meetingId, issue: issued, shares } = await issuedMeeting();
      expect(issued).toMatchObject({
        version: 1,
        payerRule: 'STATES_PARTIES_AND_PARTICIPATING_NON_PARTIES',
        total: '100000.11',
        superseded: false,
      });
      // China neither is party nor participates; the ICRC is not a State.
      expect([...shares.keys()].sort()).toEqual(['BRA', 'CHE', 'DEU', 'FRA', 'ITA', 'VAT']);
      const assessed = [...shares.values()].filter((share) => share.assessed);
      // Rates 6.111 + 4.318 + 3.189 + 1.134 + 2.013 = 16.765 per cent of the scale.
      expect(
        Object.fromEntries(
          assessed.map((share) => [share.state.iso3, [share.ratePercent, share.sharePercent, share.amount]]),
        ),
      ).toEqual({
        BRA: ['2.013', '12.007158', '12007.17'],
        CHE: ['1.134', '6.764092', '6764.10'],
        DEU: ['6.111', '36.450939', '36450.98'],
        FRA: ['4.318', '25.756039', '25756.07'],
        ITA: ['3.189', '19.021772', '19021.79'],
      });
      expect(sum(assessed.map((share) => share.amount)).toFixed(2)).toBe('100000.11');
      expect(sum(assessed.map((share) => share.sharePercent)).toFixed(6)).toBe('100.000000');
      expect(shares.get('VAT')).toMatchObject({
        assessed: false,
        ratePercent: null,
        sharePercent: null,
        amount: null,
        outstanding: null,
        paid: '0.00',
      });
      expect(shares.get('DEU')).toMatchObject({
        currency: 'CHF',
        paid: '0.00',
        outstanding: '36450.98',
        credit: '0.00',
      });

      // Public data: a partner reads the current issue through the meeting.
      const { body } = await api.graphql(MEETING_CURRENT_ISSUE, {
        variables: { id: meetingId },
        headers: actors.partner.headers,
      });
      expect(body.data?.node).toEqual({
        costShares: {
          version: 1,
          paid: '0.00',
          outstanding: '100000.11',
          unassessed: { totalCount: 1, edges: [{ node: { state: { iso3: 'VAT' } } }] },
        },
        costShareIssues: { totalCount: 1 },
      });
    });

    it('gives an agreed rate to a State without one and, on request, re-applies the ceiling and floor; the audit keeps the inputs', async () => {
      const meetingId = await createMeetingWithParticipants(prisma());
      await setEstimate(meetingId, {});
      const result = await issue(meetingId, {
        explicitRates: [{ iso3: 'vat', ratePercent: '0.001' }],
        ceilingAndFloor: true,
        payerRule: 'ALL_STATES_PARTIES',
      });
      const issued = expectResult(result, 'MutationIssueCostSharesSuccess').costShareIssue;
      expect(issued).toMatchObject({ payerRule: 'ALL_STATES_PARTIES', ceilingAndFloorReapplied: true });
      const shares = issued.shares.edges.map(({ node }) => node);
      // Brazil does not pay under this rule; the Holy See pays at its agreed rate; Germany is capped at 22 per cent.
      expect(shares.map((share) => share.state.iso3).sort()).toEqual(['CHE', 'DEU', 'FRA', 'ITA', 'VAT']);
      expect(shares.every((share) => share.assessed)).toBe(true);
      expect(shares.find((share) => share.state.iso3 === 'DEU')?.sharePercent).toBe('22.000000');
      expect(shares.find((share) => share.state.iso3 === 'VAT')?.ratePercent).toBe('0.001');
      expect(sum(shares.map((share) => share.amount)).toFixed(2)).toBe('100000.11');
      const audit = await prisma().auditEvent.findFirstOrThrow({
        where: { action: 'costShares.issue', entityId: databaseId(issued.id) },
      });
      expect(audit.after).toMatchObject({
        explicitRates: [{ iso3: 'VAT', ratePercent: '0.001' }],
        ceilingAndFloor: true,
        unassessed: [],
      });
    });

    it('re-issues as version 2 and leaves version 1 and its shares exactly as issued', async () => {
      const { meetingId, issue: first } = await issuedMeeting();
      const before = await prisma().costShare.findMany({
        where: { issue: { version: 1, meeting: { code: `COST${meetingNumber}` } } },
        orderBy: { id: 'asc' },
      });
      await setEstimate(meetingId, { kind: 'ACTUAL', lines: [{ description: 'Actual cost', amount: '90000.00' }] });
      const second = await issue(meetingId, { replacesVersion: 1 });
      expect(expectResult(second, 'MutationIssueCostSharesSuccess').costShareIssue).toMatchObject({
        version: 2,
        total: '90000.00',
        superseded: false,
      });
      const after = await prisma().costShare.findMany({
        where: { issue: { version: 1, meeting: { code: `COST${meetingNumber}` } } },
        orderBy: { id: 'asc' },
      });
      expect(after).toEqual(before);
      const { body } = await api.graphql(ISSUE_AND_MEETING_VERSIONS, {
        variables: { id: first.id, meeting: meetingId },
      });
      expect(body.data).toEqual({
        node: { version: 1, superseded: true, total: '100000.11', estimate: { version: 1 } },
        meeting: {
          costShares: { version: 2 },
          costShareIssues: {
            edges: [{ node: { version: 2, superseded: false } }, { node: { version: 1, superseded: true } }],
          },
        },
      });
    });

    it('names each bad input: agreed rates too fine, given twice or for a State not invited, and a missing scale', async () => {
      const meetingId = await createMeetingWithParticipants(prisma());
      await setEstimate(meetingId, {});
      const rates = await issue(meetingId, {
        explicitRates: [
          { iso3: 'VAT', ratePercent: '0.0000001' },
          { iso3: 'VAT', ratePercent: '0.001' },
        ],
      });
      expect(expectResult(rates, 'ValidationError').issues.map((issue) => issue.path)).toEqual([
        'explicitRates.0.ratePercent',
        'explicitRates.1.iso3',
      ]);
      const uninvited = await issue(meetingId, { explicitRates: [{ iso3: 'PSE', ratePercent: '0.011' }] });
      expect(expectResult(uninvited, 'ValidationError').issues).toEqual([
        { path: 'explicitRates.0.iso3', message: expect.stringContaining('PSE is not a State invited') },
      ]);
      const notInForce = await issue(meetingId, { scale: { inForce: false } });
      expect(expectResult(notInForce, 'ValidationError').issues).toEqual([
        {
          path: 'scale.inForce',
          message: 'Give inForce: true for the scale in force when the meeting opens, or name a scale in named.',
        },
      ]);
      const notAScale = await issue(meetingId, { scale: { named: { scale: { id: meetingId } } } });
      expect(expectResult(notAScale, 'ValidationError').issues).toEqual([
        { path: 'scale.named.scale.id', message: 'This is not the ID of an AssessmentScale.' },
      ]);
      expect(await prisma().costShareIssue.count({ where: { meeting: { code: `COST${meetingNumber}` } } })).toBe(0);
    });

    it('takes the scale in force, or one named by its name or its global ID, exactly one of each (@oneOf), and issues nothing otherwise', async () => {
      const meetingId = await createMeetingWithParticipants(prisma());
      await setEstimate(meetingId, {});
      const scaleId = encodeGlobalID(
        'AssessmentScale',
        (await prisma().assessmentScale.findUniqueOrThrow({ where: { name: '2022-2024' } })).id,
      );
      const refusedForms = [
        {},
        { inForce: true, named: { scale: { name: '2022-2024' } } },
        { named: { scale: {} } },
        { named: { scale: { name: '2022-2024', id: scaleId } } },
      ];
      for (const scale of [...refusedForms, null]) {
        // Input the schema refuses, sent as the document's plain text: its typed variables would not take it.
        const { status, body } = await api.graphql(textOf(ISSUE), {
          variables: { meetingId, input: { scale } },
          headers: actors.secretariat.headers,
        });
        expect(status, JSON.stringify(scale)).toBe(400);
        expect(body.errors?.map((error) => error.extensions?.code)).toEqual(['BAD_USER_INPUT']);
      }
      expect(await prisma().costShareIssue.count({ where: { meeting: { code: `COST${meetingNumber}` } } })).toBe(0);
      const byId = await issue(meetingId, { scale: { named: { scale: { id: scaleId } } }, replacesVersion: 0 });
      expect(expectResult(byId, 'MutationIssueCostSharesSuccess').costShareIssue).toMatchObject({
        version: 1,
        scale: { name: '2022-2024' },
        scaleOverrideReason: null,
      });
      const byName = await issue(meetingId, { scale: named(' 2022-2024 '), replacesVersion: 1 });
      const byNameIssue = expectResult(byName, 'MutationIssueCostSharesSuccess').costShareIssue;
      expect(byNameIssue).toMatchObject({
        version: 2,
        scale: { name: '2022-2024' },
        scaleOverrideReason: null,
      });
      const audit = await prisma().auditEvent.findFirstOrThrow({
        where: { action: 'costShares.issue', entityId: databaseId(byNameIssue.id) },
      });
      expect(audit.after).toMatchObject({
        scale: '2022-2024',
        scaleChosenBy: 'SECRETARIAT',
        scaleOverrideReason: null,
      });
    });

    it('lets only the secretariat issue shares', async () => {
      const meetingId = await createMeetingWithParticipants(prisma());
      await setEstimate(meetingId, {});
      for (const actor of [actors.anonymous, actors.partner, actors.sameState]) {
        expect((await issue(meetingId, {}, actor)).__typename, actor.label).toBe('ForbiddenError');
      }
      expect(await prisma().costShareIssue.count({ where: { meeting: { code: `COST${meetingNumber}` } } })).toBe(0);
    });

    it('reports a missing meeting, scale or cost estimate', async () => {
      const missingMeeting = await issue(encodeGlobalID('Meeting', '00000000-0000-4000-8000-000000000000'));
      expect(missingMeeting).toMatchObject({ __typename: 'NotFoundError', entity: 'Meeting' });
      const meetingId = await createMeetingWithParticipants(prisma());
      expect(await issue(meetingId)).toMatchObject({
        __typename: 'NotFoundError',
        entity: 'CostEstimate',
        message: expect.stringContaining('has no cost estimate yet'),
      });
      await setEstimate(meetingId, {});
      expect(await issue(meetingId, { scale: named('1999-2001') })).toMatchObject({
        __typename: 'NotFoundError',
        entity: 'AssessmentScale',
        key: '1999-2001',
      });
      const unknownId = encodeGlobalID('AssessmentScale', '00000000-0000-4000-8000-000000000000');
      expect(await issue(meetingId, { scale: { named: { scale: { id: unknownId } } } })).toMatchObject({
        __typename: 'NotFoundError',
        entity: 'AssessmentScale',
      });
    });

    it('refuses to re-issue over an issue the client did not see', async () => {
      const { meetingId } = await issuedMeeting();
      const reissued = await issue(meetingId, { replacesVersion: 1 });
      expect(expectResult(reissued, 'MutationIssueCostSharesSuccess').costShareIssue.version).toBe(2);
      expect(await issue(meetingId, { replacesVersion: 1 })).toMatchObject({
        __typename: 'ConflictError',
        message: expect.stringContaining('at version 2, not 1'),
      });
    });

    it('takes the scale whose period covers the opening day, and lists only the States outside the UN scale as unassessed', async () => {
      const { issue: issued, shares } = await issuedMeeting();
      expect(issued.scale).toEqual({ name: '2022-2024' });
      expect(issued.scaleOverrideReason).toBeNull();
      // Every payer that is a UN Member State has its rate on the complete scale; the Holy See, an observer State, has none.
      expect([...shares.values()].filter((share) => !share.assessed).map((share) => share.state.iso3)).toEqual(['VAT']);
      const audit = await prisma().auditEvent.findFirstOrThrow({
        where: { action: 'costShares.issue', entityId: databaseId(issued.id) },
      });
      expect(audit.after).toMatchObject({ scale: '2022-2024', scaleChosenBy: 'MEETING_DATE' });
    });

    it('refuses a scale whose period does not cover the meeting unless a reason is given, and keeps the reason with the issue and in the audit trail', async () => {
      const meetingId = await createMeetingWithParticipants(prisma());
      await setEstimate(meetingId, {});
      const refused = await issue(meetingId, { scale: named('2025-2027') });
      expect(refused).toMatchObject({
        __typename: 'ValidationError',
        issues: [
          {
            path: 'scale.named.overrideReason',
            message: `The scale 2025-2027 covers the years 2025 to 2027, but COST${meetingNumber} opens on 2023-09-11: use the scale in force that year, or give the reason for applying this one in overrideReason.`,
          },
        ],
      });
      expect(await prisma().costShareIssue.count({ where: { meeting: { code: `COST${meetingNumber}` } } })).toBe(0);
      const reason = 'Decision of the Meeting: apply the scale in force when the shares are issued.';
      const overridden = await issue(meetingId, { scale: named('2025-2027', reason) });
      const overriddenIssue = expectResult(overridden, 'MutationIssueCostSharesSuccess').costShareIssue;
      expect(overriddenIssue).toMatchObject({ scale: { name: '2025-2027' }, scaleOverrideReason: reason });
      const audit = await prisma().auditEvent.findFirstOrThrow({
        where: { action: 'costShares.issue', entityId: databaseId(overriddenIssue.id) },
      });
      expect(audit.after).toMatchObject({
        scale: '2025-2027',
        scaleChosenBy: 'SECRETARIAT',
        scaleOverrideReason: reason,
      });
      const needless = await issue(meetingId, { scale: named('2022-2024', 'no need') });
      expect(expectResult(needless, 'ValidationError').issues.map((problem) => problem.path)).toEqual([
        'scale.named.overrideReason',
      ]);
    });

    it('refuses an incomplete scale that lacks the rate of a State sharing the cost, naming each, and issues on it once they have agreed rates', async () => {
      const meetingId = await createMeetingWithParticipants(prisma());
      await setEstimate(meetingId, {});
      const refused = await issue(meetingId, { scale: named(EXTRACT_SCALE) });
      expect(refused).toMatchObject({
        __typename: 'ValidationError',
        issues: [
          {
            path: 'scale',
            message: `The scale ${EXTRACT_SCALE} is marked incomplete and has no rate for 2 of the States sharing the cost: Brazil (BRA), Holy See (VAT). Import the complete scale, or give these States agreed rates.`,
          },
        ],
      });
      expect(await prisma().costShareIssue.count({ where: { meeting: { code: `COST${meetingNumber}` } } })).toBe(0);
      const agreed = await issue(meetingId, {
        scale: named(EXTRACT_SCALE),
        explicitRates: [
          { iso3: 'BRA', ratePercent: '2.013' },
          { iso3: 'VAT', ratePercent: '0.001' },
        ],
      });
      expect(
        expectResult(agreed, 'MutationIssueCostSharesSuccess').costShareIssue.shares.edges.every(
          ({ node }) => node.assessed,
        ),
      ).toBe(true);
    });

    it('refuses to choose when no scale held covers the meeting', async () => {
      const meetingId = await createMeetingWithParticipants(prisma());
      await prisma().meeting.update({
        where: { id: databaseId(meetingId) },
        data: { opensOn: new Date('2031-09-08T00:00:00Z'), closesOn: new Date('2031-09-11T00:00:00Z') },
      });
      await setEstimate(meetingId, {});
      expect(expectResult(await issue(meetingId), 'ValidationError').issues[0]?.path).toBe('scale.inForce');
      expect(expectResult(await issue(meetingId), 'ValidationError').issues[0]?.message).toMatch(
        /^No scale of assessment held covers 2031, the year COST\d+ opens \(2031-09-08\); the scales held are 2019-2021, 2022-2024, 2025-2027, Extract of 2022-2024\./,
      );
    });
  });

  it('reads the shares, their payments and balances with as many SQL statements for 2 payers as for 6', async () => {
    const small = await issuedMeeting(PARTICIPANTS.slice(0, 2));
    const large = await issuedMeeting();
    const assessed = [small, large].flatMap(({ shares }) => [...shares.values()].filter((share) => share.assessed));
    await prisma().payment.createMany({
      data: assessed.map((share) => ({
        costShareId: databaseId(share.id),
        receivedOn: new Date('2023-09-30T00:00:00Z'),
        amount: '1.00',
        currency: 'CHF',
      })),
    });
    // The secretariat, which may read each payment (auth/contribution-rules.ts).
    const read = (meetingId: string) =>
      api.graphql(SHARES_WITH_PAYMENTS, { variables: { id: meetingId }, headers: actors.secretariat.headers });
    const statements = [
      await counter.count(() => read(small.meetingId)),
      await counter.count(() => read(large.meetingId)),
    ];
    expect(statements[1]).toBe(statements[0]);
    expect((await read(large.meetingId)).body.data?.node).toMatchObject({
      costShares: { paid: '5.00', outstanding: '99995.11' },
    });
  });

  describe('recordPayment', () => {
    it('reduces what is outstanding, for the share and for the issue; each payment is for the secretariat and the State, its reference for the secretariat only', async () => {
      const { meetingId, shares } = await issuedMeeting();
      const swiss = shares.get('CHE') as Share;
      const first = await pay(swiss.id, { amount: '4000.00', reference: 'UBS 2023-0917' });
      expect(first).toMatchObject({
        __typename: 'MutationRecordPaymentSuccess',
        payment: {
          amount: '4000.00',
          reference: 'UBS 2023-0917',
          costShare: { paid: '4000.00', outstanding: '2764.10' },
        },
      });
      const second = await pay(swiss.id, { amount: '2764.10' });
      expect(expectResult(second, 'MutationRecordPaymentSuccess').payment.costShare).toEqual({
        paid: '6764.10',
        outstanding: '0.00',
      });
      const { body } = await api.graphql(SHARE_PAYMENTS, {
        variables: { id: swiss.id, meeting: meetingId },
        headers: actors.sameState.headers,
      });
      expect(body.data?.node).toEqual({
        paid: '6764.10',
        outstanding: '0.00',
        payments: {
          totalCount: 2,
          edges: [
            { node: { amount: '4000.00', receivedOn: '2023-09-30', reference: null } },
            { node: { amount: '2764.10', receivedOn: '2023-09-30', reference: null } },
          ],
        },
      });
      expect(body.data?.meeting).toEqual({ costShares: { paid: '6764.10', outstanding: '93236.01' } });
      expect(body.data?.state?.costShares.edges.map(({ node }) => node.id)).toContain(swiss.id);
      // A partner reads what Switzerland paid, not each payment.
      const partner = await api.graphql(SHARE_PAYMENTS, {
        variables: { id: swiss.id, meeting: meetingId },
        headers: actors.partner.headers,
      });
      expect(partner.body.data?.node).toEqual({
        paid: '6764.10',
        outstanding: '0.00',
        payments: { totalCount: 0, edges: [] },
      });
    });

    it('counts payments made before a re-issue against the new share', async () => {
      const { meetingId, shares } = await issuedMeeting();
      await pay((shares.get('DEU') as Share).id, { amount: '30000.00' });
      await setEstimate(meetingId, { lines: [{ description: 'Actual cost', amount: '50000.00' }] });
      const reissued = await issue(meetingId);
      const germany = expectResult(reissued, 'MutationIssueCostSharesSuccess').costShareIssue.shares.edges.find(
        ({ node }) => node.state.iso3 === 'DEU',
      )?.node;
      // Germany's share of CHF 50,000 is 18225.47: it has paid more than that, and holds a credit.
      expect(germany).toMatchObject({ amount: '18225.47', paid: '30000.00', outstanding: '0.00', credit: '11774.53' });
    });

    it('refuses an overpayment, naming what is outstanding, and a payment in another currency, of nothing, or dated after today', async () => {
      const { shares } = await issuedMeeting();
      const italy = shares.get('ITA') as Share;
      const over = await pay(italy.id, { amount: '19021.80' });
      expect(expectResult(over, 'ValidationError').issues).toEqual([
        {
          path: 'amount',
          message: 'Italy (ITA) has 19021.79 CHF outstanding; a payment of 19021.80 CHF would exceed it.',
        },
      ]);
      const wrong = await pay(italy.id, { amount: '0.00', currency: 'USD', receivedOn: '2023-10-03' });
      expect(expectResult(wrong, 'ValidationError').issues.map((issue) => issue.path)).toEqual([
        'amount',
        'currency',
        'receivedOn',
      ]);
      const holySee = await pay((shares.get('VAT') as Share).id, { amount: '10.00' });
      expect(expectResult(holySee, 'ValidationError').issues).toEqual([
        { path: 'amount', message: expect.stringContaining('has no assessed share to pay') },
      ]);
      expect(
        await prisma().payment.count({
          where: { costShare: { id: { in: [italy.id, (shares.get('VAT') as Share).id].map(databaseId) } } },
        }),
      ).toBe(0);
    });

    it('refuses a payment dated 1900-01-01 or before the meeting was convened, naming the date received', async () => {
      const { shares } = await issuedMeeting();
      const italy = shares.get('ITA') as Share;
      expect(await pay(italy.id, { amount: '100.00', receivedOn: '1900-01-01' })).toMatchObject({
        __typename: 'ValidationError',
        issues: [
          {
            path: 'receivedOn',
            message:
              'The date received cannot be before 2008-05-30, when the Convention was adopted; check the year (got 1900-01-01).',
          },
        ],
      });
      // The meeting was convened on 2023-03-21.
      expect(await pay(italy.id, { amount: '100.00', receivedOn: '2023-03-20' })).toMatchObject({
        __typename: 'ValidationError',
        issues: [
          {
            path: 'receivedOn',
            message: 'A payment cannot be received before the meeting was convened (2023-03-21); got 2023-03-20.',
          },
        ],
      });
      expect((await pay(italy.id, { amount: '100.00', receivedOn: '2023-03-21' })).__typename).toBe(
        'MutationRecordPaymentSuccess',
      );
      expect(await prisma().payment.count({ where: { costShareId: databaseId(italy.id) } })).toBe(1);
    });

    it('lets only the secretariat record a payment', async () => {
      const { shares } = await issuedMeeting();
      const swiss = shares.get('CHE') as Share;
      for (const actor of [actors.anonymous, actors.partner, actors.sameState]) {
        expect((await pay(swiss.id, { amount: '1.00' }, actor)).__typename, actor.label).toBe('ForbiddenError');
      }
      expect(await prisma().payment.count({ where: { costShareId: databaseId(swiss.id) } })).toBe(0);
    });

    it('reports a share that does not exist', async () => {
      expect(
        await pay(encodeGlobalID('CostShare', '00000000-0000-4000-8000-000000000000'), { amount: '1.00' }),
      ).toMatchObject({ __typename: 'NotFoundError', entity: 'CostShare' });
    });

    it('refuses a payment against a superseded share', async () => {
      const { meetingId, shares } = await issuedMeeting();
      await issue(meetingId);
      const stale = await pay((shares.get('FRA') as Share).id, { amount: '1.00' });
      expect(stale).toMatchObject({
        __typename: 'ConflictError',
        message: expect.stringContaining('superseded by version 2'),
      });
    });
  });

  describe('filters on the lists of shares (standing, State)', () => {
    const STANDINGS = ['PAID', 'PARTLY_PAID', 'UNPAID', 'UNASSESSED'] as const;
    async function issueShares(meetingId: string, variables: Omit<VariablesOf<typeof ISSUE_SHARES>, 'id'>) {
      const { body } = await api.graphql(ISSUE_SHARES, {
        variables: { id: meetingId, first: 100, ...variables },
        headers: actors.secretariat.headers,
      });
      return body;
    }

    async function shares(
      meetingId: string,
      filter: SchemaType<'CostShareFilter'> | null,
      page: { first?: number; after?: string | null } = {},
    ): Promise<SharesPage> {
      const body = await issueShares(meetingId, { filter, ...page });
      expect(body.errors).toBeUndefined();
      return expectResult(body.data!.node!, 'Meeting').costShares!.shares;
    }

    /** Switzerland paid in full, Germany in part, France, Italy and Brazil nothing; the Holy See has no rate. */
    async function meetingWithPayments() {
      const issued = await issuedMeeting();
      const swiss = issued.shares.get('CHE') as Share;
      await pay(swiss.id, { amount: swiss.amount! });
      await pay((issued.shares.get('DEU') as Share).id, { amount: '1000.00' });
      return issued;
    }

    it("lists an issue's shares in the standings asked, each showing that standing, and the standings together list every share once", async () => {
      const { meetingId } = await meetingWithPayments();
      const byStanding = Object.fromEntries(
        await Promise.all(
          STANDINGS.map(async (standing) => [standing, await shares(meetingId, { standing: [standing] })] as const),
        ),
      ) as Record<(typeof STANDINGS)[number], SharesPage>;
      expect(
        Object.fromEntries(
          STANDINGS.map((standing) => [standing, byStanding[standing].edges.map(({ node }) => node.state.iso3)]),
        ),
      ).toEqual({
        PAID: ['CHE'],
        PARTLY_PAID: ['DEU'],
        UNPAID: ['BRA', 'FRA', 'ITA'],
        UNASSESSED: ['VAT'],
      });
      for (const standing of STANDINGS) {
        expect(byStanding[standing].edges.every(({ node }) => node.standing === standing)).toBe(true);
        expect(byStanding[standing].totalCount).toBe(byStanding[standing].edges.length);
      }
      const all = await shares(meetingId, null);
      expect(all.edges.map(({ node }) => [node.state.iso3, node.standing]).sort()).toEqual(
        STANDINGS.flatMap((standing) =>
          byStanding[standing].edges.map(({ node }) => [node.state.iso3, standing]),
        ).sort(),
      );
      // The rule as the balance shows it: paid in full leaves nothing outstanding, unpaid has paid nothing.
      expect(byStanding.PAID.edges[0]?.node).toMatchObject({ outstanding: '0.00' });
      expect(byStanding.PARTLY_PAID.edges[0]?.node).toMatchObject({ paid: '1000.00' });
      expect(byStanding.UNASSESSED.edges[0]?.node).toMatchObject({ outstanding: null });
    });

    it('pages through the shares with something outstanding with cursors, counting all of them on every page', async () => {
      const { meetingId } = await meetingWithPayments();
      const outstanding: SchemaType<'CostShareFilter'> = { standing: ['PARTLY_PAID', 'UNPAID'] };
      const seen: string[] = [];
      for await (const page of pagesOf((after) => shares(meetingId, outstanding, { first: 2, after }))) {
        expect(page.totalCount).toBe(4);
        seen.push(...page.edges.map(({ node }) => node.state.iso3));
      }
      // In the list's order, alphabetical by English name.
      expect(seen).toEqual(['BRA', 'FRA', 'DEU', 'ITA']);
    });

    it('filters by State (ISO code, any case), alone and with a standing and assessed; an unknown code lists nothing', async () => {
      const { meetingId } = await meetingWithPayments();
      const iso3s = async (filter: SchemaType<'CostShareFilter'>) =>
        (await shares(meetingId, filter)).edges.map(({ node }) => node.state.iso3);
      expect(await iso3s({ state: ' che ' })).toEqual(['CHE']);
      expect(await iso3s({ state: 'CHE', standing: ['PAID'] })).toEqual(['CHE']);
      expect(await iso3s({ state: 'CHE', standing: ['UNPAID', 'PARTLY_PAID'] })).toEqual([]);
      expect(await iso3s({ state: 'VAT', assessed: true })).toEqual([]);
      expect(await iso3s({ assessed: false })).toEqual(['VAT']);
      expect(await iso3s({ state: 'XYZ' })).toEqual([]);
    });

    it("counts a payment against an earlier issue in the re-issued share's standing, in the filter and the field alike", async () => {
      const { meetingId, shares: first } = await meetingWithPayments();
      await setEstimate(meetingId, { lines: [{ description: 'Actual cost', amount: '50000.00' }] });
      expect((await issue(meetingId)).__typename).toBe('MutationIssueCostSharesSuccess');
      // Switzerland paid its first share in full (6764.10), more than its new one: the new share is paid.
      expect(
        (await shares(meetingId, { standing: ['PAID'] })).edges.map(({ node }) => [node.state.iso3, node.standing]),
      ).toEqual([['CHE', 'PAID']]);
      const swiss = await api.graphql(STATE_SHARES, {
        variables: { iso3: 'CHE', filter: { standing: ['PAID'], includeSuperseded: true } },
        headers: actors.secretariat.headers,
      });
      const paidShares = swiss.body.data!.state!.costShares.edges.map(({ node }) => node);
      expect(paidShares.map((share) => share.id)).toEqual(expect.arrayContaining([(first.get('CHE') as Share).id]));
      expect(paidShares.every((share) => share.standing === 'PAID')).toBe(true);
      expect(paidShares.some((share) => share.issue.superseded)).toBe(true);
    });

    it("lists a State's shares by standing, agreeing with each share's standing, current issues only unless asked", async () => {
      await meetingWithPayments();
      const read = async (filter: SchemaType<'StateCostShareFilter'> | null) => {
        const { body } = await api.graphql(STATE_SHARES, {
          variables: { iso3: 'DEU', filter },
          headers: actors.partner.headers,
        });
        expect(body.errors).toBeUndefined();
        return body.data!.state!.costShares;
      };
      const current = await read(null);
      expect(current.edges.every(({ node }) => !node.issue.superseded)).toBe(true);
      for (const standing of STANDINGS) {
        const listed = await read({ standing: [standing] });
        expect(listed.edges.map(({ node }) => node.id).sort()).toEqual(
          current.edges
            .filter(({ node }) => node.standing === standing)
            .map(({ node }) => node.id)
            .sort(),
        );
        expect(listed.totalCount).toBe(listed.edges.length);
      }
      expect((await read({ includeSuperseded: true })).totalCount).toBeGreaterThanOrEqual(current.totalCount);
    });

    it('refuses an empty standing list, a State that is not a three-letter code and a standing the API does not have, with BAD_USER_INPUT', async () => {
      const { meetingId } = await meetingWithPayments();
      const empty = await issueShares(meetingId, { filter: { standing: [] } });
      expect(empty.errors).toEqual([
        expect.objectContaining({
          message:
            'filter.standing: name at least one standing (PAID, PARTLY_PAID, UNPAID, UNASSESSED), or leave it out to list shares in any standing.',
          extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }),
        }),
      ]);
      const notACode = await issueShares(meetingId, { filter: { state: 'Switzerland' } });
      expect(notACode.errors).toEqual([
        expect.objectContaining({
          message:
            'filter.state: expected a State\'s ISO 3166-1 alpha-3 code, three letters such as "NGA"; got "Switzerland".',
          extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }),
        }),
      ]);
      // A standing the schema does not have, sent as the document's plain text: its typed variables would not take it.
      const unknownStanding = await api.graphql(textOf(ISSUE_SHARES), {
        variables: { id: meetingId, first: 100, filter: { standing: ['SETTLED'] } },
        headers: actors.secretariat.headers,
      });
      expect(unknownStanding.body.errors).toEqual([
        expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) }),
      ]);
      const stateList = await api.graphql(STATE_SHARES, {
        variables: { iso3: 'CHE', filter: { standing: [] } },
        headers: actors.secretariat.headers,
      });
      expect(stateList.body.errors).toEqual([
        expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) }),
      ]);
    });

    it('reads an unfiltered list in as many statements as before (9 with the session and the balances), and one filtered by standing in one more', async () => {
      const { meetingId } = await meetingWithPayments();
      const unfiltered = await counter.count(() => issueShares(meetingId, { filter: null }));
      const byState = await counter.count(() => issueShares(meetingId, { filter: { state: 'CHE', assessed: true } }));
      const byStanding = await counter.count(() => issueShares(meetingId, { filter: { standing: ['UNPAID'] } }));
      expect(unfiltered).toBe(9);
      expect(byState).toBe(unfiltered);
      expect(byStanding).toBe(unfiltered + 1);
    });
  });

  it('records the signed-in officer who set the estimate, issued the shares and recorded a payment, as the audit trail does', async () => {
    const { meetingId, issue: issued, shares } = await issuedMeeting();
    const payment = await pay((shares.get('CHE') as Share).id, { amount: '100.00' });
    expect(payment.__typename).toBe('MutationRecordPaymentSuccess');
    const officer = await prisma().user.findUniqueOrThrow({ where: { email: 'secretariat@plenary.test' } });
    const estimate = await prisma().costEstimate.findFirstOrThrow({ where: { meetingId: databaseId(meetingId) } });
    const issue = await prisma().costShareIssue.findUniqueOrThrow({ where: { id: databaseId(issued.id) } });
    const recorded = await prisma().payment.findFirstOrThrow({ where: { costShare: { issueId: issue.id } } });
    expect([estimate.createdById, issue.issuedById, recorded.recordedById]).toEqual([
      officer.id,
      officer.id,
      officer.id,
    ]);
    const audit = await prisma().auditEvent.findMany({
      where: { entityId: { in: [estimate.id, issue.id, recorded.id] } },
    });
    expect(audit.map((event) => event.actorUserId)).toEqual([officer.id, officer.id, officer.id]);
  });
});

function databaseId(globalId: string): string {
  return Buffer.from(globalId, 'base64').toString().split(':')[1] ?? '';
}
