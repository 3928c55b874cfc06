import { postgresConnectionOptions, reportEndedConnections } from '@plenary/db';
import { GraphQLError } from 'graphql';
import pg from 'pg';
import type { Logger } from 'pino';
import {
  RateLimiterMemory,
  RateLimiterPostgres,
  RateLimiterRes,
  type RateLimiterAbstract,
} from 'rate-limiter-flexible';
import { hashSecret } from '../auth/tokens.ts';

declare module '../context.ts' {
  interface Context {
    /** Throttles password guessing per account and per address; absent when rate limits are off. */
    signInGuard?: SignInGuard;
    /** Throttles public applications to observe from the request's address; absent when rate limits are off. */
    publicApplicationGuard?: PublicApplicationGuard;
  }
}

export interface RateLimitRule {
  points: number;
  durationSeconds: number;
}

export type RateLimitStore = { kind: 'memory' } | { kind: 'postgres'; url: string };

export interface RateLimitSettings {
  /** Requests without credentials, and requests whose credentials were refused, per client address. */
  perAddress: RateLimitRule;
  /** Requests with a valid API key, per key (partners behind one address do not share a budget). */
  perApiKey: RateLimitRule;
  /** Requests with a valid session, per user (colleagues behind one address do not share a budget); left out: the default. */
  perUser?: RateLimitRule;
  /** Failed sign-ins and unknown API keys or session tokens, per client address. */
  failedCredentials: RateLimitRule;
  /** Failed sign-ins to one account, from wherever they come; left out: the default. */
  failedSignInsPerAccount?: RateLimitRule;
  /** Applications to observe made without an account, per client address; left out: the default. */
  publicApplications?: RateLimitRule;
  /** How much requested query cost one point of a request budget buys (see pointsForQueryCost); left out: the default. */
  queryCostPerPoint?: number;
  /** Postgres lets several API processes share the counters. */
  store: RateLimitStore;
}

export const DEFAULT_RATE_LIMITS: Required<Omit<RateLimitSettings, 'store' | 'queryCostPerPoint'>> = {
  perAddress: { points: 600, durationSeconds: 60 },
  perApiKey: { points: 1_200, durationSeconds: 60 },
  // The secretariat's admin app opens pages of up to 400 points (Contributions: 50 States with their meetings), so that
  // a user may open fifteen of those a minute; small queries spend a point each, as a partner's do.
  perUser: { points: 6_000, durationSeconds: 60 },
  // Generous, because an office or a partner's network often reaches us through one address; the per-account limit
  // below is what stops guessing of one password.
  failedCredentials: { points: 50, durationSeconds: 15 * 60 },
  failedSignInsPerAccount: { points: 10, durationSeconds: 15 * 60 },
  // A real organisation applies once a meeting; a few more cover typos and a second organisation behind one address.
  publicApplications: { points: 5, durationSeconds: 60 * 60 },
};

/**
 * As GitHub prices its GraphQL API (a point per hundred nodes a query may touch): a query as small as a State by its
 * code spends one point, a page of 100 items with ten fields each twelve.
 */
export const DEFAULT_QUERY_COST_PER_POINT = 100;

/** Whose budget a request spends: a valid API key's, a signed-in user's, or else its address's. */
export type RequestBucket =
  { kind: 'apiKey'; prefix: string } | { kind: 'user'; userId: string } | { kind: 'address'; address: string };

/**
 * The quota a request was counted against, as the RateLimit-Policy and RateLimit headers state it
 * (draft-ietf-httpapi-ratelimit-headers): `limit` points per `windowSeconds`, `remaining` of them left, all back in
 * `resetSeconds`.
 */
export interface Quota {
  policy: QuotaPolicy;
  limit: number;
  windowSeconds: number;
  remaining: number;
  resetSeconds: number;
}

/** The policies' names, as a client reads them in the headers. */
export type QuotaPolicy =
  'api-key' | 'user' | 'address' | 'failed-credentials' | 'account-sign-ins' | 'public-applications';

/** The least a request spends, when it arrives: a request that never gets as far as a query still counts. */
export const POINTS_PER_REQUEST = 1;

