import { COST_ESTIMATE_KINDS } from '@plenary/domain';
import { builder } from '../builder.ts';
import { nodeConnection } from './node-connection.ts';
import { formatMoney } from '../costs/format-money.ts';
import { describedValues } from './described-values.ts';
import {
  globalIdDescription,
  MONEY_DESCRIPTION,
  MUTATION_DATA_DESCRIPTION,
  MUTATION_INPUT_DESCRIPTION,
  RECORDED_AT_DESCRIPTION,
} from './shared-descriptions.ts';
import { idFromGlobalId } from '../mutations/global-id.ts';
import { IDEMPOTENCY_KEY_DESCRIPTION } from '../mutations/idempotency.ts';
import { runInTransaction } from '../mutations/run-in-transaction.ts';
import { setCostEstimate } from '../use-cases/costs/set-cost-estimate.ts';
import { MUTATION_ERRORS } from './errors.ts';

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

const CostEstimateConnection = nodeConnection(CostEstimateRef, 'CostEstimate');

builder.prismaObjectFields('Meeting', (t) => ({
  costEstimate: t.prismaField({
    type: 'CostEstimate',
    nullable: true,
    description: 'The current cost estimate: the latest version, or null before one is set.',
    select: (_args, _context, nestedSelection) => ({
      costEstimates: nestedSelection({ orderBy: { version: 'desc' }, take: 1 }),
    }),
    resolve: (_query, meeting) => meeting.costEstimates[0] ?? null,
  }),
  costEstimates: t.relatedConnection(
    'costEstimates',
    {
      cursor: 'id',
      totalCount: true,
      description: 'Every version of the cost estimate, latest first.',
      query: () => ({ orderBy: { version: 'desc' } }),
    },
    CostEstimateConnection,
  ),
}));

const CostEstimateLineInput = builder.inputType('CostEstimateLineInput', {
  description: 'One line of a cost estimate.',
  fields: (t) => ({
    description: t.string({
      required: true,
      description: 'E.g. "Conference services: interpretation in six languages".',
    }),
    amount: t.field({ type: 'Decimal', required: true, description: 'To the cent, e.g. "12345.60".' }),
  }),
});

const SetCostEstimateInput = builder.inputType('SetCostEstimateInput', {
  description: 'A whole cost estimate; its total is the exact sum of its lines.',
  fields: (t) => ({
    kind: t.field({
      description: 'An estimate made in advance (the default), or the actual cost after the meeting.',
      type: CostEstimateKindEnum,
      defaultValue: 'ESTIMATE',
    }),
    currency: t.string({ required: true, description: 'ISO 4217 code in capitals, e.g. "CHF".' }),
    lines: t.field({
      description: 'The lines, in the order they are printed; at least one.',
      type: [CostEstimateLineInput],
      required: true,
    }),
    replacesVersion: t.int({
      description:
        'The version of the current estimate you read (none for the first): if another estimate was set since, you get a ConflictError instead of overwriting it.',
    }),
  }),
});

builder.mutationField('setCostEstimate', (t) =>
  t.field({
    type: CostEstimateRef,
    description:
      "Sets a meeting's cost estimate: a new version each time, totalling its lines exactly. Send an idempotencyKey so that a retry cannot set a second version.",
    errors: { types: MUTATION_ERRORS, dataField: { name: 'costEstimate', description: MUTATION_DATA_DESCRIPTION } },
    authScopes: { secretariat: true },
    args: {
      meetingId: t.arg.id({ description: globalIdDescription('Meeting'), required: true }),
      input: t.arg({ description: MUTATION_INPUT_DESCRIPTION, type: SetCostEstimateInput, required: true }),
      idempotencyKey: t.arg.string({ description: IDEMPOTENCY_KEY_DESCRIPTION }),
    },
    resolve: (_parent, args, context) => {
      const meetingId = idFromGlobalId({ globalId: args.meetingId, typename: 'Meeting', path: 'meetingId' });
      const { idempotencyKey, ...request } = args;
      const input = {
        meetingId,
        meetingKey: String(args.meetingId),
        estimate: args.input,
        replacesVersion: args.input.replacesVersion ?? null,
        idempotency: { key: idempotencyKey, arguments: request },
      };
      return runInTransaction(context, (tx) => setCostEstimate({ tx, actor: context, now: context.now(), input }));
    },
  }),
);
