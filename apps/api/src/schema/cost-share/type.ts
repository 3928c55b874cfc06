import type { Prisma } from '@plenary/db';
import { COST_PAYER_RULES, DEFAULT_SHARE_PLACES, paymentStandingOf } from '@plenary/domain';
import { resolveArrayConnection } from '@pothos/plugin-relay';
import Decimal from 'decimal.js';
import { mayReadPaymentsOf } from '../../auth/contribution-rules.ts';
import { readableBy, SECRETARIAT_AND_OWN_STATE } from '../../auth/readers.ts';
import { builder } from '../../builder.ts';
import type { Context } from '../../context.ts';
import { formatMoney } from '../../costs/format-money.ts';
import { formatRate } from '../assessment-scale/type.ts';
import { CostShareFilter, issueSharesWhere, PaymentStandingEnum } from '../cost-share-filter.ts';
import { describedValues } from '../described-values.ts';
import { nodeConnection } from '../node-connection.ts';
import { CURRENCY_DESCRIPTION, MONEY_DESCRIPTION } from '../shared-descriptions.ts';
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

const ISSUE_SHARE_ORDER: Prisma.CostShareOrderByWithRelationInput[] = [{ state: { nameEn: 'asc' } }, { id: 'asc' }];

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
const ISSUE_SHARES = { meetingId: true, shares: { select: { stateId: true, amount: true } } } as const;

/** An issue's total of one part of its shares' balances (an unassessed share has nothing outstanding). */
async function issueTotalOf(
  context: Context,
  issue: { meetingId: string; shares: readonly { stateId: string; amount: Prisma.Decimal | null }[] },
  part: 'paid' | 'outstanding',
): Promise<string> {
  const balances = await Promise.all(
    issue.shares.map((share) => balanceOf(context, { ...share, issue: { meetingId: issue.meetingId } })),
  );
  return formatMoney(balances.reduce((sum, balance) => sum.plus(balance[part] ?? 0), new Decimal(0)));
}

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

export const CostShareIssueRef = builder.prismaNode('CostShareIssue', {
  // An unknown ID loads as null (node and nodes answer null), not as Prisma's not-found error.
  nullable: true,
  id: { field: 'id' },
  description:
    "One issue of a meeting's cost shares. Issued shares never change; a re-issue is a new version and supersedes this one.",
  fields: (t) => ({
    meeting: t.relation('meeting', { description: 'The meeting whose costs are shared out.' }),
    version: t.exposeInt('version', {
      description: "The issue's number for its meeting, from 1; a re-issue gets the next one.",
    }),
    estimate: t.relation('estimate', { description: 'The cost estimate shared out.' }),
    scale: t.relation('scale', { description: 'The scale of assessment whose rates were used.' }),
    scaleOverrideReason: t.exposeString('scaleOverrideReason', {
      nullable: true,
      description: 'Why the scale was applied although its period does not cover the meeting; null when it covers it.',
    }),
    payerRule: t.expose('payerRule', {
      description: 'Who bears the costs in this issue (Art. 14(1)).',
      type: PayerRuleEnum,
    }),
    ceilingAndFloorReapplied: t.exposeBoolean('ceilingAndFloorReapplied', {
      description: 'Whether the 22 per cent ceiling and 0.001 per cent floor were re-applied among the payers.',
    }),
    currency: t.exposeString('currency', { description: CURRENCY_DESCRIPTION }),
    total: t.field({
      description: `The total shared out: ${MONEY_DESCRIPTION}.`,
      type: 'Decimal',
      resolve: (issue) => formatMoney(issue.total),
    }),
    issuedAt: t.expose('issuedAt', { description: 'When the shares were issued (UTC).', type: 'DateTime' }),
    superseded: t.boolean({
      description: 'True when a later issue replaced this one.',
      resolve: (issue) => issue.supersededAt !== null,
    }),
    supersededAt: t.expose('supersededAt', {
      description: 'When a later issue replaced this one (UTC); null while it is current.',
      type: 'DateTime',
      nullable: true,
    }),
    shares: t.relatedConnection(
      'shares',
      {
        cursor: 'id',
        totalCount: true,
        description: 'The payers’ shares, assessed and unassessed, in alphabetical order of the States’ English names.',
        args: { filter: t.arg({ description: 'Which shares to list (default: all).', type: CostShareFilter }) },
        query: (args, context) => withOrder(issueSharesWhere(args.filter, context), ISSUE_SHARE_ORDER),
      },
      CostShareConnection,
    ),
    paid: t.field({
      type: 'Decimal',
      description: 'What the payers have paid towards the meeting’s costs.',
      select: ISSUE_SHARES,
      resolve: (issue, _args, context) => issueTotalOf(context, issue, 'paid'),
    }),
    outstanding: t.field({
      type: 'Decimal',
      description: 'What remains to be paid of the assessed shares.',
      select: ISSUE_SHARES,
      resolve: (issue, _args, context) => issueTotalOf(context, issue, 'outstanding'),
    }),
  }),
});

export const CostShareIssueConnection = nodeConnection(CostShareIssueRef, 'CostShareIssue');
