import type { Payment, Prisma } from '@plenary/db';
import { COST_PAYER_RULES, computeShareBalance, costShareIssueInputSchema, DEFAULT_SHARE_PLACES, NotFoundError, parseInput, paymentInputSchema, validatePayment, ValidationError } from '@plenary/domain';
import { dataloaderGetter } from '@pothos/plugin-dataloader';
import { resolveArrayConnection } from '@pothos/plugin-relay';
import Decimal from 'decimal.js';
import { readableBy, SECRETARIAT, SECRETARIAT_AND_OWN_STATE } from '../auth/readers.ts';
import { builder } from '../builder.ts';
import { TOTAL_COUNT_DESCRIPTION } from '../pothos/total-count-description-plugin.ts';
import { describedValues } from './described-values.ts';
import { CURRENCY_DESCRIPTION, globalIdDescription, ISO3_DESCRIPTION, MONEY_DESCRIPTION, MUTATION_DATA_DESCRIPTION, MUTATION_INPUT_DESCRIPTION, RECORDED_AT_DESCRIPTION } from './shared-descriptions.ts';
import { mayReadPaymentReferences, mayReadPaymentsOf } from '../auth/contribution-rules.ts';
import { readRule } from '../auth/node-read-rules.ts';
import type { Context } from '../context.ts';
import { recordAudit } from '../mutations/audit.ts';
import { idFromGlobalId } from '../mutations/global-id.ts';
import { claimIdempotencyKey, IDEMPOTENCY_KEY_DESCRIPTION } from '../mutations/idempotency.ts';
import { runInTransaction } from '../mutations/run-in-transaction.ts';
import { formatRate } from './assessment-scale.ts';
import { formatMoney } from './cost-estimate.ts';
import { MUTATION_ERRORS } from './errors.ts';
import { nodeConnection } from './node-connection.ts';
import { toCalendarDate } from './scalars.ts';
import { issueCostShares, type IssueCostSharesInput as IssueCostSharesUseCaseInput } from '../use-cases/costs/issue-cost-shares.ts';

export const PayerRuleEnum = builder.enumType('PayerRule', {
  values: describedValues(COST_PAYER_RULES, {
    STATES_PARTIES_AND_PARTICIPATING_NON_PARTIES: 'Every State Party, and the States not party that participate in the meeting (the CCM default, Art. 14(1)).',
    PARTICIPATING_STATES_ONLY: 'Only the States that participate, parties or not.',
    ALL_STATES_PARTIES: 'Every State Party, and no State not party.',
  }),
  description: 'Art. 14(1): who bears the cost of a meeting.',
});

function formatSharePercent(share: Prisma.Decimal | null): string | null {
  return share === null ? null : share.toFixed(Math.max(DEFAULT_SHARE_PLACES, share.decimalPlaces()));
}

/**
 * A State's payments towards a meeting's costs, whichever issue of the shares they were recorded against: a
 * re-issue does not make a State that already paid owe its share again. One query per batch of meetings.
 */
type PaymentOfState = Payment & { costShare: { stateId: string } };

const paymentsByMeeting = dataloaderGetter<string, Map<string, PaymentOfState[]>, string>(
  undefined,
  async (meetingIds, context) => {
    const payments = await (context as Context).prisma.payment.findMany({
      where: { costShare: { issue: { meetingId: { in: meetingIds } } } },
      include: { costShare: { select: { stateId: true, issue: { select: { meetingId: true } } } } },
      orderBy: [{ receivedOn: 'asc' }, { recordedAt: 'asc' }],
    });
    const byMeeting = new Map(meetingIds.map((id) => [id, new Map<string, PaymentOfState[]>()]));
    for (const payment of payments) {
      const { stateId, issue } = payment.costShare;
      const byState = byMeeting.get(issue.meetingId);
      byState?.set(stateId, [...(byState.get(stateId) ?? []), payment]);
    }
    return meetingIds.map((id) => byMeeting.get(id) ?? new Map<string, PaymentOfState[]>());
  },
  undefined,
  false,
);

async function paymentsOf(context: Context, share: { stateId: string; issue: { meetingId: string } }): Promise<PaymentOfState[]> {
  return (await paymentsByMeeting(context).load(share.issue.meetingId)).get(share.stateId) ?? [];
}

async function balanceOf(context: Context, share: { stateId: string; amount: Prisma.Decimal | null; issue: { meetingId: string } }) {
  const payments = await paymentsOf(context, share);
  return computeShareBalance({ amount: share.amount, payments: payments.map((payment) => payment.amount) });
}

