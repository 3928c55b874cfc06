import type { Prisma } from '@plenary/db';
import { PAYMENT_STANDINGS, type PaymentStanding } from '@plenary/domain';
import { GraphQLError } from 'graphql';
import { builder } from '../builder.ts';
import type { Context } from '../context.ts';
import { sharesInStanding } from '../costs/shares-in-standing.ts';
import { describedValues } from './described-values.ts';

// The `filter:` inputs of the two lists of cost shares: an issue's shares (the secretariat's "who still owes for this
// meeting") and a State's shares (a partner's "what does this State still owe"). Both filter where the page is read,
// so cursors and totalCount hold under a filter; `standing` is worked out by the rule CostShare.standing shows.

export const PaymentStandingEnum = builder.enumType('PaymentStanding', {
  description:
    "Where a State stands with its share of a meeting's costs; `CostShare.standing` and the lists' `standing` filter use the same rule.",
  values: describedValues(PAYMENT_STANDINGS, {
    PAID: 'Nothing is outstanding: the share is paid in full (or is zero), against this or an earlier issue.',
    PARTLY_PAID: 'Something has been paid and something is still outstanding.',
    UNPAID: 'Nothing has been paid and the share is more than zero.',
    UNASSESSED: 'The State has no rate, so nothing is owed until one is agreed (`assessed` is false).',
  }),
});

const STANDING_DESCRIPTION =
  'Only shares in one of these standings, e.g. `[PARTLY_PAID, UNPAID]` for every share with something outstanding. An empty list is refused.';

export const CostShareFilter = builder.inputType('CostShareFilter', {
  description: "Which of an issue's shares to list; conditions combine with AND. Omit a field to not filter by it.",
  fields: (t) => ({
    state: t.string({
      description: 'ISO 3166-1 alpha-3 code of the State that owes the share, e.g. "NGA" (case-insensitive).',
    }),
    standing: t.field({ type: [PaymentStandingEnum], description: STANDING_DESCRIPTION }),
    assessed: t.boolean({ description: 'Only the assessed (true) or the unassessed (false) payers.' }),
  }),
});

export const StateCostShareFilter = builder.inputType('StateCostShareFilter', {
  description: "Which of a State's shares to list; conditions combine with AND. Omit a field to not filter by it.",
  fields: (t) => ({
    standing: t.field({ type: [PaymentStandingEnum], description: STANDING_DESCRIPTION }),
    includeSuperseded: t.boolean({
      defaultValue: false,
      description: 'Include shares of issues since replaced (default: the current issue of each meeting only).',
    }),
  }),
});

const ISO3 = /^[A-Z]{3}$/;

function refusal(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
}

function iso3Of(state: string): string {
  const iso3 = state.trim().toUpperCase();
  if (!ISO3.test(iso3))
    throw refusal(
      `filter.state: expected a State's ISO 3166-1 alpha-3 code, three letters such as "NGA"; got "${state}".`,
    );
  return iso3;
}

function standingsOf(standing: readonly PaymentStanding[]): readonly PaymentStanding[] {
  if (standing.length === 0)
    throw refusal(
      `filter.standing: name at least one standing (${PAYMENT_STANDINGS.join(', ')}), or leave it out to list shares in any standing.`,
    );
  return standing;
}

// plugin-prisma asks a connection's query when it plans the parent's read and again when it resolves the page: the
// shares in a standing are read once per request.
const sharesInStandingPerRequest = new WeakMap<Context, Map<string, Promise<string[]>>>();

function sharesInStandingOnce(
  context: Context,
  standings: readonly PaymentStanding[],
  iso3: string | null,
): Promise<string[]> {
  let cache = sharesInStandingPerRequest.get(context);
  if (!cache) {
    cache = new Map();
    sharesInStandingPerRequest.set(context, cache);
  }
  const key = JSON.stringify([[...standings].sort(), iso3]);
  let ids = cache.get(key);
  if (!ids) {
    ids = sharesInStanding({ prisma: context.prisma, standings, iso3 });
    cache.set(key, ids);
  }
  return ids;
}

/** Only the shares in the standings asked: their IDs, read in one SQL statement. */
async function withStanding(
  where: Prisma.CostShareWhereInput,
  context: Context,
  standing: readonly PaymentStanding[],
  iso3: string | null,
): Promise<Prisma.CostShareWhereInput> {
  return { ...where, id: { in: await sharesInStandingOnce(context, standingsOf(standing), iso3) } };
}

/** An issue's shares the filter names; synchronous (no statement more) when `standing` is not asked. */
export function issueSharesWhere(
  filter: typeof CostShareFilter.$inferInput | null | undefined,
  context: Context,
): Prisma.CostShareWhereInput | Promise<Prisma.CostShareWhereInput> {
  const iso3 = filter?.state == null ? null : iso3Of(filter.state);
  const where: Prisma.CostShareWhereInput = {
    ...(iso3 && { state: { iso3 } }),
    ...(filter?.assessed != null && { assessed: filter.assessed }),
  };
  return filter?.standing == null ? where : withStanding(where, context, filter.standing, iso3);
}

/** A State's shares the filter names; synchronous (no statement more) when `standing` is not asked. */
export function stateSharesWhere(
  filter: typeof StateCostShareFilter.$inferInput | null | undefined,
  context: Context,
): Prisma.CostShareWhereInput | Promise<Prisma.CostShareWhereInput> {
  const where: Prisma.CostShareWhereInput = filter?.includeSuperseded ? {} : { issue: { supersededAt: null } };
  return filter?.standing == null ? where : withStanding(where, context, filter.standing, null);
}
