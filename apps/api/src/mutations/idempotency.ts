import { createHash } from 'node:crypto';
import { ConflictError, ForbiddenError, ValidationError } from '@plenary/domain';
import type { Context, Viewer } from '../context.ts';
import type { TransactionClient } from './audit.ts';

// Idempotency keys (the `Idempotency-Key` convention of payment APIs, as a mutation argument so that each mutation
// of a request has its own): a client that lost the answer to a mutation creating a record sends it again with the
// same key, and gets the record the first one created instead of a second record. The key is claimed in the
// mutation's own transaction before its work, so concurrent retries wait for the first and then replay it, and a
// request that fails leaves its key unused. Keys are kept 24 hours, as Stripe keeps them: long enough for any retry,
// short enough that the table holds about a day of mutations.

export const IDEMPOTENCY_KEY_MAX_LENGTH = 255;
export const IDEMPOTENCY_KEY_LIFETIME_HOURS = 24;
const IDEMPOTENCY_KEY_LIFETIME_MS = IDEMPOTENCY_KEY_LIFETIME_HOURS * 60 * 60 * 1000;
/** Expired keys one claim deletes at most: claims outnumber expiries, so the table stays pruned at a bounded cost per mutation. */
export const EXPIRED_KEYS_PRUNED_PER_CLAIM = 100;

export const IDEMPOTENCY_KEY_DESCRIPTION =
  'A key of your choosing, unique to this request (a UUID, say), as in the Idempotency-Key convention. Sent again with the same key and the same arguments ' +
  '(a retry after a lost answer), the mutation returns what the first one created instead of creating it again; the same key with other arguments is a ConflictError. ' +
  `Keys belong to the signed-in user or API key that sent them and are kept ${IDEMPOTENCY_KEY_LIFETIME_HOURS} hours: retry within that time; ` +
  'after it, the same key is a new request and creates anew.';

export interface IdempotentRequest {
  /** The mutation, e.g. "recordPayment": the same key may serve different mutations. */
  operation: string;
  key: string | null | undefined;
  /** The mutation's arguments but the key: what a retry must repeat exactly. */
  arguments: Record<string, unknown>;
}

export interface IdempotencyClaim {
  /** What the first request with this key created: return it again instead of creating anything. */
  firstCreatedId: string | null;
  /** Records what this request created under its key; call it in the same transaction, once created. */
  created: (id: string) => Promise<void>;
}

/**
 * Claims a mutation's idempotency key, as the first thing in its transaction. Without a key there is nothing to
 * claim: the mutation creates. With a key the same caller used before for the same mutation and arguments in the last
 * 24 hours, the claim names what the first request created; with other arguments it is a ConflictError.
 */
export async function claimIdempotencyKey(options: {
  tx: TransactionClient;
  actor: Pick<Context, 'viewer'>;
  now: Date;
  request: IdempotentRequest;
}): Promise<IdempotencyClaim> {
  const { tx: transaction, actor, now, request } = options;
  const key = request.key;
  if (key === null || key === undefined) return { firstCreatedId: null, created: async () => {} };
  if (key.length === 0 || key.length > IDEMPOTENCY_KEY_MAX_LENGTH || key.trim() !== key) {
    throw new ValidationError({
      issues: [
        {
          path: 'idempotencyKey',
          message: `The idempotency key must be 1 to ${IDEMPOTENCY_KEY_MAX_LENGTH} characters, without spaces around it.`,
        },
      ],
    });
  }
  const slot = { caller: callerOf(actor.viewer), operation: request.operation, key };
  const requestHash = hashOf(request.arguments);
  const expiredBefore = new Date(now.getTime() - IDEMPOTENCY_KEY_LIFETIME_MS);
  // This key's own expired use first, so that the key is free to claim again; then a bounded batch of others.
  await transaction.idempotencyKey.deleteMany({ where: { ...slot, createdAt: { lt: expiredBefore } } });
  await pruneExpiredKeys({ transaction, expiredBefore });
  // ON CONFLICT DO NOTHING: while another transaction holds the same key uncommitted, this waits for its outcome.
  const claimed = await transaction.idempotencyKey.createMany({
    data: [{ ...slot, requestHash, createdAt: now }],
    skipDuplicates: true,
  });
  if (claimed.count === 0) {
    const first = await transaction.idempotencyKey.findUniqueOrThrow({ where: { caller_operation_key: slot } });
    if (first.requestHash !== requestHash) {
      throw new ConflictError({
        message: `The idempotency key "${key}" was sent before with other arguments to ${request.operation}. Use a new key for a new request.`,
      });
    }
    if (first.entityId === null)
      throw new Error('unreachable: a committed idempotency key names what its request created');
    return { firstCreatedId: first.entityId, created: async () => {} };
  }
  return {
    firstCreatedId: null,
    created: async (id) => {
      await transaction.idempotencyKey.update({ where: { caller_operation_key: slot }, data: { entityId: id } });
    },
  };
}

/**
 * Deletes the oldest expired keys, at most EXPIRED_KEYS_PRUNED_PER_CLAIM, through the createdAt index. Rows another
 * claim is deleting are skipped rather than waited for, so concurrent mutations never queue behind the prune.
 * createdAt holds UTC without a zone, which is what an ISO string cast to timestamp reads as.
 */
async function pruneExpiredKeys(options: { transaction: TransactionClient; expiredBefore: Date }): Promise<void> {
  await options.transaction.$executeRaw`
    DELETE FROM "IdempotencyKey" WHERE "id" IN (
      SELECT "id" FROM "IdempotencyKey" WHERE "createdAt" < ${options.expiredBefore.toISOString()}::timestamp(3)
      ORDER BY "createdAt" LIMIT ${EXPIRED_KEYS_PRUNED_PER_CLAIM} FOR UPDATE SKIP LOCKED
    )`;
}

function callerOf(viewer: Viewer): string {
  if (viewer.kind === 'user') return `user:${viewer.user.id}`;
  if (viewer.kind === 'apiKey') return `apiKey:${viewer.apiKey.id}`;
  throw new ForbiddenError({
    message: 'Sign in to use an idempotency key: keys belong to the user or API key that sends them.',
  });
}

/** sha256 of the arguments as JSON with every object's keys sorted, so that the order a client sends them in does not count. */
function hashOf(value: unknown): string {
  return createHash('sha256')
    .update(JSON.stringify(sortedKeys(value)))
    .digest('hex');
}

function sortedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortedKeys);
  const prototype: unknown = value !== null && typeof value === 'object' ? Object.getPrototypeOf(value) : undefined;
  if (value !== null && typeof value === 'object' && (prototype === Object.prototype || prototype === null)) {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((name) => [name, sortedKeys((value as Record<string, unknown>)[name])]),
    );
  }
  return value;
}