const SHARE_MEETING = { issue: { select: { meetingId: true, currency: true } } } as const;

export const PaymentRef = builder.prismaNode('Payment', {
  // An unknown ID loads as null (node and nodes answer null), not as Prisma's not-found error.
  nullable: true,
  id: { field: 'id' },
  description:
    'A payment received from a State towards its share of a meeting’s cost. For the secretariat and the State’s focal points (auth/contribution-rules.ts): others see what a State has paid in total (`CostShare.paid`, `contributionsStatus`), not each payment.',
  include: { costShare: { select: { stateId: true } } },
  authScopes: readRule('Payment', (viewer, payment: { costShare: { stateId: string } }) => mayReadPaymentsOf(viewer, payment.costShare.stateId)),
  extensions: readableBy(SECRETARIAT_AND_OWN_STATE),
  fields: (t) => ({
    costShare: t.relation('costShare', { description: 'The share it was recorded against.' }),
    receivedOn: t.expose('receivedOn', { description: 'The day the payment was received, as `YYYY-MM-DD`.', type: 'Date' }),
    amount: t.field({ description: `The amount received: ${MONEY_DESCRIPTION}.`, type: 'Decimal', resolve: (payment) => formatMoney(payment.amount) }),
    currency: t.exposeString('currency', { description: CURRENCY_DESCRIPTION }),
    reference: t.string({
      nullable: true,
      description: 'The bank or treasury reference; for the secretariat only.',
      extensions: readableBy(SECRETARIAT),
      resolve: (payment, _args, context) => (mayReadPaymentReferences(context.viewer) ? payment.reference : null),
    }),
    recordedAt: t.expose('recordedAt', { description: RECORDED_AT_DESCRIPTION, type: 'DateTime' }),
  }),
});

export const CostShareRef = builder.prismaNode('CostShare', {
  // An unknown ID loads as null (node and nodes answer null), not as Prisma's not-found error.
  nullable: true,
  id: { field: 'id' },
  description:
    "A State's share of a meeting's cost as issued (Art. 14): its rate divided by the sum of the payers' rates, rounded so that the amounts add up to the total. A State without a rate is listed as unassessed, never dropped.",
  fields: (t) => ({
    issue: t.relation('issue', { description: "The issue of the meeting's cost shares this share belongs to." }),
    state: t.relation('state', { description: 'The State that owes the share.' }),
    assessed: t.exposeBoolean('assessed', { description: 'False for a payer without a rate: it owes nothing until a rate is agreed.' }),
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
    amount: t.field({ type: 'Decimal', nullable: true, description: 'The amount due.', resolve: (share) => share.amount && formatMoney(share.amount) }),
    currency: t.string({ description: CURRENCY_DESCRIPTION, select: SHARE_MEETING, resolve: (share) => share.issue.currency }),
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
    credit: t.field({
      type: 'Decimal',
      description: 'Paid beyond the share, when a re-issue lowered it below what the State had paid.',
      select: SHARE_MEETING,
      resolve: async (share, _args, context) => (await balanceOf(context, share)).credit,
    }),
    payments: t.connection(
      {
        type: PaymentRef,
        description: 'The State’s payments towards this meeting’s costs, in the order received; for the secretariat and the State’s focal points, empty for others.',
        extensions: readableBy(SECRETARIAT_AND_OWN_STATE),
        select: SHARE_MEETING,
        resolve: async (share, args, context) => {
          const payments = mayReadPaymentsOf(context.viewer, share.stateId) ? await paymentsOf(context, share) : [];
          return { ...resolveArrayConnection({ args }, payments), totalCount: payments.length };
        },
      },
      { name: 'CostSharePaymentsConnection', fields: (connection) => ({ totalCount: connection.exposeInt('totalCount', { description: TOTAL_COUNT_DESCRIPTION }) }) },
    ),
  }),
});

export const CostShareConnection = nodeConnection(CostShareRef, 'CostShare');

