import type { Prisma } from '@plenary/db';
import type { Context } from '../context.ts';

export type TransactionClient = Prisma.TransactionClient;

export interface AuditEntry {
  /** `<entity>.<verb>`, e.g. `meeting.convene`. */
  action: string;
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
}

// Dates, Decimals and BigInts become JSON the way clients see them.
function toJson(value: unknown): Prisma.InputJsonValue | undefined {
  if (value === undefined || value === null) return undefined;
  return JSON.parse(JSON.stringify(value, (_key, inner: unknown) => (typeof inner === 'bigint' ? inner.toString() : inner))) as Prisma.InputJsonValue;
}

/** Who makes a change, as the audit trail records it. */
export type AuditActor = Pick<Context, 'viewer' | 'requestId' | 'now'>;

/** Writes who changed what, when, before and after; call it inside the mutation's transaction. */
export async function recordAudit(transaction: TransactionClient, context: AuditActor, entry: AuditEntry): Promise<void> {
  const { viewer } = context;
  await transaction.auditEvent.create({
    data: {
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      before: toJson(entry.before),
      after: toJson(entry.after),
      requestId: context.requestId,
      actorUserId: viewer.kind === 'user' ? viewer.user.id : null,
      actorApiKeyId: viewer.kind === 'apiKey' ? viewer.apiKey.id : null,
      at: context.now(),
    },
  });
}
