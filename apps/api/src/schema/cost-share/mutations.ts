import { readableBy, SECRETARIAT } from '../../auth/readers.ts';
import { builder } from '../../builder.ts';
import { idFromGlobalId } from '../../mutations/global-id.ts';
import { IDEMPOTENCY_KEY_DESCRIPTION } from '../../mutations/idempotency.ts';
import { runInTransaction } from '../../mutations/run-in-transaction.ts';
import { issueCostShares } from '../../use-cases/costs/issue-cost-shares.ts';
import { recordPayment } from '../../use-cases/costs/record-payment.ts';
import { assessmentScaleChoiceOf, AssessmentScaleChoiceInput } from '../assessment-scale-choice.ts';
import { MUTATION_ERRORS } from '../errors.ts';
import {
  globalIdDescription,
  ISO3_DESCRIPTION,
  MUTATION_DATA_DESCRIPTION,
  MUTATION_INPUT_DESCRIPTION,
} from '../shared-descriptions.ts';
import { PaymentRef } from './payment.ts';
import { CostShareIssueRef } from './issue.ts';
import { PayerRuleEnum } from './type.ts';

// ------------------------------------------------------------------------------------------------ issue

const ExplicitRateInput = builder.inputType('ExplicitRateInput', {
  description: 'A rate agreed for one State for this apportionment (Holy See, State of Palestine, ...).',
  fields: (t) => ({
    iso3: t.string({ description: ISO3_DESCRIPTION, required: true }),
    ratePercent: t.field({
      type: 'Decimal',
      required: true,
      description: 'In per cent, at most six decimals, e.g. "0.001".',
    }),
  }),
});

const IssueCostSharesInput = builder.inputType('IssueCostSharesInput', {
  description:
    'How to share out the meeting’s current cost estimate: on which scale of assessment, among whom, with which agreed rates.',
  fields: (t) => ({
    scale: t.field({
      type: AssessmentScaleChoiceInput,
      required: true,
      description:
        'The scale of assessment: `{ inForce: true }` for the one whose period covers the year the meeting opens, or `named` with the reason for applying a scale outside its period.',
    }),
    payerRule: t.field({ type: PayerRuleEnum, description: 'Who pays; by default the convention’s rule.' }),
    ceilingAndFloor: t.boolean({
      defaultValue: false,
      description: 'Re-apply the 22 per cent ceiling and the 0.001 per cent floor among the payers.',
    }),
    explicitRates: t.field({ type: [ExplicitRateInput], description: 'Agreed rates; they win over the scale.' }),
    replacesVersion: t.int({
      description:
        'The version of the current issue you read (none for the first): if the shares were issued since, you get a ConflictError.',
    }),
  }),
});

builder.mutationField('issueCostShares', (t) =>
  t.field({
    type: CostShareIssueRef,
    description:
      "Shares the meeting's current cost estimate among its payers (Art. 14) on the scale of assessment chosen in `scale` (the one in force when it opens, or one named), and issues the shares as a new version; the previous issue is kept, superseded.",
    errors: { types: MUTATION_ERRORS, dataField: { name: 'costShareIssue', description: MUTATION_DATA_DESCRIPTION } },
    authScopes: { secretariat: true },
    args: {
      meetingId: t.arg.id({ description: globalIdDescription('Meeting'), required: true }),
      input: t.arg({ description: MUTATION_INPUT_DESCRIPTION, type: IssueCostSharesInput, required: true }),
    },
    resolve: async (_parent, args, context) => {
      const meetingId = idFromGlobalId({ globalId: args.meetingId, typename: 'Meeting', path: 'meetingId' });
      const { scale, replacesVersion, ...apportionment } = args.input;
      const input = {
        meetingId,
        scale: assessmentScaleChoiceOf(scale, 'scale'),
        apportionment,
        replacesVersion: replacesVersion ?? null,
      };
      return runInTransaction(context, (tx) => issueCostShares({ tx, actor: context, now: context.now(), input }));
    },
  }),
);

// ------------------------------------------------------------------------------------------------ payments

const RecordPaymentInput = builder.inputType('RecordPaymentInput', {
  description: "A payment received from a State towards its share of a meeting's costs.",
  fields: (t) => ({
    receivedOn: t.field({
      description: 'The day the payment was received, as `YYYY-MM-DD`.',
      type: 'Date',
      required: true,
    }),
    amount: t.field({ type: 'Decimal', required: true, description: 'To the cent; no more than what is outstanding.' }),
    currency: t.string({ required: true, description: 'The currency of the share, e.g. "CHF".' }),
    reference: t.string({ description: 'The bank or treasury reference.' }),
  }),
});

builder.mutationField('recordPayment', (t) =>
  t.field({
    type: PaymentRef,
    description:
      "Records a payment received from a State towards its current share of a meeting's cost. Send an idempotencyKey so that a retry cannot record it twice.",
    errors: {
      types: MUTATION_ERRORS,
      dataField: { name: 'payment', description: MUTATION_DATA_DESCRIPTION, extensions: readableBy(SECRETARIAT) },
    },
    authScopes: { secretariat: true },
    args: {
      costShareId: t.arg.id({ description: globalIdDescription('CostShare'), required: true }),
      input: t.arg({ description: MUTATION_INPUT_DESCRIPTION, type: RecordPaymentInput, required: true }),
      idempotencyKey: t.arg.string({ description: IDEMPOTENCY_KEY_DESCRIPTION }),
    },
    resolve: (_parent, args, context) => {
      const costShareId = idFromGlobalId({ globalId: args.costShareId, typename: 'CostShare', path: 'costShareId' });
      const { idempotencyKey, ...request } = args;
      const input = {
        costShareId,
        costShareKey: String(args.costShareId),
        payment: args.input,
        idempotency: { key: idempotencyKey, arguments: request },
      };
      return runInTransaction(context, (tx) => recordPayment({ tx, actor: context, now: context.now(), input }));
    },
  }),
);