export const CostShareIssueRef = builder.prismaNode('CostShareIssue', {
  // An unknown ID loads as null (node and nodes answer null), not as Prisma's not-found error.
  nullable: true,
  id: { field: 'id' },
  description: "One issue of a meeting's cost shares. Issued shares never change; a re-issue is a new version and supersedes this one.",
  fields: (t) => ({
    meeting: t.relation('meeting', { description: 'The meeting whose costs are shared out.' }),
    version: t.exposeInt('version', { description: "The issue's number for its meeting, from 1; a re-issue gets the next one." }),
    estimate: t.relation('estimate', { description: 'The cost estimate shared out.' }),
    scale: t.relation('scale', { description: 'The scale of assessment whose rates were used.' }),
    scaleOverrideReason: t.exposeString('scaleOverrideReason', {
      nullable: true,
      description: 'Why the scale was applied although its period does not cover the meeting; null when it covers it.',
    }),
    payerRule: t.expose('payerRule', { description: 'Who bears the costs in this issue (Art. 14(1)).', type: PayerRuleEnum }),
    ceilingAndFloorReapplied: t.exposeBoolean('ceilingAndFloorReapplied', { description: 'Whether the 22 per cent ceiling and 0.001 per cent floor were re-applied among the payers.' }),
    currency: t.exposeString('currency', { description: CURRENCY_DESCRIPTION }),
    total: t.field({ description: `The total shared out: ${MONEY_DESCRIPTION}.`, type: 'Decimal', resolve: (issue) => formatMoney(issue.total) }),
    issuedAt: t.expose('issuedAt', { description: 'When the shares were issued (UTC).', type: 'DateTime' }),
    superseded: t.boolean({ description: 'True when a later issue replaced this one.', resolve: (issue) => issue.supersededAt !== null }),
    supersededAt: t.expose('supersededAt', { description: 'When a later issue replaced this one (UTC); null while it is current.', type: 'DateTime', nullable: true }),
    shares: t.relatedConnection('shares', {
      cursor: 'id',
      totalCount: true,
      description: 'The payers’ shares, assessed and unassessed, in alphabetical order of the States’ English names.',
      args: { assessed: t.arg.boolean({ description: 'Only the assessed (true) or the unassessed (false) payers.' }) },
      query: (args) => ({ where: args.assessed == null ? {} : { assessed: args.assessed }, orderBy: [{ state: { nameEn: 'asc' } }, { id: 'asc' }] }),
    }, CostShareConnection),
    paid: t.field({
      type: 'Decimal',
      description: 'What the payers have paid towards the meeting’s costs.',
      select: { meetingId: true, shares: { select: { stateId: true, amount: true } } },
      resolve: async (issue, _args, context) => {
        const byState = await paymentsByMeeting(context).load(issue.meetingId);
        const balances = issue.shares.map((share) => computeShareBalance({ amount: share.amount, payments: (byState.get(share.stateId) ?? []).map((payment) => payment.amount) }));
        return formatMoney(balances.reduce((sum, balance) => sum.plus(balance.paid), new Decimal(0)));
      },
    }),
    outstanding: t.field({
      type: 'Decimal',
      description: 'What remains to be paid of the assessed shares.',
      select: { meetingId: true, shares: { select: { stateId: true, amount: true } } },
      resolve: async (issue, _args, context) => {
        const byState = await paymentsByMeeting(context).load(issue.meetingId);
        const balances = issue.shares.map((share) => computeShareBalance({ amount: share.amount, payments: (byState.get(share.stateId) ?? []).map((payment) => payment.amount) }));
        return formatMoney(balances.reduce((sum, balance) => sum.plus(balance.outstanding ?? 0), new Decimal(0)));
      },
    }),
  }),
});

builder.prismaObjectFields('Meeting', (t) => ({
  costShares: t.prismaField({
    type: 'CostShareIssue',
    nullable: true,
    description: 'The current issue of the cost shares, with what is paid and outstanding; null before any is issued.',
    select: (_args, _context, nestedSelection) => ({
      costShareIssues: nestedSelection({ where: { supersededAt: null }, orderBy: { version: 'desc' }, take: 1 }),
    }),
    resolve: (_query, meeting) => meeting.costShareIssues[0] ?? null,
  }),
  costShareIssues: t.relatedConnection('costShareIssues', {
    cursor: 'id',
    totalCount: true,
    description: 'Every issue of the cost shares, latest first.',
    query: () => ({ orderBy: { version: 'desc' } }),
  }),
}));

builder.prismaObjectField('State', 'costShares', (t) =>
  t.relatedConnection('costShares', {
    cursor: 'id',
    totalCount: true,
    description: "The State's shares of meetings' costs, latest issue first.",
    args: { includeSuperseded: t.arg.boolean({ defaultValue: false, description: 'Include shares of issues since replaced.' }) },
    query: (args) => ({
      where: args.includeSuperseded ? {} : { issue: { supersededAt: null } },
      orderBy: [{ issue: { issuedAt: 'desc' } }, { id: 'asc' }],
    }),
  }, CostShareConnection),
);

// ------------------------------------------------------------------------------------------------ issue

