import { PlenaryHttpError } from './errors.ts';

export interface RetryOptions {
  /** How many times to try in all; default 3. */
  attempts?: number;
  /** Give up rather than wait longer than this for one retry; default 60 s. */
  maxDelaySeconds?: number;
  /** Stops waiting (and retrying) when aborted. */
  signal?: AbortSignal;
}

const DEFAULT_ATTEMPTS = 3;
const DEFAULT_MAX_DELAY_SECONDS = 60;
/** When a 429 or 503 carries no `Retry-After`: 1 s, then 2 s, 4 s... */
const FALLBACK_DELAY_SECONDS = 1;

function wait(seconds: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    // An aborted wait rejects with the signal's own reason, as fetch does; the DOM types that reason `any`.
    // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, seconds * 1000);
    const onAbort = () => {
      clearTimeout(timer);
      // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors -- the signal's own reason, as above
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/**
 * Runs `operation`, and runs it again after the `Retry-After` the server sent when its answer was a 429 (rate limited:
 * nothing ran) or a 503 (unavailable) to a query or to a mutation with an `idempotencyKey`. A mutation without one
 * is not sent again after a 503, since it may have been saved before the answer was lost (PlenaryHttpError.retryable).
 * Any other failure, or a wait longer than `maxDelaySeconds`, is thrown at once.
 */
export async function withRetry<Result>(operation: () => Promise<Result>, options: RetryOptions = {}): Promise<Result> {
  const attempts = Math.max(1, options.attempts ?? DEFAULT_ATTEMPTS);
  const maxDelaySeconds = options.maxDelaySeconds ?? DEFAULT_MAX_DELAY_SECONDS;
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await operation();
    } catch (error) {
      if (!(error instanceof PlenaryHttpError) || !error.retryable || attempt >= attempts) throw error;
      const delay = error.retryAfterSeconds ?? FALLBACK_DELAY_SECONDS * 2 ** (attempt - 1);
      if (delay > maxDelaySeconds) throw error;
      await wait(delay, options.signal);
    }
  }
}
