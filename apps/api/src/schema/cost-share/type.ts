import type { Prisma } from '@plenary/db';
import { COST_PAYER_RULES, DEFAULT_SHARE_PLACES, paymentStandingOf } from '@plenary/domain';
import { resolveArrayConnection } from '@pothos/plugin-relay';
import { mayReadPaymentsOf } from '../../auth/contribution-rules.ts';
import { readableBy, SECRETARIAT_AND_OWN_STATE } from '../../auth/readers.ts';
import { builder } from '../../builder.ts';
import { formatMoney } from '../../costs/format-money.ts';
import { formatRate } from '../assessment-scale/type.ts';
import { PaymentStandingEnum } from '../cost-share-filter.ts';
import { describedValues } from '../described-values.ts';
import { nodeConnection } from '../node-connection.ts';
import { CURRENCY_DESCRIPTION } from '../shared-descriptions.ts';
import { balanceOf, PaymentConnection, PaymentRef, paymentsOf } from './payment.ts';

export const PayerRuleEnum = builder.enumType('PayerRule', {
  values: describedValues(COST_PAYER_RULES, {
    STATES_PARTIES_AND_PARTICIPATING_NON_PARTIES:
      'Every State Party, and the States not party that participate in the meeting (the CCM default, Art. 14(1)).',
    PARTICIPATING_STATES_ONLY: 'Only the States that participate, parties or not.',
    ALL_STATES_PARTIES: 'Every State Party, and no State not party.',
  }),
  description: 'Art. 14(1): who bears the cost of a meeting.',
});

function formatSharePercent(share: Prisma.Decimal | null): string | null {
  return share === null ? null : share.toFixed(Math.max(DEFAULT_SHARE_PLACES, share.decimalPlaces()));
}

interface ShareListQuery {
  where: Prisma.CostShareWhereInput;
  orderBy: Prisma.CostShareOrderByWithRelationInput[];
}

/**
 * A list's query: its filter's condition and its order. When the filter reads the database first (`standing`), the
 * query is a promise: plugin-prisma awaits one (prisma-field-builder.js, getQuery, for the page and the totalCount
 * alike) though its types declare `query` synchronous, hence the cast.
 */
export function withOrder(
  where: Prisma.CostShareWhereInput | Promise<Prisma.CostShareWhereInput>,
  orderBy: Prisma.CostShareOrderByWithRelationInput[],
): ShareListQuery {
  return where instanceof Promise
    ? (where.then((resolved) => ({ where: resolved, orderBy })) as unknown as ShareListQuery)
    : { where, orderBy };
}

const SHARE_MEETING = { issue: { select: { meetingId: true, currency: true } } } as const;

export const CostShareRef = builder.prismaNode('CostShare', {
  // An unknown ID loads as null (node and nodes answer null), not as Prisma's not-found error.
  nullable: true,
  id: { field: 'id' },
  description:
    "A State's share of a meeting's cost as issued (Art. 14): its rate divided by the sum of the payers' rates, rounded so that the amounts add up to the total. A State without a rate is listed as unassessed, never dropped.",
  fields: (t) => ({
    issue: t.relation('issue', { description: "The issue of the meeting's cost shares this share belongs to." }),
    state: t.relation('state', { description: 'The State that owes the share.' }),
    assessed: t.exposeBoolean('assessed', {
      description: 'False for a payer without a rate: it owes nothing until a rate is agreed.',
    }),
    ratePercent: t.field({
      type: 'Decimal',
      nullable: true,
      description: 'The rate used, in per cent: the scale’s or an agreed one.',
      resolve: (share) => formatRate(share.ratePercent),
    }),
    sharePercent: t.field({
      type: 'Decimal',
      nullable: true,
      description: 'Share of the total in per cent; the shares of an issue add up to exactly 100.',
      resolve: (share) => formatSharePercent(share.sharePercent),
    }),
    amount: t.field({
      type: 'Decimal',
      nullable: true,
      description: 'The amount due.',
      resolve: (share) => share.amount && formatMoney(share.amount),
    }),
    currency: t.string({
      description: CURRENCY_DESCRIPTION,
      select: SHARE_MEETING,
      resolve: (share) => share.issue.currency,
    }),
    paid: t.field({
      type: 'Decimal',
      description: 'What the State has paid towards this meeting’s costs, against this or an earlier issue.',
      select: SHARE_MEETING,
      resolve: async (share, _args, context) => (await balanceOf(context, share)).paid,
    }),
    outstanding: t.field({
      type: 'Decimal',
      nullable: true,
      description: 'What remains to be paid, never below zero; null when unassessed.',
      select: SHARE_MEETING,
      resolve: async (share, _args, context) => (await balanceOf(context, share)).outstanding,
    }),
    standing: t.field({
      type: PaymentStandingEnum,
      description:
        "Paid, partly paid, unpaid or unassessed: from `paid` and `outstanding`, by the rule the lists' `standing` filter uses.",
      select: SHARE_MEETING,
      resolve: async (share, _args, context) => paymentStandingOf(await balanceOf(context, share)),
    }),
    credit: t.field({
      type: 'Decimal',
      description: 'Paid beyond the share, when a re-issue lowered it below what the State had paid.',
      select: SHARE_MEETING,
      resolve: async (share, _args, context) => (await balanceOf(context, share)).credit,
    }),
    payments: t.connection(
      {
        type: PaymentRef,
        description:
          'The State’s payments towards this meeting’s costs, in the order received; for the secretariat and the State’s focal points, empty for others.',
        extensions: readableBy(SECRETARIAT_AND_OWN_STATE),
        select: SHARE_MEETING,
        resolve: async (share, args, context) => {
          const payments = mayReadPaymentsOf(context.viewer, share.stateId) ? await paymentsOf(context, share) : [];
          return { ...resolveArrayConnection({ args }, payments), totalCount: payments.length };
        },
      },
      PaymentConnection,
    ),
  }),
});

export const CostShareConnection = nodeConnection(CostShareRef, 'CostShare');