const ExplicitRateInput = builder.inputType('ExplicitRateInput', {
  description: 'A rate agreed for one State for this apportionment (Holy See, State of Palestine, ...).',
  fields: (t) => ({
    iso3: t.string({ description: ISO3_DESCRIPTION, required: true }),
    ratePercent: t.field({ type: 'Decimal', required: true, description: 'In per cent, at most six decimals, e.g. "0.001".' }),
  }),
});

const IssueCostSharesInput = builder.inputType('IssueCostSharesInput', {
  description:
    'By default the shares are worked out on the scale of assessment whose period covers the year the meeting opens. Naming a scale (by `scale` or `scaleId`) whose period does not cover it is refused unless `scaleOverrideReason` says why.',
  fields: (t) => ({
    scale: t.string({ description: 'The name of the scale, e.g. "2022-2024"; by default the scale in force when the meeting opens.' }),
    scaleId: t.id({ description: 'The scale by its ID, instead of its name.' }),
    scaleOverrideReason: t.string({
      description: 'Why a scale whose period does not cover the meeting is applied (e.g. a decision of the Meeting); recorded in the audit trail, kept with the issue and printed on the assessment notices.',
    }),
    payerRule: t.field({ type: PayerRuleEnum, description: 'Who pays; by default the convention’s rule.' }),
    ceilingAndFloor: t.boolean({ defaultValue: false, description: 'Re-apply the 22 per cent ceiling and the 0.001 per cent floor among the payers.' }),
    explicitRates: t.field({ type: [ExplicitRateInput], description: 'Agreed rates; they win over the scale.' }),
    replacesVersion: t.int({
      description: 'The version of the current issue you read (none for the first): if the shares were issued since, you get a ConflictError.',
    }),
  }),
});

/** The domain names a State's code `stateCode`; the API calls it `iso3`. */
function withIso3Paths(error: unknown): unknown {
  if (!(error instanceof ValidationError)) return error;
  return new ValidationError({ issues: error.issues.map((issue) => ({ ...issue, path: issue.path.replace(/\.stateCode$/, '.iso3') })) });
}

/** The scale named by its name or its ID, or none: then the scale in force when the meeting opens. */
function namedScale(input: { scale?: string | null; scaleId?: string | number | null }): IssueCostSharesUseCaseInput['scale'] {
  if (input.scale != null && input.scaleId != null) {
    throw new ValidationError({ issues: [{ path: 'scale', message: 'Give the scale of assessment either by its name or by its ID, not both.' }] });
  }
  if (input.scaleId != null) return { id: idFromGlobalId({ globalId: String(input.scaleId), typename: 'AssessmentScale', path: 'scaleId' }) };
  return input.scale == null ? null : { name: input.scale.trim() };
}

builder.mutationField('issueCostShares', (t) =>
  t.field({
    type: CostShareIssueRef,
    description:
      "Shares the meeting's current cost estimate among its payers (Art. 14) on the scale of assessment in force when it opens, and issues the shares as a new version; the previous issue is kept, superseded.",
    errors: { types: MUTATION_ERRORS, dataField: { name: 'costShareIssue', description: MUTATION_DATA_DESCRIPTION } },
    authScopes: { secretariat: true },
    args: { meetingId: t.arg.id({ description: globalIdDescription('Meeting'), required: true }), input: t.arg({ description: MUTATION_INPUT_DESCRIPTION, type: IssueCostSharesInput, required: true }) },
    resolve: async (_parent, args, context) => {
      const meetingId = idFromGlobalId({ globalId: String(args.meetingId), typename: 'Meeting', path: 'meetingId' });
      let input;
      try {
        input = parseInput({
          schema: costShareIssueInputSchema,
          input: {
            payerRule: args.input.payerRule ?? undefined,
            ceilingAndFloor: args.input.ceilingAndFloor ?? false,
            explicitRates: (args.input.explicitRates ?? []).map((rate) => ({ stateCode: rate.iso3.trim().toUpperCase(), ratePercent: rate.ratePercent })),
          },
        });
      } catch (error) {
        throw withIso3Paths(error);
      }
      const scale = namedScale(args.input);
      return runInTransaction(context, (tx) =>
        issueCostShares({
          tx,
          actor: context,
          now: context.now(),
          input: { ...input, meetingId, scale, scaleOverrideReason: args.input.scaleOverrideReason ?? null, replacesVersion: args.input.replacesVersion ?? null },
        }),
      );
    },
  }),
);

// ------------------------------------------------------------------------------------------------ payments

