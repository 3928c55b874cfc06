import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { parse } from 'graphql';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPlenaryClient, MeDocument, PlenaryGraphQLError, PlenaryHttpError, withRetry } from '../src/index.ts';

const THROTTLED = {
  errors: [{ message: 'Too many requests: try again in 7 seconds.', extensions: { code: 'RATE_LIMITED' } }],
};
const ME = { data: { me: null } };

/** A server that answers the given responses in turn, and records when each request came. */
function scriptedServer(responses: { status: number; body: unknown; retryAfter?: string }[]) {
  const requestTimes: number[] = [];
  const fetch = vi.fn(async () => {
    requestTimes.push(Date.now());
    const next = responses.shift();
    if (!next) throw new Error('no more scripted responses');
    return new Response(JSON.stringify(next.body), {
      status: next.status,
      headers: {
        'content-type': 'application/graphql-response+json',
        ...(next.retryAfter && { 'retry-after': next.retryAfter }),
      },
    });
  });
  const client = createPlenaryClient({ url: 'https://plenary.example.org/graphql', fetch, persistedQueries: false });
  return { client, fetch, requestTimes };
}

describe('a throttled request', () => {
  beforeEach(() => vi.useFakeTimers({ now: new Date('2026-12-04T10:00:00Z') }));
  afterEach(() => vi.useRealTimers());

  it('throws PlenaryHttpError with the status, Retry-After and the error code, not a GraphQL error', async () => {
    const { client } = scriptedServer([{ status: 429, body: THROTTLED, retryAfter: '7' }]);
    const error = await client.request(MeDocument).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(PlenaryHttpError);
    expect(error).not.toBeInstanceOf(PlenaryGraphQLError);
    expect(error).toMatchObject({ status: 429, retryAfterSeconds: 7, code: 'RATE_LIMITED' });
  });

  it('reads Retry-After given as an HTTP date', async () => {
    const { client } = scriptedServer([
      { status: 503, body: 'unavailable', retryAfter: 'Fri, 04 Dec 2026 10:00:30 GMT' },
    ]);
    await expect(client.request(MeDocument)).rejects.toMatchObject({ status: 503, retryAfterSeconds: 30 });
  });

  it('is sent again by withRetry after the seconds the server asked for, and then succeeds', async () => {
    const { client, requestTimes } = scriptedServer([
      { status: 429, body: THROTTLED, retryAfter: '7' },
      { status: 200, body: ME },
    ]);
    const result = withRetry(() => client.request(MeDocument));
    await vi.advanceTimersByTimeAsync(7_000);
    await expect(result).resolves.toEqual({ me: null });
    expect(requestTimes[1]! - requestTimes[0]!).toBe(7_000);
  });

  it('backs off 1 s, then 2 s when the server sends no Retry-After, and gives up after the attempts allowed', async () => {
    const { client, requestTimes } = scriptedServer([
      { status: 503, body: 'down' },
      { status: 503, body: 'down' },
      { status: 503, body: 'down' },
    ]);
    const result = withRetry(() => client.request(MeDocument), { attempts: 3 }).catch((caught: unknown) => caught);
    await vi.advanceTimersByTimeAsync(3_000);
    expect(await result).toMatchObject({ status: 503 });
    expect(requestTimes.map((time) => time - requestTimes[0]!)).toEqual([0, 1_000, 3_000]);
  });

  it('is not retried when the server asks for a longer wait than the caller allows', async () => {
    const { client, fetch } = scriptedServer([{ status: 429, body: THROTTLED, retryAfter: '120' }]);
    await expect(withRetry(() => client.request(MeDocument), { maxDelaySeconds: 60 })).rejects.toMatchObject({
      status: 429,
      retryAfterSeconds: 120,
    });
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('never retries a GraphQL error: the operation ran', async () => {
    const { client, fetch } = scriptedServer([
      { status: 200, body: { errors: [{ message: 'Not signed in', extensions: { code: 'UNAUTHENTICATED' } }] } },
    ]);
    await expect(withRetry(() => client.request(MeDocument))).rejects.toBeInstanceOf(PlenaryGraphQLError);
    expect(fetch).toHaveBeenCalledTimes(1);
  });
});

const UNAVAILABLE = {
  errors: [{ message: 'The database is out of reach for a moment.', extensions: { code: 'DATABASE_UNAVAILABLE' } }],
};
const PAYMENT = { data: { recordPayment: { __typename: 'MutationRecordPaymentSuccess' } } };

type RecordPaymentVariables = {
  costShareId: string;
  input: { amount: string; currency: string; receivedOn: string };
  idempotencyKey?: string;
};
// A partner's own codegen output, as client.request takes it.
const RecordPaymentDocument: TypedDocumentNode<typeof PAYMENT.data, RecordPaymentVariables> = parse(`
  mutation RecordPayment($costShareId: ID!, $input: RecordPaymentInput!, $idempotencyKey: String) {
    recordPayment(costShareId: $costShareId, input: $input, idempotencyKey: $idempotencyKey) { __typename }
  }
`);
const PAYMENT_VARIABLES = {
  costShareId: 'Q29zdFNoYXJlOjE=',
  input: { amount: '1200.00', currency: 'CHF', receivedOn: '2023-09-01' },
};

describe('a mutation answered 503', () => {
  beforeEach(() => vi.useFakeTimers({ now: new Date('2026-12-04T10:00:00Z') }));
  afterEach(() => vi.useRealTimers());

  it('is not sent again without an idempotency key, since it may have been saved before the answer was lost', async () => {
    const { client, fetch } = scriptedServer([
      { status: 503, body: UNAVAILABLE, retryAfter: '2' },
      { status: 200, body: PAYMENT },
    ]);
    const error = await withRetry(() => client.request(RecordPaymentDocument, PAYMENT_VARIABLES)).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(PlenaryHttpError);
    expect(error).toMatchObject({ status: 503, retryable: false, operation: { type: 'mutation', idempotent: false } });
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('is sent again with its idempotency key, which the server records once', async () => {
    const { client, fetch } = scriptedServer([
      { status: 503, body: UNAVAILABLE, retryAfter: '2' },
      { status: 200, body: PAYMENT },
    ]);
    const result = withRetry(() =>
      client.request(RecordPaymentDocument, { ...PAYMENT_VARIABLES, idempotencyKey: 'payment-2023-09-01-chf' }),
    );
    await vi.advanceTimersByTimeAsync(2_000);
    await expect(result).resolves.toEqual(PAYMENT.data);
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('is sent again when the key is written in the document', async () => {
    const document: TypedDocumentNode<typeof PAYMENT.data, Omit<RecordPaymentVariables, 'idempotencyKey'>> = parse(`
      mutation RecordPayment($costShareId: ID!, $input: RecordPaymentInput!) {
        recordPayment(costShareId: $costShareId, input: $input, idempotencyKey: "payment-2023-09-01-chf") { __typename }
      }
    `);
    const { client } = scriptedServer([{ status: 503, body: UNAVAILABLE, retryAfter: '2' }]);
    await expect(client.request(document, PAYMENT_VARIABLES)).rejects.toMatchObject({
      retryable: true,
      operation: { type: 'mutation', idempotent: true },
    });
  });

  it('is sent again after a 429 even without a key: a rate-limited request never ran', async () => {
    const { client, fetch } = scriptedServer([
      { status: 429, body: THROTTLED, retryAfter: '3' },
      { status: 200, body: PAYMENT },
    ]);
    const result = withRetry(() => client.request(RecordPaymentDocument, PAYMENT_VARIABLES));
    await vi.advanceTimersByTimeAsync(3_000);
    await expect(result).resolves.toEqual(PAYMENT.data);
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it("tells a query from a mutation in the SDK's own text documents", async () => {
    const { client } = scriptedServer([{ status: 503, body: UNAVAILABLE }]);
    await expect(client.request(MeDocument)).rejects.toMatchObject({
      retryable: true,
      operation: { type: 'query', idempotent: false },
    });
  });
});