/** Points a query spends of its caller's budget: one per `queryCostPerPoint` of its requested cost, at least one. */
export function pointsForQueryCost(options: { requestedQueryCost: number; queryCostPerPoint: number }): number {
  return Math.max(POINTS_PER_REQUEST, Math.ceil(options.requestedQueryCost / options.queryCostPerPoint));
}

/** A counted request's standing, as the `rateLimit` field and `extensions.cost.rateLimit` show it. */
export interface RateLimitStatus {
  /** Points this request spent: POINTS_PER_REQUEST, what its query costs in points, or 0 when the guard refused it. */
  cost: number;
  limit: number;
  remaining: number;
  resetAt: Date;
}

export function rateLimitStatusOf(quota: Quota, cost: number): RateLimitStatus {
  return {
    cost,
    limit: quota.limit,
    remaining: quota.remaining,
    resetAt: new Date(Date.now() + quota.resetSeconds * 1000),
  };
}

/** A request that was counted and allowed, with what its bucket has left. */
export interface Allowed {
  allowed: true;
  quota: Quota;
}

/** A request that was refused: the client may try again after `retryAfterSeconds`. */
export interface Refused {
  allowed: false;
  message: string;
  retryAfterSeconds: number;
  quota: Quota;
}

export interface PublicApplicationGuard {
  /** Counts one application from this address; throws a 429 error when the address has applied too often. */
  consume(): Promise<void>;
}

export interface SignInGuard {
  /** Throws a 429 error when this address, or anyone signing in to this account, has failed too often to try again. */
  assertMayTry(email: string): Promise<void>;
  /** Counts a failed sign-in against the address and the account. */
  recordFailure(email: string): Promise<void>;
}

export interface RateLimits {
  /** How much requested query cost one point buys. */
  queryCostPerPoint: number;
  /** Counts a request's first point against its bucket; refused with a message and Retry-After once the bucket is spent. */
  consumeRequest(bucket: RequestBucket): Promise<Allowed | Refused>;
  /**
   * Counts `more` points against the bucket of a request whose query costs `points` in all (it spent the rest when it
   * arrived). Refused when the bucket has fewer left, and then they are given back.
   */
  consumeQueryPoints(bucket: RequestBucket, options: { more: number; points: number }): Promise<Allowed | Refused>;
  /** Counts an unknown API key or session token against the address; refused once the address has failed too often. */
  recordUnknownCredential(address: string): Promise<Allowed | Refused>;
  signInGuardFor(address: string): SignInGuard;
  publicApplicationGuardFor(address: string): PublicApplicationGuard;
  close(): Promise<void>;
}

const TABLE_NAME = 'rate_limits';
const POSTGRES_POOL_SIZE = 4;

export class RateLimitedError extends GraphQLError {
  constructor(message: string, retryAfterSeconds: number) {
    super(message, {
      extensions: {
        code: 'RATE_LIMITED',
        retryAfterSeconds,
        http: { status: 429, headers: new Map([['retry-after', String(retryAfterSeconds)]]) },
      },
    });
  }
}

function retryAfterSeconds(result: RateLimiterRes): number {
  return Math.max(1, secondsUntil(result));
}

/** Whole seconds until the bucket's window ends and its points are back. */
function secondsUntil(result: RateLimiterRes): number {
  return Math.max(0, Math.ceil(result.msBeforeNext / 1000));
}

type LimiterName = keyof typeof DEFAULT_RATE_LIMITS;

const POLICIES: Record<LimiterName, QuotaPolicy> = {
  perAddress: 'address',
  perApiKey: 'api-key',
  perUser: 'user',
  failedCredentials: 'failed-credentials',
  failedSignInsPerAccount: 'account-sign-ins',
  publicApplications: 'public-applications',
};

