import type { Payment, Prisma, PrismaClient } from '@plenary/db';

/** A payment, with the meeting and the State whose share it counts towards. */
export type PaymentTowards = Payment & { costShare: { stateId: string; issue: { meetingId: string } } };

/** The key of a meeting and a State in the map `paymentsTowards` returns. */
export function paymentKey(pair: { meetingId: string; stateId: string }): string {
  return `${pair.meetingId}|${pair.stateId}`;
}

/**
 * The payments towards the meetings' costs, whichever issue of the shares they were recorded against (a re-issue
 * does not make a State that already paid owe its share again), oldest first, by `paymentKey`; `stateIds` narrows
 * them to those States. One query, naming meetings and States by their IDs (`IN`), never one condition per pair: a
 * condition per pair made the database plan and hold each of them (a thousand notices took half a minute and a
 * gigabyte).
 */
export async function paymentsTowards(
  prisma: PrismaClient | Prisma.TransactionClient,
  of: { meetingIds: readonly string[]; stateIds?: readonly string[] },
): Promise<Map<string, PaymentTowards[]>> {
  const byPair = new Map<string, PaymentTowards[]>();
  if (of.meetingIds.length === 0 || of.stateIds?.length === 0) return byPair;
  const payments = await prisma.payment.findMany({
    where: {
      costShare: {
        ...(of.stateIds && { stateId: { in: [...new Set(of.stateIds)] } }),
        issue: { meetingId: { in: [...new Set(of.meetingIds)] } },
      },
    },
    include: { costShare: { select: { stateId: true, issue: { select: { meetingId: true } } } } },
    orderBy: [{ receivedOn: 'asc' }, { recordedAt: 'asc' }],
  });
  for (const payment of payments) {
    const key = paymentKey({ meetingId: payment.costShare.issue.meetingId, stateId: payment.costShare.stateId });
    const ofPair = byPair.get(key);
    if (ofPair) ofPair.push(payment);
    else byPair.set(key, [payment]);
  }
  return byPair;
}
