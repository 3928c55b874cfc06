import type { ApolloServerPlugin } from '@apollo/server';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import type { ValidationContext, ValidationRule } from 'graphql';
import { GraphQLError } from 'graphql';
import type { Context } from '../context.ts';
import { rateLimitHeaders } from '../http/rate-limit-headers.ts';
import { estimateQueryCost } from './query-cost.ts';
import type { RateLimitStatus } from './rate-limit.ts';
import type { RequestRateLimit } from './request-rate-limit.ts';

/** How big one GraphQL request may be; each limit refuses the request with a message naming it. */
export interface QueryLimits {
  /** Nesting of fields; a Relay connection counts three levels (`meetings { edges { node`). */
  maxDepth: number;
  /** Aliases other than of __typename. */
  maxAliases: number;
  /** Directives in the whole operation. */
  maxDirectives: number;
  /** Lexical tokens of the document; checked while parsing, before anything else. */
  maxTokens: number;
  /** Fields to resolve, each counted once for every item of the pages around it (see query-cost.ts). */
  maxCost: number;
}

export const DEFAULT_QUERY_LIMITS: QueryLimits = {
  maxDepth: 15,
  maxAliases: 30,
  maxDirectives: 50,
  maxTokens: 5_000,
  maxCost: 50_000,
};

// By default the rules throw, which Apollo answers with a 500; reported, the refusal is a 400 validation error.
const REPORT_REFUSAL = {
  exposeLimits: true,
  propagateOnRejection: false,
  onReject: [(context: ValidationContext | null, error: GraphQLError) => context?.reportError(error)],
};

export function queryValidationRules(limits: QueryLimits): ValidationRule[] {
  return [
    maxDepthRule({ n: limits.maxDepth, ...REPORT_REFUSAL }),
    maxAliasesRule({ n: limits.maxAliases, ...REPORT_REFUSAL }),
    maxDirectivesRule({ n: limits.maxDirectives, ...REPORT_REFUSAL }),
  ];
}

/**
 * `extensions.cost` of every answer, as Shopify's API reports a query's cost: what the query was estimated to cost
 * against the most a query may cost, and what the request spent of the caller's rate limit.
 */
export interface CostExtension {
  /** Null when the request was refused before its operation was known. */
  requestedQueryCost: number | null;
  maximumQueryCost: number;
  /** Null when rate limits are off. */
  rateLimit: { cost: number; limit: number; remaining: number; resetAt: string } | null;
}

export function costExtension(options: {
  requestedQueryCost: number | null;
  maxQueryCost: number;
  rateLimit: RateLimitStatus | null;
}): CostExtension {
  const { rateLimit } = options;
  return {
    requestedQueryCost: options.requestedQueryCost,
    maximumQueryCost: options.maxQueryCost,
    rateLimit: rateLimit && {
      cost: rateLimit.cost,
      limit: rateLimit.limit,
      remaining: rateLimit.remaining,
      resetAt: rateLimit.resetAt.toISOString(),
    },
  };
}

function tooCostly(message: string, cost: number, maxCost: number): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'QUERY_TOO_COSTLY', cost, maxCost, http: { status: 400 } } });
}

/** Charges the caller's rate limit what the query costs in points; throws the refusal when its budget cannot pay. */
async function chargeRateLimit(rateLimit: RequestRateLimit, cost: number, maxCost: number): Promise<void> {
  const charge = await rateLimit.chargeQuery(cost);
  if (charge.outcome === 'beyond-budget') {
    throw tooCostly(
      `This query would cost ${charge.points} points, more than your whole rate limit of ${charge.limit} per window. Ask for smaller pages (first/last) or fewer fields.`,
      cost,
      maxCost,
    );
  }
  if (charge.outcome === 'refused') {
    const { retryAfterSeconds, message, quota } = charge.refused;
    // The same answer as the request guard's 429: nothing of the query has run.
    throw new GraphQLError(message, {
      extensions: {
        code: 'RATE_LIMITED',
        retryAfterSeconds,
        http: {
          status: 429,
          headers: new Map([...rateLimitHeaders(quota), ['retry-after', String(retryAfterSeconds)]]),
        },
      },
    });
  }
}

// What each request's operation was reckoned to cost, for the response cache to charge its hits the same.
const requestedQueryCosts = new WeakMap<Context, number>();

/** What the request's operation was reckoned to cost; null before it was reckoned. */
export function requestedQueryCostOf(context: Context): number | null {
  return requestedQueryCosts.get(context) ?? null;
}

/**
 * Refuses an operation whose cost is above the limit, charges the caller's rate limit what it costs in points, and
 * reports every answer's cost in `extensions.cost`. The cost is reckoned once the operation is known, because the
 * page sizes often come in variables (`meetings(first: $pageSize)`), which validation rules cannot see; this is also
 * the one place the document is walked, so the charge is made here rather than in the request guard.
 */
export function queryCostPlugin(maxCost: number): ApolloServerPlugin<Context> {
  return {
    requestDidStart: async () => {
      return {
        didResolveOperation: async ({ schema, document, operationName, request, contextValue }) => {
          const cost = estimateQueryCost({
            schema,
            document,
            operationName: operationName ?? null,
            variables: request.variables ?? {},
          });
          requestedQueryCosts.set(contextValue, cost);
          if (cost > maxCost)
            throw tooCostly(
              `This query would cost ${cost}, more than the limit of ${maxCost}. Ask for smaller pages (first/last) or fewer fields.`,
              cost,
              maxCost,
            );
          if (contextValue.rateLimit) await chargeRateLimit(contextValue.rateLimit, cost, maxCost);
        },
        willSendResponse: async ({ response, contextValue }) => {
          // Context creation may have failed, in which case Apollo passes an empty context.
          const rateLimit = contextValue.rateLimit ?? null;
          // The guard stated the bucket after the request's first point; the query may have spent more since.
          if (rateLimit)
            for (const [name, value] of rateLimitHeaders(rateLimit.quota)) response.http.headers.set(name, value);
          if (response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          result.extensions = {
            ...result.extensions,
            cost: costExtension({
              requestedQueryCost: requestedQueryCostOf(contextValue),
              maxQueryCost: maxCost,
              rateLimit: rateLimit?.status ?? null,
            }),
          };
        },
      };
    },
  };
}
