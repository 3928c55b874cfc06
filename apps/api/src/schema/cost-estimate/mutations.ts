import { builder } from '../../builder.ts';
import { globalIdDescription, MUTATION_DATA_DESCRIPTION, MUTATION_INPUT_DESCRIPTION } from '../shared-descriptions.ts';
import { idFromGlobalId } from '../../mutations/global-id.ts';
import { IDEMPOTENCY_KEY_DESCRIPTION } from '../../mutations/idempotency.ts';
import { runInTransaction } from '../../mutations/run-in-transaction.ts';
import { setCostEstimate } from '../../use-cases/costs/set-cost-estimate.ts';
import { MUTATION_ERRORS } from '../errors.ts';
import { CostEstimateKindEnum, CostEstimateRef } from './type.ts';

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
