import type { PrismaClient } from '@plenary/db';
import { testBackends } from '@plenary/db/testing';
import { decodeGlobalID, encodeGlobalID } from '@pothos/plugin-relay';
import { buildClientSchema, getIntrospectionQuery, type IntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXPIRED_KEYS_PRUNED_PER_CLAIM, IDEMPOTENCY_KEY_LIFETIME_HOURS } from '../../src/mutations/idempotency.ts';
import { graphql, type ResultOf, type SchemaType } from '../support/graphql.ts';
import { createActors, createUser, signIn, type Actors } from '../support/actors.ts';
import { startApi, type ApiFixture } from '../support/api-fixture.ts';
import { expectData, expectResult } from '../support/expect-result.ts';
import { createMeeting } from '../support/factories.ts';

// Retries of mutations that create records (apps/api/src/mutations/idempotency.ts): the same idempotency key and
// arguments record once and answer with the first record; the same key with other arguments is a conflict.

const RECORD_PAYMENT = graphql(`
  mutation IdempotencyRecordPayment($costShareId: ID!, $input: RecordPaymentInput!, $key: String) {
    recordPayment(costShareId: $costShareId, input: $input, idempotencyKey: $key) {
      __typename
      ... on MutationRecordPaymentSuccess { payment { id amount reference } }
      ... on ValidationError { issues { path message } }
      ... on Error { message }
    }
  }
`);

const SET_ESTIMATE = graphql(`
  mutation IdempotencySetEstimate($meetingId: ID!, $input: SetCostEstimateInput!, $key: String) {
    setCostEstimate(meetingId: $meetingId, input: $input, idempotencyKey: $key) {
      __typename
      ... on MutationSetCostEstimateSuccess { costEstimate { id version } }
      ... on Error { message }
    }
  }
`);

let meetingNumber = 30;

/** A meeting with an issued share of 1,000.00 USD for Switzerland; returns the meeting's and the share's IDs. */
async function createShare(prisma: PrismaClient): Promise<{ meetingId: string; costShareId: string }> {
  meetingNumber += 1;
  const meeting = await createMeeting(prisma, { number: meetingNumber, convenedOn: new Date('2023-03-21T00:00:00Z') });
  const scale = await prisma.assessmentScale.findUniqueOrThrow({ where: { name: '2022-2024' } });
  const switzerland = await prisma.state.findUniqueOrThrow({ where: { iso3: 'CHE' } });
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
  const share = await prisma.costShare.create({
    data: {
      issueId: issue.id,
      stateId: switzerland.id,
      ratePercent: '1.134',
      sharePercent: '1.000000000',
      amount: '1000.00',
      assessed: true,
    },
  });
  return { meetingId: encodeGlobalID('Meeting', meeting.id), costShareId: encodeGlobalID('CostShare', share.id) };
}

const PAYMENT = { amount: '100.00', currency: 'USD', receivedOn: '2023-07-03', reference: 'CH-2023-1' };

