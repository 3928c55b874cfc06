import type { Prisma } from '@plenary/db';
import { viewerUser, type Context } from '../context.ts';

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
  return JSON.parse(
    JSON.stringify(value, (_key, inner: unknown) => (typeof inner === 'bigint' ? inner.toString() : inner)),
  ) as Prisma.InputJsonValue;
}

/** Who acts, under which request: what an audit event records of a request's context. */
export type AuditActor = Pick<Context, 'viewer' | 'requestId'>;

/** The signed-in user who acts, recorded beside what they change; null for an API key or an anonymous caller. */
export function actingUserId(actor: AuditActor): string | null {
  return viewerUser(actor.viewer)?.id ?? null;
}

/** Writes who changed what, at `now`, before and after; call it inside the mutation's transaction. */
export async function recordAudit(options: {
  tx: TransactionClient;
  actor: AuditActor;
  now: Date;
  entry: AuditEntry;
}): Promise<void> {
  const { tx, actor, now, entry } = options;
  const { viewer } = actor;
  await tx.auditEvent.create({
    data: {
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      before: toJson(entry.before),
      after: toJson(entry.after),
      requestId: actor.requestId,
      actorUserId: actingUserId(actor),
      actorApiKeyId: viewer.kind === 'apiKey' ? viewer.apiKey.id : null,
      at: now,
    },
  });
}
