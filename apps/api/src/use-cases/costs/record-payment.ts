import { toCalendarDate, type Payment } from '@plenary/db';
import { NotFoundError, validatePayment } from '@plenary/domain';
import { paymentInputSchema } from '@plenary/domain/inputs/cost-input';
import { parseInput } from '@plenary/domain/inputs/parse-input';
import { actingUserId, recordAudit, type AuditActor, type TransactionClient } from '../../mutations/audit.ts';
import { claimIdempotencyKey, type IdempotentRequest } from '../../mutations/idempotency.ts';

export interface RecordPaymentInput {
  costShareId: string;
  /** The cost share's ID as the caller gave it, named in a NotFoundError. */
  costShareKey: string;
  /** The RecordPaymentInput as sent, unchecked. */
  payment: { receivedOn: Date; amount: string; currency: string; reference?: string | null };
  /** The retry key and the arguments a retry must repeat. */
  idempotency: Omit<IdempotentRequest, 'operation'>;
}

const paymentFieldsSchema = paymentInputSchema.omit({ iso3: true });

/**
 * Records a payment towards a State's current share of a meeting's cost, never more than it has outstanding over
 * every issue of the shares; a retry with the same idempotency key returns the first payment. One audit event.
 */
export async function recordPayment(options: {
  tx: TransactionClient;
  actor: AuditActor;
  now: Date;
  input: RecordPaymentInput;
}): Promise<Payment & { costShare: { stateId: string } }> {
  const { tx, actor, now, input } = options;
  const { costShareId } = input;
  const payment = parseInput({
    schema: paymentFieldsSchema,
    input: {
      amount: input.payment.amount,
      currency: input.payment.currency,
      receivedOn: toCalendarDate(input.payment.receivedOn),
      reference: input.payment.reference ?? undefined,
    },
  });
  const claim = await claimIdempotencyKey({
    tx,
    actor,
    now,
    request: { operation: 'recordPayment', ...input.idempotency },
  });
  if (claim.firstCreatedId)
    return tx.payment.findUniqueOrThrow({
      where: { id: claim.firstCreatedId },
      include: { costShare: { select: { stateId: true } } },
    });
  // Serialises payments against one share, so two at once cannot both pass the check on what is outstanding.
  const locked = await tx.$queryRaw<
    { id: string }[]
  >`SELECT "id" FROM "CostShare" WHERE "id" = ${costShareId}::uuid FOR UPDATE`;
  if (locked.length === 0) throw new NotFoundError({ entity: 'CostShare', key: input.costShareKey });
  const share = await tx.costShare.findUniqueOrThrow({
    where: { id: costShareId },
    include: {
      state: { select: { iso3: true, nameEn: true } },
      issue: {
        select: { meetingId: true, currency: true, supersededAt: true, meeting: { select: { convenedOn: true } } },
      },
    },
  });
  const current = share.issue.supersededAt
    ? await tx.costShareIssue.findFirst({
        where: { meetingId: share.issue.meetingId },
        orderBy: { version: 'desc' },
        select: { version: true },
      })
    : null;
  const earlier = await tx.payment.findMany({
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
    today: toCalendarDate(now),
  });
  const created = await tx.payment.create({
    data: {
      costShareId,
      receivedOn: input.payment.receivedOn,
      amount: payment.amount,
      currency: payment.currency,
      reference: payment.reference ?? null,
      recordedAt: now,
      recordedById: actingUserId(actor),
    },
    include: { costShare: { select: { stateId: true } } },
  });
  await recordAudit({
    tx,
    actor,
    now,
    entry: {
      action: 'payment.record',
      entityType: 'Payment',
      entityId: created.id,
      after: {
        costShareId,
        iso3: share.state.iso3,
        receivedOn: payment.receivedOn,
        amount: payment.amount,
        currency: payment.currency,
        reference: payment.reference,
      },
    },
  });
  await claim.created(created.id);
  return created;
}