describe.each(testBackends())('idempotency keys on %s', (backend) => {
  let api: ApiFixture;
  let actors: Actors;

  beforeAll(async () => {
    api = await startApi({ backend });
    actors = await createActors(api, { stateIso3: 'CHE', otherStateIso3: 'AUT' });
  });
  afterAll(() => api?.close());

  const pay = async (
    costShareId: string,
    key: string | null,
    input: SchemaType<'RecordPaymentInput'> = PAYMENT,
    headers = actors.secretariat.headers,
  ) =>
    expectData((await api.graphql(RECORD_PAYMENT, { variables: { costShareId, input, key }, headers })).body)
      .recordPayment;
  /** The payment a successful answer recorded; the test fails here on any other answer. */
  const paymentOf = (result: ResultOf<typeof RECORD_PAYMENT>['recordPayment']) =>
    expectResult(result, 'MutationRecordPaymentSuccess').payment;
  const paymentsOf = (costShareId: string) =>
    api.database.prisma.payment.count({ where: { costShareId: databaseId(costShareId) } });
  const auditedPayments = (paymentId: string) =>
    api.database.prisma.auditEvent.count({ where: { action: 'payment.record', entityId: databaseId(paymentId) } });

  it('records a payment retried with the same key once, and answers the retry with the first payment', async () => {
    const { costShareId } = await createShare(api.database.prisma);
    const first = await pay(costShareId, 'payment-2023-07-03-1');
    const retry = await pay(costShareId, 'payment-2023-07-03-1', {
      reference: 'CH-2023-1',
      receivedOn: '2023-07-03',
      currency: 'USD',
      amount: '100.00',
    });
    expect(first.__typename).toBe('MutationRecordPaymentSuccess');
    expect(retry).toEqual(first);
    expect(await paymentsOf(costShareId)).toBe(1);
    expect(await auditedPayments(paymentOf(first).id)).toBe(1);
  });

  it('records each request without a key, and each key apart', async () => {
    const { costShareId } = await createShare(api.database.prisma);
    await pay(costShareId, null);
    await pay(costShareId, null);
    await pay(costShareId, 'first');
    await pay(costShareId, 'second');
    expect(await paymentsOf(costShareId)).toBe(4);
  });

  it('refuses the same key with other arguments as a conflict, recording nothing', async () => {
    const { costShareId } = await createShare(api.database.prisma);
    await pay(costShareId, 'payment-a');
    const other = await pay(costShareId, 'payment-a', { ...PAYMENT, amount: '200.00' });
    expect(other).toEqual({
      __typename: 'ConflictError',
      message: expect.stringMatching(/idempotency key "payment-a" was sent before with other arguments/),
    });
    expect(await paymentsOf(costShareId)).toBe(1);
  });

  it('keeps each caller’s keys apart: another officer’s request with the same key is recorded', async () => {
    const { costShareId } = await createShare(api.database.prisma);
    await createUser(api.database.prisma, { email: `officer-${backend}@example.org`, role: 'SECRETARIAT' });
    const colleague = await signIn(api, `officer-${backend}@example.org`);
    const mine = await pay(costShareId, 'shared-key');
    const theirs = await pay(costShareId, 'shared-key', PAYMENT, colleague);
    expect(paymentOf(theirs).id).not.toBe(paymentOf(mine).id);
    expect(await paymentsOf(costShareId)).toBe(2);
  });

  it('refuses a blank or overlong key with a ValidationError naming it', async () => {
    const { costShareId } = await createShare(api.database.prisma);
    for (const key of ['', ' padded ', 'k'.repeat(256)]) {
      const result = await pay(costShareId, key);
      expect(result).toEqual({
        __typename: 'ValidationError',
        issues: [{ path: 'idempotencyKey', message: expect.stringMatching(/1 to 255 characters/) }],
        message: expect.any(String),
      });
    }
    expect(await paymentsOf(costShareId)).toBe(0);
  });

  it('records one payment for ten concurrent retries with one key, and answers each with it', async () => {
    const { costShareId } = await createShare(api.database.prisma);
    const results = await Promise.all(Array.from({ length: 10 }, () => pay(costShareId, 'concurrent-retry')));
    expect(new Set(results.map((result) => paymentOf(result).id)).size).toBe(1);
    expect(await paymentsOf(costShareId)).toBe(1);
    expect(await auditedPayments(paymentOf(results[0]!).id)).toBe(1);
  });

  describe(`after ${IDEMPOTENCY_KEY_LIFETIME_HOURS} hours`, () => {
    const HOUR_MS = 60 * 60 * 1000;
    /** Moves a key's first use back in time, as if it had been sent that many hours ago. */
    const sentHoursAgo = (key: string, hours: number) =>
      api.database.prisma.idempotencyKey.updateMany({
        where: { key },
        data: { createdAt: new Date(Date.now() - hours * HOUR_MS) },
      });

    it('says in the schema how long a key is kept', async () => {
      const { body } = await api.graphql<IntrospectionQuery>(getIntrospectionQuery());
      const keyArgument = buildClientSchema(expectData(body))
        .getMutationType()
        ?.getFields()
        .recordPayment?.args.find((argument) => argument.name === 'idempotencyKey');
      expect(keyArgument?.description).toMatch(/kept 24 hours/);
    });

    it(`replays a retry sent ${IDEMPOTENCY_KEY_LIFETIME_HOURS - 1} hours after the first request`, async () => {
      const { costShareId } = await createShare(api.database.prisma);
      const first = await pay(costShareId, 'retried-next-day');
      await sentHoursAgo('retried-next-day', IDEMPOTENCY_KEY_LIFETIME_HOURS - 1);
      expect(await pay(costShareId, 'retried-next-day')).toEqual(first);
      expect(await paymentsOf(costShareId)).toBe(1);
    });

    it('records a new payment for a key reused once it has expired, and keeps the key for the new one', async () => {
      const { costShareId } = await createShare(api.database.prisma);
      const first = await pay(costShareId, 'reused-after-expiry');
      await sentHoursAgo('reused-after-expiry', IDEMPOTENCY_KEY_LIFETIME_HOURS + 1);
      const second = await pay(costShareId, 'reused-after-expiry', { ...PAYMENT, amount: '250.00' });
      expect(second.__typename).toBe('MutationRecordPaymentSuccess');
      expect(paymentOf(second).id).not.toBe(paymentOf(first).id);
      expect(await paymentsOf(costShareId)).toBe(2);
      // The new use is the one a retry now replays.
      expect(await pay(costShareId, 'reused-after-expiry', { ...PAYMENT, amount: '250.00' })).toEqual(second);
      expect(await api.database.prisma.idempotencyKey.count({ where: { key: 'reused-after-expiry' } })).toBe(1);
    });

    it(`deletes expired keys of every caller when a key is claimed, the oldest ${EXPIRED_KEYS_PRUNED_PER_CLAIM} at a time, and keeps unexpired ones`, async () => {
      const prisma = api.database.prisma;
      const { costShareId } = await createShare(prisma);
      const expired = EXPIRED_KEYS_PRUNED_PER_CLAIM + 20;
      await prisma.idempotencyKey.createMany({
        data: Array.from({ length: expired }, (_, index) => ({
          caller: 'apiKey:00000000-0000-4000-8000-000000000001',
          operation: 'recordPayment',
          key: `expired-${index}`,
          requestHash: 'unused',
          createdAt: new Date(Date.now() - (IDEMPOTENCY_KEY_LIFETIME_HOURS + 1 + index) * HOUR_MS),
        })),
      });
      const stillValid = {
        caller: 'apiKey:00000000-0000-4000-8000-000000000001',
        operation: 'recordPayment',
        key: 'recent',
        requestHash: 'unused',
        createdAt: new Date(Date.now() - HOUR_MS),
      };
      await prisma.idempotencyKey.create({ data: stillValid });
      const expiredKeys = () =>
        prisma.idempotencyKey.findMany({
          where: { key: { startsWith: 'expired-' } },
          select: { key: true },
          orderBy: { createdAt: 'desc' },
        });

      await pay(costShareId, 'prunes-once');
      // The oldest were sent the most hours ago: the 20 newest expired keys are left for the next claim.
      expect((await expiredKeys()).map(({ key }) => key)).toEqual(
        Array.from({ length: 20 }, (_, index) => `expired-${index}`),
      );
      await pay(costShareId, 'prunes-twice');
      expect(await expiredKeys()).toEqual([]);
      expect(await prisma.idempotencyKey.count({ where: { key: 'recent' } })).toBe(1);
    });

    it('deletes no expired key when a mutation is sent without one', async () => {
      const prisma = api.database.prisma;
      const { costShareId } = await createShare(prisma);
      await prisma.idempotencyKey.create({
        data: {
          caller: 'user:x',
          operation: 'recordPayment',
          key: 'left-alone',
          requestHash: 'unused',
          createdAt: new Date(Date.now() - 48 * HOUR_MS),
        },
      });
      await pay(costShareId, null);
      expect(await prisma.idempotencyKey.count({ where: { key: 'left-alone' } })).toBe(1);
      await prisma.idempotencyKey.deleteMany({ where: { key: 'left-alone' } });
    });
  });

  it('sets one cost estimate version for a retried setCostEstimate', async () => {
    const { meetingId } = await createShare(api.database.prisma);
    const input = { currency: 'USD', lines: [{ description: 'Conference services', amount: '5000.00' }] };
    const set = async () =>
      expectData(
        (
          await api.graphql(SET_ESTIMATE, {
            variables: { meetingId, input, key: 'estimate-1' },
            headers: actors.secretariat.headers,
          })
        ).body,
      ).setCostEstimate;
    const [first, retry] = [await set(), await set()];
    expect(first.__typename).toBe('MutationSetCostEstimateSuccess');
    expect(retry).toEqual(first);
    // The share's own estimate is version 1; the retried one is version 2, set once.
    expect(expectResult(first, 'MutationSetCostEstimateSuccess').costEstimate.version).toBe(2);
    expect(await api.database.prisma.costEstimate.count({ where: { meetingId: databaseId(meetingId) } })).toBe(2);
  });
});

function databaseId(globalId: string): string {
  return decodeGlobalID(globalId).id;
}
