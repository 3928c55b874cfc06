import type { CostEstimate } from '@plenary/db';
import { ConflictError, DEFAULT_MINOR_UNITS, NotFoundError } from '@plenary/domain';
import { costEstimateInputSchema } from '@plenary/domain/inputs/cost-input';
import { parseInput } from '@plenary/domain/inputs/parse-input';
import Decimal from 'decimal.js';
import { formatMoney } from '../../costs/format-money.ts';
import { actingUserId, recordAudit, type AuditActor, type TransactionClient } from '../../mutations/audit.ts';
import { claimIdempotencyKey, type IdempotentRequest } from '../../mutations/idempotency.ts';

export interface SetCostEstimateInput {
  meetingId: string;
  /** The meeting's ID as the caller gave it, named in a NotFoundError. */
  meetingKey: string;
  /** The SetCostEstimateInput as sent, unchecked. */
  estimate: unknown;
  /** The version of the current estimate the caller read (null: none); a later estimate is not overwritten. */
  replacesVersion: number | null;
  /** The retry key and the arguments a retry must repeat. */
  idempotency: Omit<IdempotentRequest, 'operation'>;
}

/**
 * Sets a meeting's cost estimate as a new version totalling its lines exactly; a retry with the same idempotency key
 * returns the first version set. One audit event.
 */
export async function setCostEstimate(options: {
  tx: TransactionClient;
  actor: AuditActor;
  now: Date;
  input: SetCostEstimateInput;
}): Promise<CostEstimate> {
  const { tx, actor, now, input } = options;
  const { meetingId, replacesVersion } = input;
  const { kind, currency, lines } = parseInput({ schema: costEstimateInputSchema, input: input.estimate });
  const total = lines.reduce((sum, line) => sum.plus(line.amount), new Decimal(0));
  const claim = await claimIdempotencyKey({
    tx,
    actor,
    now,
    request: { operation: 'setCostEstimate', ...input.idempotency },
  });
  if (claim.firstCreatedId) return tx.costEstimate.findUniqueOrThrow({ where: { id: claim.firstCreatedId } });
  const meeting = await tx.meeting.findUnique({ where: { id: meetingId }, select: { id: true, code: true } });
  if (!meeting) throw new NotFoundError({ entity: 'Meeting', key: input.meetingKey });
  const current = await tx.costEstimate.findFirst({
    where: { meetingId },
    orderBy: { version: 'desc' },
    select: { version: true },
  });
  const currentVersion = current?.version ?? 0;
  if (replacesVersion !== null && replacesVersion !== currentVersion) {
    throw new ConflictError({
      message: `The cost estimate of ${meeting.code} is at version ${currentVersion}, not ${replacesVersion}: someone set it since you read it. Reload it and apply your change again.`,
    });
  }
  const estimate = await tx.costEstimate.create({
    data: {
      meetingId,
      kind,
      version: currentVersion + 1,
      currency,
      total: total.toFixed(DEFAULT_MINOR_UNITS),
      createdById: actingUserId(actor),
      createdAt: now,
      lines: {
        createMany: {
          data: lines.map((line, index) => ({
            position: index + 1,
            description: line.description,
            amount: line.amount,
          })),
        },
      },
    },
  });
  await recordAudit({
    tx,
    actor,
    now,
    entry: {
      action: 'costEstimate.set',
      entityType: 'CostEstimate',
      entityId: estimate.id,
      before: current ? { version: currentVersion } : undefined,
      after: { meetingId, version: estimate.version, kind, currency, total: formatMoney(total), lines },
    },
  });
  await claim.created(estimate.id);
  return estimate;
}