async function createLimiters(
  settings: RateLimitSettings,
  logger: Logger,
): Promise<Record<LimiterName, RateLimiterAbstract> & { close: () => Promise<void> }> {
  const rules: Record<LimiterName, RateLimitRule> = {
    perAddress: settings.perAddress,
    perApiKey: settings.perApiKey,
    perUser: settings.perUser ?? DEFAULT_RATE_LIMITS.perUser,
    failedCredentials: settings.failedCredentials,
    failedSignInsPerAccount: settings.failedSignInsPerAccount ?? DEFAULT_RATE_LIMITS.failedSignInsPerAccount,
    publicApplications: settings.publicApplications ?? DEFAULT_RATE_LIMITS.publicApplications,
  };
  const options = (name: string, rule: RateLimitRule) => ({
    keyPrefix: name,
    points: rule.points,
    duration: rule.durationSeconds,
  });
  if (settings.store.kind === 'memory') {
    const limiters = Object.fromEntries(
      Object.entries(rules).map(([name, rule]) => [name, new RateLimiterMemory(options(name, rule))]),
    );
    return { ...(limiters as Record<LimiterName, RateLimiterMemory>), close: async () => {} };
  }
  const pool = new pg.Pool({ ...postgresConnectionOptions(settings.store.url), max: POSTGRES_POOL_SIZE });
  reportEndedConnections(pool, (error) =>
    logger.warn({ err: error }, 'the database ended a connection of the rate limiter; the next count opens a new one'),
  );
  let tableCreated = false;
  const entries: [string, RateLimiterAbstract][] = [];
  // One at a time: the first creates the table, and concurrent CREATE TABLE IF NOT EXISTS can collide in Postgres.
  for (const [name, rule] of Object.entries(rules)) {
    let settle: (error?: Error) => void = () => {};
    const ready = new Promise<void>((resolve, reject) => {
      settle = (error) => (error ? reject(error) : resolve());
    });
    // The callback runs at once when the table exists, else once it is made.
    const limiter = new RateLimiterPostgres(
      {
        ...options(name, rule),
        storeClient: pool,
        storeType: 'pool',
        tableName: TABLE_NAME,
        tableCreated,
        clearExpiredByTimeout: true,
        // Counting goes on in memory while the database is unreachable.
        insuranceLimiter: new RateLimiterMemory(options(name, rule)),
      },
      (error?: Error) => settle(error),
    );
    await ready;
    tableCreated = true;
    entries.push([name, limiter]);
  }
  return { ...(Object.fromEntries(entries) as Record<LimiterName, RateLimiterAbstract>), close: () => pool.end() };
}

const BUCKETS = {
  apiKey: { limiter: 'perApiKey', who: 'this API key' },
  user: { limiter: 'perUser', who: 'your account' },
  address: { limiter: 'perAddress', who: 'your address' },
} as const satisfies Record<RequestBucket['kind'], { limiter: LimiterName; who: string }>;

function bucketKey(bucket: RequestBucket): string {
  if (bucket.kind === 'apiKey') return `key:${bucket.prefix}`;
  if (bucket.kind === 'user') return `user:${bucket.userId}`;
  return `address:${bucket.address}`;
}

// Hashed, so that the counters' table holds no e-mail addresses.
function accountKey(email: string): string {
  return `account:${hashSecret(email)}`;
}