const RecordPaymentInput = builder.inputType('RecordPaymentInput', {
  description: "A payment received from a State towards its share of a meeting's costs.",
  fields: (t) => ({
    receivedOn: t.field({ description: 'The day the payment was received, as `YYYY-MM-DD`.', type: 'Date', required: true }),
    amount: t.field({ type: 'Decimal', required: true, description: 'To the cent; no more than what is outstanding.' }),
    currency: t.string({ required: true, description: 'The currency of the share, e.g. "CHF".' }),
    reference: t.string({ description: 'The bank or treasury reference.' }),
  }),
});

const paymentFieldsSchema = paymentInputSchema.omit({ stateCode: true });

builder.mutationField('recordPayment', (t) =>
  t.field({
    type: PaymentRef,
    description: "Records a payment received from a State towards its current share of a meeting's cost. Send an idempotencyKey so that a retry cannot record it twice.",
    errors: { types: MUTATION_ERRORS, dataField: { name: 'payment', description: MUTATION_DATA_DESCRIPTION, extensions: readableBy(SECRETARIAT) } },
    authScopes: { secretariat: true },
    args: {
      costShareId: t.arg.id({ description: globalIdDescription('CostShare'), required: true }),
      input: t.arg({ description: MUTATION_INPUT_DESCRIPTION, type: RecordPaymentInput, required: true }),
      idempotencyKey: t.arg.string({ description: IDEMPOTENCY_KEY_DESCRIPTION }),
    },
    resolve: async (_parent, args, context) => {
      const costShareId = idFromGlobalId({ globalId: String(args.costShareId), typename: 'CostShare', path: 'costShareId' });
      const payment = parseInput({
        schema: paymentFieldsSchema,
        input: { amount: args.input.amount, currency: args.input.currency, receivedOn: toCalendarDate(args.input.receivedOn), reference: args.input.reference ?? undefined },
      });
      const { idempotencyKey, ...request } = args;
      return runInTransaction(context, async (transaction) => {
        const claim = await claimIdempotencyKey({ transaction, context, request: { operation: 'recordPayment', key: idempotencyKey, arguments: request } });
        if (claim.firstCreatedId) return transaction.payment.findUniqueOrThrow({ where: { id: claim.firstCreatedId }, include: { costShare: { select: { stateId: true } } } });
        // Serialises payments against one share, so two at once cannot both pass the check on what is outstanding.
        const locked = await transaction.$queryRaw<{ id: string }[]>`SELECT "id" FROM "CostShare" WHERE "id" = ${costShareId}::uuid FOR UPDATE`;
        if (locked.length === 0) throw new NotFoundError({ entity: 'CostShare', key: String(args.costShareId) });
        const share = await transaction.costShare.findUniqueOrThrow({
          where: { id: costShareId },
          include: { state: { select: { iso3: true, nameEn: true } }, issue: { select: { meetingId: true, currency: true, supersededAt: true, meeting: { select: { convenedOn: true } } } } },
        });
        const current = share.issue.supersededAt
          ? await transaction.costShareIssue.findFirst({ where: { meetingId: share.issue.meetingId }, orderBy: { version: 'desc' }, select: { version: true } })
          : null;
        const earlier = await transaction.payment.findMany({
          where: { costShare: { stateId: share.stateId, issue: { meetingId: share.issue.meetingId } } },
          select: { amount: true },
        });
        validatePayment({
          payment,
          share: {
            payer: `${share.state.nameEn} (${share.state.iso3})`,
            currency: share.issue.currency,
            amount: share.amount,
            payments: earlier.map((row) => row.amount),
            supersededByVersion: current?.version ?? null,
          },
          convenedOn: share.issue.meeting.convenedOn && toCalendarDate(share.issue.meeting.convenedOn),
          today: toCalendarDate(context.now()),
        });
        const created = await transaction.payment.create({
          data: {
            costShareId,
            receivedOn: args.input.receivedOn,
            amount: payment.amount,
            currency: payment.currency,
            reference: payment.reference ?? null,
            recordedAt: context.now(),
            recordedById: context.viewer.kind === 'user' ? context.viewer.user.id : null,
          },
          include: { costShare: { select: { stateId: true } } },
        });
        await recordAudit(transaction, context, {
          action: 'payment.record',
          entityType: 'Payment',
          entityId: created.id,
          after: { costShareId, iso3: share.state.iso3, receivedOn: payment.receivedOn, amount: payment.amount, currency: payment.currency, reference: payment.reference },
        });
        await claim.created(created.id);
        return created;
      });
    },
  }),
);
