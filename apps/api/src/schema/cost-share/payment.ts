import type { Prisma } from '@plenary/db';
import { computeShareBalance } from '@plenary/domain';
import { dataloaderGetter } from '@pothos/plugin-dataloader';
import { mayReadPaymentReferences, mayReadPaymentsOf } from '../../auth/contribution-rules.ts';
import { readRule } from '../../auth/node-read-rules.ts';
import { readableBy, SECRETARIAT, SECRETARIAT_AND_OWN_STATE } from '../../auth/readers.ts';
import { builder } from '../../builder.ts';
import type { Context } from '../../context.ts';
import { formatMoney } from '../../costs/format-money.ts';
import { paymentKey, paymentsTowards, type PaymentTowards } from '../../costs/payments-towards.ts';
import { nodeConnection } from '../node-connection.ts';
import { CURRENCY_DESCRIPTION, MONEY_DESCRIPTION, RECORDED_AT_DESCRIPTION } from '../shared-descriptions.ts';

// The payments towards the costs of the meetings of the shares read in one request: one query per batch of meetings.
const paymentsByMeeting = dataloaderGetter<string, Map<string, PaymentTowards[]>, string>(
  undefined,
  async (meetingIds, context) => {
    const byPair = await paymentsTowards((context as Context).prisma, { meetingIds });
    return meetingIds.map(() => byPair);
  },
  undefined,
  false,
);

export async function paymentsOf(
  context: Context,
  share: { stateId: string; issue: { meetingId: string } },
): Promise<PaymentTowards[]> {
  const byPair = await paymentsByMeeting(context).load(share.issue.meetingId);
  return byPair.get(paymentKey({ meetingId: share.issue.meetingId, stateId: share.stateId })) ?? [];
}

export async function balanceOf(
  context: Context,
  share: { stateId: string; amount: Prisma.Decimal | null; issue: { meetingId: string } },
) {
  const payments = await paymentsOf(context, share);
  return computeShareBalance({ amount: share.amount, payments: payments.map((payment) => payment.amount) });
}

export const PaymentRef = builder.prismaNode('Payment', {
  // An unknown ID loads as null (node and nodes answer null), not as Prisma's not-found error.
  nullable: true,
  id: { field: 'id' },
  description:
    'A payment received from a State towards its share of a meeting’s cost. For the secretariat and the State’s focal points (auth/contribution-rules.ts): others see what a State has paid in total (`CostShare.paid`, `contributionsStatus`), not each payment.',
  include: { costShare: { select: { stateId: true } } },
  authScopes: readRule('Payment', (viewer, payment: { costShare: { stateId: string } }) =>
    mayReadPaymentsOf(viewer, payment.costShare.stateId),
  ),
  extensions: readableBy(SECRETARIAT_AND_OWN_STATE),
  fields: (t) => ({
    costShare: t.relation('costShare', { description: 'The share it was recorded against.' }),
    receivedOn: t.expose('receivedOn', {
      description: 'The day the payment was received, as `YYYY-MM-DD`.',
      type: 'Date',
    }),
    amount: t.field({
      description: `The amount received: ${MONEY_DESCRIPTION}.`,
      type: 'Decimal',
      resolve: (payment) => formatMoney(payment.amount),
    }),
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

export const PaymentConnection = nodeConnection(PaymentRef, 'Payment');
