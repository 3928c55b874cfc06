import {
  pointsForQueryCost,
  POINTS_PER_REQUEST,
  rateLimitStatusOf,
  type Quota,
  type RateLimits,
  type RateLimitStatus,
  type Refused,
  type RequestBucket,
} from './rate-limit.ts';

/** What charging a query's cost came to: spent, refused for now (429), or more than the whole budget ever holds. */
export type QueryCharge =
  | { outcome: 'spent' }
  | { outcome: 'refused'; refused: Refused }
  | { outcome: 'beyond-budget'; points: number; limit: number };

/**
 * What one request spends of its bucket. The guard spends its first point when the request arrives, before anything
 * is read, so a request that never gets as far as a query (a document that does not parse, a CSRF refusal) still
 * counts; once the query's cost is known, `chargeQuery` spends the rest of what it costs.
 */
export class RequestRateLimit {
  readonly #rateLimits: RateLimits;
  readonly #bucket: RequestBucket;
  #quota: Quota;
  #spent = POINTS_PER_REQUEST;
  #status: RateLimitStatus;

  constructor(options: { rateLimits: RateLimits; bucket: RequestBucket; quota: Quota }) {
    this.#rateLimits = options.rateLimits;
    this.#bucket = options.bucket;
    this.#quota = options.quota;
    this.#status = rateLimitStatusOf(this.#quota, this.#spent);
  }

  /** The bucket as it stood after this request's last charge, as the RateLimit headers state it. */
  get quota(): Quota {
    return this.#quota;
  }

  /** What this request has spent and what is left, as `rateLimit` and `extensions.cost.rateLimit` state it. */
  get status(): RateLimitStatus {
    return this.#status;
  }

  /** Spends what a query of `requestedQueryCost` costs in points, beyond what the request spent already. */
  async chargeQuery(requestedQueryCost: number): Promise<QueryCharge> {
    const points = pointsForQueryCost({ requestedQueryCost, queryCostPerPoint: this.#rateLimits.queryCostPerPoint });
    // Retrying would never help: no window holds that many points.
    if (points > this.#quota.limit) return { outcome: 'beyond-budget', points, limit: this.#quota.limit };
    const more = points - this.#spent;
    if (more <= 0) return { outcome: 'spent' };
    const counted = await this.#rateLimits.consumeQueryPoints(this.#bucket, { more, points });
    if (counted.allowed) this.#spent = points;
    this.#quota = counted.quota;
    // Reckoned once, so that the rateLimit field and extensions.cost state the same resetAt.
    this.#status = rateLimitStatusOf(this.#quota, this.#spent);
    return counted.allowed ? { outcome: 'spent' } : { outcome: 'refused', refused: counted };
  }
}
