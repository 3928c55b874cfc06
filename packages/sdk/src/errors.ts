import type { ErrorCode } from './generated/graphql.ts';

/** One error of a GraphQL response, with the code the server put in `extensions.code` (one of the schema's `ErrorCode`). */
export interface PlenaryGraphQLErrorEntry {
  message: string;
  path?: readonly (string | number)[];
  extensions?: { code?: ErrorCode; [key: string]: unknown };
}

/** Base class of everything the client throws, so callers can catch the SDK's failures in one place. */
export class PlenaryClientError extends Error {
  override name = 'PlenaryClientError';
}

/** The request never got an answer: no connection, a timeout, or the caller aborted it. */
export class PlenaryNetworkError extends PlenaryClientError {
  override name = 'PlenaryNetworkError';
  readonly reason: 'network' | 'timeout' | 'aborted';

  constructor(message: string, options: { reason: PlenaryNetworkError['reason']; cause?: unknown }) {
    super(message, { cause: options.cause });
    this.reason = options.reason;
  }
}

/** Answers that ask the caller to come back later: 429 (rate limited), 503 (unavailable). */
export const RETRYABLE_HTTP_STATUSES: ReadonlySet<number> = new Set([429, 503]);

/** The operation a request carried, as far as sending it again is concerned. */
export interface SentOperation {
  type: 'query' | 'mutation' | 'subscription';
  /** A mutation each of whose fields carried an `idempotencyKey`: the server records it once however often it comes. */
  idempotent: boolean;
}

/**
 * The server refused the request at the HTTP level: rate limited (429), unavailable (503), body too large, or an
 * answer that is not GraphQL. A 429 means the operation did not run. A 503 may also come from a mutation cut off
 * while it committed, so it may have been saved: `retryable` says whether sending it again is safe.
 */
export class PlenaryHttpError extends PlenaryClientError {
  override name = 'PlenaryHttpError';
  readonly status: number;
  readonly body: string;
  /** Seconds to wait before retrying, from `Retry-After` (429 and 503). */
  readonly retryAfterSeconds: number | null;
  /** The GraphQL errors the body held, if it was a GraphQL response (e.g. code `RATE_LIMITED`). */
  readonly errors: readonly PlenaryGraphQLErrorEntry[];
  readonly operation: SentOperation;

  constructor(options: {
    status: number;
    body: string;
    retryAfterSeconds: number | null;
    errors: readonly PlenaryGraphQLErrorEntry[];
    operation: SentOperation;
  }) {
    super(
      `The Plenary API answered HTTP ${options.status}${options.errors[0] ? `: ${options.errors[0].message}` : '.'}`,
    );
    this.status = options.status;
    this.body = options.body;
    this.retryAfterSeconds = options.retryAfterSeconds;
    this.errors = options.errors;
    this.operation = options.operation;
  }

  /** The first GraphQL error's code, if the body held one (e.g. `RATE_LIMITED`, `DATABASE_UNAVAILABLE`). */
  get code(): ErrorCode | undefined {
    return this.errors[0]?.extensions?.code;
  }

  /**
   * Whether the same request may be sent again after `retryAfterSeconds`: after a 429 always (nothing ran); after a
   * 503 unless it was a mutation without an idempotency key, which could be recorded twice.
   */
  get retryable(): boolean {
    if (this.status === 429) return true;
    if (this.status !== 503) return false;
    return this.operation.type !== 'mutation' || this.operation.idempotent;
  }
}

/**
 * The server answered with GraphQL errors: the query was invalid, unauthenticated, or failed on the server.
 * (Expected failures of mutations are not errors: they come back as members of the result union.)
 */
export class PlenaryGraphQLError extends PlenaryClientError {
  override name = 'PlenaryGraphQLError';
  readonly errors: readonly PlenaryGraphQLErrorEntry[];
  readonly status: number;
  /** Whatever data came back beside the errors. */
  readonly data: unknown;

  constructor(options: { errors: readonly PlenaryGraphQLErrorEntry[]; status: number; data: unknown }) {
    super(options.errors.map((error) => error.message).join('; ') || 'The Plenary API returned an error.');
    this.errors = options.errors;
    this.status = options.status;
    this.data = options.data;
  }

  /** The first error's code, e.g. `UNAUTHENTICATED`, `GRAPHQL_VALIDATION_FAILED`, `INTERNAL_SERVER_ERROR`. */
  get code(): ErrorCode | undefined {
    return this.errors[0]?.extensions?.code;
  }
}
