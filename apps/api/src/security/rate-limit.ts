import { reportEndedConnections } from '@plenary/db';
import type { RequestHandler } from 'express';
import { GraphQLError } from 'graphql';
import pg from 'pg';
import type { Logger } from 'pino';
import { RateLimiterMemory, RateLimiterPostgres, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { apiKeyPrefixOf } from '../auth/tokens.ts';

declare module '../context.ts' {
  interface Context {
    /** Throttles guessing of passwords and API keys from the request's address; absent when rate limits are off. */
    credentialGuard?: CredentialGuard;
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
  /** Requests without an API key, counted per client address. */
  perAddress: RateLimitRule;
  /** Requests with an API key, counted per key (partners behind one address do not share a budget). */
  perApiKey: RateLimitRule;
  /** Failed sign-ins and unknown API keys or session tokens, per client address. */
  failedCredentials: RateLimitRule;
  /** Applications to observe made without an account, per client address; left out: the default. */
  publicApplications?: RateLimitRule;
  /** Postgres lets several API processes share the counters. */
  store: RateLimitStore;
}

export const DEFAULT_RATE_LIMITS: Required<Omit<RateLimitSettings, 'store'>> = {
  perAddress: { points: 600, durationSeconds: 60 },
  perApiKey: { points: 1_200, durationSeconds: 60 },
  failedCredentials: { points: 20, durationSeconds: 15 * 60 },
  // A real organisation applies once a meeting; a few more cover typos and a second organisation behind one address.
  publicApplications: { points: 5, durationSeconds: 60 * 60 },
};

export interface PublicApplicationGuard {
  /** Counts one application from this address; throws a 429 error when the address has applied too often. */
  consume(): Promise<void>;
}

export interface CredentialGuard {
  /** Throws a 429 error when this address has failed too often to be allowed another try. */
  assertMayTry(): Promise<void>;
  recordFailure(): Promise<void>;
}

export interface RateLimits {
  /** Counts each request against its API key or its client address; answers 429 with Retry-After when spent. */
  middleware: RequestHandler;
  credentialGuardFor(address: string): CredentialGuard;
  publicApplicationGuardFor(address: string): PublicApplicationGuard;
  close(): Promise<void>;
}

const TABLE_NAME = 'rate_limits';
const POSTGRES_POOL_SIZE = 4;

export class RateLimitedError extends GraphQLError {
  constructor(message: string, retryAfterSeconds: number) {
    super(message, {
      extensions: { code: 'RATE_LIMITED', retryAfterSeconds, http: { status: 429, headers: new Map([['retry-after', String(retryAfterSeconds)]]) } },
    });
  }
}

function retryAfterSeconds(result: RateLimiterRes): number {
  return Math.max(1, Math.ceil(result.msBeforeNext / 1000));
}

type LimiterName = 'perAddress' | 'perApiKey' | 'failedCredentials' | 'publicApplications';

async function createLimiters(settings: RateLimitSettings, logger: Logger): Promise<Record<LimiterName, RateLimiterAbstract> & { close(): Promise<void> }> {
  const rules: Record<LimiterName, RateLimitRule> = {
    perAddress: settings.perAddress,
    perApiKey: settings.perApiKey,
    failedCredentials: settings.failedCredentials,
    publicApplications: settings.publicApplications ?? DEFAULT_RATE_LIMITS.publicApplications,
  };
  const options = (name: string, rule: RateLimitRule) => ({ keyPrefix: name, points: rule.points, duration: rule.durationSeconds });
  if (settings.store.kind === 'memory') {
    const limiters = Object.fromEntries(Object.entries(rules).map(([name, rule]) => [name, new RateLimiterMemory(options(name, rule))]));
    return { ...(limiters as Record<LimiterName, RateLimiterMemory>), close: async () => {} };
  }
  const pool = new pg.Pool({ connectionString: settings.store.url, max: POSTGRES_POOL_SIZE });
  reportEndedConnections(pool, (error) => logger.warn({ err: error }, 'the database ended a connection of the rate limiter; the next count opens a new one'));
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

/** Rate limits for the HTTP server, with their state in memory or in Postgres. */
export async function createRateLimits(settings: RateLimitSettings, logger: Logger): Promise<RateLimits> {
  const limiters = await createLimiters(settings, logger);

  const middleware: RequestHandler = async (request, response, next) => {
    const header = request.headers['x-api-key'];
    const prefix = typeof header === 'string' ? apiKeyPrefixOf(header.trim()) : null;
    const [limiter, key] = prefix ? [limiters.perApiKey, `key:${prefix}`] : [limiters.perAddress, `address:${request.ip ?? 'unknown'}`];
    try {
      const result = await limiter.consume(key);
      response.setHeader('ratelimit-limit', limiter.points);
      response.setHeader('ratelimit-remaining', result.remainingPoints);
      next();
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) {
        logger.warn({ err: rejection }, 'rate limiter unavailable; letting the request through');
        next();
        return;
      }
      const seconds = retryAfterSeconds(rejection);
      const who = prefix ? 'this API key' : 'your address';
      response
        .status(429)
        .setHeader('retry-after', String(seconds))
        .json({ errors: [{ message: `Too many requests from ${who}. Try again in ${seconds} seconds.`, extensions: { code: 'RATE_LIMITED', retryAfterSeconds: seconds } }] });
    }
  };

  const credentialGuardFor = (address: string): CredentialGuard => {
    const key = `address:${address}`;
    return {
      assertMayTry: async () => {
        const result = await limiters.failedCredentials.get(key).catch((error: unknown) => {
          logger.warn({ err: error }, 'rate limiter unavailable; not throttling sign-in attempts');
          return null;
        });
        if (result && result.consumedPoints >= limiters.failedCredentials.points) {
          const seconds = retryAfterSeconds(result);
          throw new RateLimitedError(`Too many failed sign-ins or unknown keys from your address. Try again in ${seconds} seconds.`, seconds);
        }
      },
      recordFailure: async () => {
        await limiters.failedCredentials.consume(key).catch((rejection: unknown) => {
          if (!(rejection instanceof RateLimiterRes)) logger.warn({ err: rejection }, 'rate limiter unavailable; failure not counted');
        });
      },
    };
  };

  const publicApplicationGuardFor = (address: string): PublicApplicationGuard => ({
    consume: async () => {
      await limiters.publicApplications.consume(`address:${address}`).catch((rejection: unknown) => {
        if (!(rejection instanceof RateLimiterRes)) {
          logger.warn({ err: rejection }, 'rate limiter unavailable; public application not counted');
          return;
        }
        const seconds = retryAfterSeconds(rejection);
        throw new RateLimitedError(`Too many applications to observe from your address. Try again in ${seconds} seconds.`, seconds);
      });
    },
  });

  return { middleware, credentialGuardFor, publicApplicationGuardFor, close: limiters.close };
}