/** Rate limits for the HTTP server, with their state in memory or in Postgres. */
export async function createRateLimits(settings: RateLimitSettings, logger: Logger): Promise<RateLimits> {
  const limiters = await createLimiters(settings, logger);

  /**
   * Counts `points` (one unless said); an unavailable store lets the request through rather than refusing everybody.
   * `giveBack`: a refusal returns the points it counted, so that the bucket keeps what it had left.
   */
  const consume = async (
    name: LimiterName,
    key: string,
    refusal: (refused: { seconds: number; remaining: number }) => string,
    { points = 1, giveBack = false }: { points?: number; giveBack?: boolean } = {},
  ): Promise<Allowed | Refused> => {
    const limiter = limiters[name];
    const quota = (remaining: number, resetSeconds: number): Quota => ({
      policy: POLICIES[name],
      limit: limiter.points,
      windowSeconds: limiter.duration,
      remaining,
      resetSeconds,
    });
    try {
      const result = await limiter.consume(key, points);
      return { allowed: true, quota: quota(result.remainingPoints, secondsUntil(result)) };
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) {
        logger.warn({ err: rejection, limiter: name }, 'rate limiter unavailable; letting the request through');
        return { allowed: true, quota: quota(limiter.points, limiter.duration) };
      }
      const seconds = retryAfterSeconds(rejection);
      let remaining = 0;
      if (giveBack) {
        remaining = Math.max(0, limiter.points - (rejection.consumedPoints - points));
        await limiter
          .reward(key, points)
          .catch((error: unknown) =>
            logger.warn({ err: error, limiter: name }, 'rate limiter unavailable; refused points not given back'),
          );
      }
      return {
        allowed: false,
        message: refusal({ seconds, remaining }),
        retryAfterSeconds: seconds,
        quota: quota(remaining, seconds),
      };
    }
  };

  /** The time until `key` may fail again, or null while it has failures to spare. */
  const lockedFor = async (name: LimiterName, key: string): Promise<number | null> => {
    const limiter = limiters[name];
    const result = await limiter.get(key).catch((error: unknown) => {
      logger.warn({ err: error, limiter: name }, 'rate limiter unavailable; not throttling sign-in attempts');
      return null;
    });
    return result && result.consumedPoints >= limiter.points ? retryAfterSeconds(result) : null;
  };

  const consumeRequest = (bucket: RequestBucket) => {
    const { limiter, who } = BUCKETS[bucket.kind];
    return consume(
      limiter,
      bucketKey(bucket),
      ({ seconds }) => `Too many requests from ${who}. Try again in ${seconds} seconds.`,
    );
  };

  const consumeQueryPoints = (bucket: RequestBucket, { more, points }: { more: number; points: number }) => {
    const { limiter, who } = BUCKETS[bucket.kind];
    const refusal = ({ seconds, remaining }: { seconds: number; remaining: number }) =>
      `This query costs ${points} points, more than the ${remaining} left to ${who} in this window. Try again in ${seconds} seconds, or ask for smaller pages (first/last) or fewer fields.`;
    return consume(limiter, bucketKey(bucket), refusal, { points: more, giveBack: true });
  };

  const recordUnknownCredential = (address: string) =>
    consume(
      'failedCredentials',
      `address:${address}`,
      ({ seconds }) => `Too many failed sign-ins or unknown keys from your address. Try again in ${seconds} seconds.`,
    );

  const signInGuardFor = (address: string): SignInGuard => ({
    assertMayTry: async (email) => {
      const fromAddress = await lockedFor('failedCredentials', `address:${address}`);
      if (fromAddress !== null) {
        throw new RateLimitedError(
          `Too many failed sign-ins or unknown keys from your address. Try again in ${fromAddress} seconds.`,
          fromAddress,
        );
      }
      // Per account, from anywhere: guessing one password from many addresses is stopped as well.
      const toAccount = await lockedFor('failedSignInsPerAccount', accountKey(email));
      if (toAccount !== null)
        throw new RateLimitedError(
          `Too many failed sign-ins to this account. Try again in ${toAccount} seconds.`,
          toAccount,
        );
    },
    recordFailure: async (email) => {
      const count = (name: LimiterName, key: string) =>
        limiters[name].consume(key).catch((rejection: unknown) => {
          if (!(rejection instanceof RateLimiterRes))
            logger.warn({ err: rejection, limiter: name }, 'rate limiter unavailable; failure not counted');
        });
      await Promise.all([
        count('failedCredentials', `address:${address}`),
        count('failedSignInsPerAccount', accountKey(email)),
      ]);
    },
  });

  const publicApplicationGuardFor = (address: string): PublicApplicationGuard => ({
    consume: async () => {
      const result = await consume(
        'publicApplications',
        `address:${address}`,
        ({ seconds }) => `Too many applications to observe from your address. Try again in ${seconds} seconds.`,
      );
      if (!result.allowed) throw new RateLimitedError(result.message, result.retryAfterSeconds);
    },
  });

  const queryCostPerPoint = settings.queryCostPerPoint ?? DEFAULT_QUERY_COST_PER_POINT;
  return {
    queryCostPerPoint,
    consumeRequest,
    consumeQueryPoints,
    recordUnknownCredential,
    signInGuardFor,
    publicApplicationGuardFor,
    close: limiters.close,
  };
}
