import { COST_ESTIMATE_KINDS } from '@plenary/domain';
import { builder } from '../../builder.ts';
import { nodeConnection } from '../node-connection.ts';
import { formatMoney } from '../../costs/format-money.ts';
import { describedValues } from '../described-values.ts';
import { MONEY_DESCRIPTION, RECORDED_AT_DESCRIPTION } from '../shared-descriptions.ts';

export const CostEstimateKindEnum = builder.enumType('CostEstimateKind', {
  description: 'Whether a cost estimate is a forecast or the actual cost after the meeting.',
  values: describedValues(COST_ESTIMATE_KINDS, {
    ESTIMATE: 'The estimated cost, set before the meeting.',
    ACTUAL: 'The actual cost, known after the meeting.',
  }),
});

const CostEstimateLineRef = builder.prismaObject('CostEstimateLine', {
  description: 'One line of a cost estimate: what it pays for and how much.',
  fields: (t) => ({
    position: t.exposeInt('position', { description: 'Order of the line in the estimate, from 1.' }),
    description: t.exposeString('description', {
      description: 'What the line pays for, e.g. "Conference services: interpretation in six languages".',
    }),
    amount: t.field({
      description: `The line's amount: ${MONEY_DESCRIPTION} of the estimate.`,
      type: 'Decimal',
      resolve: (line) => formatMoney(line.amount),
    }),
  }),
});

const CostEstimateLineConnection = nodeConnection(CostEstimateLineRef, 'CostEstimateLine');

export const CostEstimateRef = builder.prismaNode('CostEstimate', {
  // An unknown ID loads as null (node and nodes answer null), not as Prisma's not-found error.
  nullable: true,
  id: { field: 'id' },
  description: "A meeting's estimated (later actual) cost in one currency (Art. 14); each change is a new version.",
  fields: (t) => ({
    meeting: t.relation('meeting', { description: 'The meeting whose costs are estimated.' }),
    kind: t.expose('kind', {
      description: 'An estimate made in advance, or the actual cost after the meeting.',
      type: CostEstimateKindEnum,
    }),
    version: t.exposeInt('version', { description: 'From 1; the highest is the current estimate.' }),
    currency: t.exposeString('currency', { description: 'ISO 4217 code, e.g. "CHF".' }),
    total: t.field({
      type: 'Decimal',
      description: 'The exact sum of the lines.',
      resolve: (estimate) => formatMoney(estimate.total),
    }),
    createdAt: t.expose('createdAt', { description: RECORDED_AT_DESCRIPTION, type: 'DateTime' }),
    lines: t.relatedConnection(
      'lines',
      {
        description: 'The lines of the estimate, in order; their amounts add up to `total`.',
        cursor: 'id',
        totalCount: true,
        query: () => ({ orderBy: { position: 'asc' } }),
      },
      CostEstimateLineConnection,
    ),
  }),
});

export const CostEstimateConnection = nodeConnection(CostEstimateRef, 'CostEstimate');
