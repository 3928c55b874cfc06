import type { Prisma } from '@plenary/db';
import Decimal from 'decimal.js';
import { builder } from '../../builder.ts';
import type { Context } from '../../context.ts';
import { formatMoney } from '../../costs/format-money.ts';
import { CostShareFilter, issueSharesWhere } from '../cost-share-filter.ts';
import { nodeConnection } from '../node-connection.ts';
import { CURRENCY_DESCRIPTION, MONEY_DESCRIPTION } from '../shared-descriptions.ts';
import { balanceOf } from './payment.ts';
import { CostShareConnection, PayerRuleEnum, withOrder } from './type.ts';

const ISSUE_SHARE_ORDER: Prisma.CostShareOrderByWithRelationInput[] = [{ state: { nameEn: 'asc' } }, { id: 'asc' }];
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
