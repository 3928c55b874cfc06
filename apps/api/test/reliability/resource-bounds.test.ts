import type { PrismaClient } from '@plenary/db';
import { testBackends } from '@plenary/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_QUERY_LIMITS } from '../../src/security/query-limits.ts';
import { createActors, type Actors } from '../support/actors.ts';
import { startApi, type ApiFixture } from '../support/api-fixture.ts';
import { createMeeting } from '../support/factories.ts';
import { createQueryCounter } from '../support/query-counter.ts';

// What one request may make the database do: expensive fields are priced by their work (security/query-cost.ts),
// so the cost limit refuses a request before any statement is sent, and what it lets through reads by IDs.

const NOTICES = `query ($firstCode: String!, $secondCode: String!, $size: Int!) {
  first: meetingByCode(code: $firstCode) { costShares { shares(first: $size) { edges { node { state { iso3 } assessmentNotice { content } } } } } }
  second: meetingByCode(code: $secondCode) { costShares { shares(first: $size) { edges { node { state { iso3 } assessmentNotice { content } } } } } }
}`;

interface NoticePage {
  costShares: { shares: { edges: { node: { state: { iso3: string }; assessmentNotice: { content: string } } }[] } };
}

/** A meeting whose shares are issued to `states`, each with one payment referenced `<meeting>-<ISO3>`. */
async function createIssuedShares(
  prisma: PrismaClient,
  code: string,
  number: number,
  states: { id: string; iso3: string }[],
): Promise<void> {
  const office = await prisma.office.findFirstOrThrow();
  const meeting = await createMeeting(prisma, { code, number, secretariatOfficeId: office.id });
  const scale = await prisma.assessmentScale.findUniqueOrThrow({ where: { name: '2022-2024' } });
  const estimate = await prisma.costEstimate.create({
    data: { meetingId: meeting.id, kind: 'ESTIMATE', version: 1, currency: 'USD', total: '100000.00' },
  });
  const issue = await prisma.costShareIssue.create({
    data: {
      meetingId: meeting.id,
      version: 1,
      estimateId: estimate.id,
      scaleId: scale.id,
      payerRule: 'STATES_PARTIES_AND_PARTICIPATING_NON_PARTIES',
      ceilingAndFloorReapplied: false,
      currency: 'USD',
      total: '100000.00',
    },
  });
  await prisma.costShare.createMany({
    data: states.map((state) => ({
      issueId: issue.id,
      stateId: state.id,
      ratePercent: '0.010',
      sharePercent: '1.000000000',
      amount: '1000.00',
      assessed: true,
    })),
  });
  const shares = await prisma.costShare.findMany({
    where: { issueId: issue.id },
    include: { state: { select: { iso3: true } } },
  });
  await prisma.payment.createMany({
    data: shares.map((share) => ({
      costShareId: share.id,
      receivedOn: new Date('2023-07-03T00:00:00Z'),
      amount: '400.00',
      currency: 'USD',
      reference: `${code}-${share.state.iso3}`,
    })),
  });
}

describe.each(testBackends())('assessment notices in bulk on %s', (backend) => {
  const counter = createQueryCounter();
  let api: ApiFixture;
  let actors: Actors;

  beforeAll(async () => {
    api = await startApi({ backend, onQuery: counter.onQuery });
    actors = await createActors(api, { stateIso3: 'CHE', otherStateIso3: 'AUT' });
    const prisma = api.database.prisma;
    const states = await prisma.state.findMany({
      orderBy: { nameEn: 'asc' },
      take: 100,
      select: { id: true, iso3: true },
    });
    await createIssuedShares(prisma, 'BULK-A', 31, states);
    await createIssuedShares(prisma, 'BULK-B', 32, states);
  });
  afterAll(() => api?.close());

  const notices = (size: number) =>
    api.graphql<{ first: NoticePage; second: NoticePage }>(NOTICES, {
      variables: { firstCode: 'BULK-A', secondCode: 'BULK-B', size },
      headers: actors.secretariat.headers,
    });

  it('loads the payments of every notice by meeting and State IDs, in as many statements for 100 notices as for 10', async () => {
    const statementsFor = async (size: number) => {
      let body: Awaited<ReturnType<typeof notices>>['body'] | undefined;
      const count = await counter.count(async () => {
        body = (await notices(size)).body;
      });
      expect(body?.errors).toBeUndefined();
      // Each notice has its own payment, none of another meeting's or State's.
      for (const [page, code] of [
        [body!.data!.first, 'BULK-A'],
        [body!.data!.second, 'BULK-B'],
      ] as const) {
        expect(page.costShares.shares.edges).toHaveLength(size);
        for (const { node } of page.costShares.shares.edges) {
          const references = [...node.assessmentNotice.content.matchAll(/BULK-[AB]-[A-Z]{3}/g)].map(
            (match) => match[0],
          );
          expect(references).toEqual([`${code}-${node.state.iso3}`]);
        }
      }
      return { count, statements: counter.statements() };
    };
    const few = await statementsFor(5);
    const many = await statementsFor(50);
    expect(many.count).toBe(few.count);
    const paymentQueries = many.statements.filter((statement) => /FROM "public"\."Payment"/.test(statement));
    // One batch, or one per meeting when the two pages resolve apart (as on a Postgres server).
    expect(paymentQueries.length).toBeGreaterThanOrEqual(1);
    expect(paymentQueries.length).toBeLessThanOrEqual(2);
    for (const statement of paymentQueries) {
      // One condition per (meeting, State) pair was what made the database plan and hold a thousand of them.
      expect(statement).not.toMatch(/\bOR\b/);
      expect(statement).toMatch(/"stateId" IN \(|"stateId" = ANY/);
    }
  });

  it('refuses more notices than the cost limit allows before reading a meeting, share or payment', async () => {
    // Two pages of 100 notices: 200 renderings, each priced as the work it is.
    let response: Awaited<ReturnType<typeof notices>> | undefined;
    await counter.count(async () => {
      response = await notices(100);
    });
    expect(response!.status).toBe(400);
    expect(response!.body.errors?.[0]).toMatchObject({
      extensions: { code: 'QUERY_TOO_COSTLY' },
      message: expect.stringMatching(new RegExp(`more than the limit of ${DEFAULT_QUERY_LIMITS.maxCost}`)),
    });
    // Only the caller's session was looked up.
    expect(
      counter.statements().filter((statement) => /"(Meeting|CostShare|CostShareIssue|Payment)"/.test(statement)),
    ).toEqual([]);
  });
});
