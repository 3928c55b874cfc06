import type { ApiKey } from '@plenary/db';
import { ConflictError, NotFoundError } from '@plenary/domain';
import { recordAudit, type AuditActor, type TransactionClient } from '../../mutations/audit.ts';
import { auditedApiKey } from './api-key-record.ts';

export interface RevokeApiKeyInput {
  apiKeyId: string;
  /** The key's ID as the caller gave it, named in a NotFoundError. */
  givenId: string;
}

/** Stops a key from working at once; a key already revoked is a conflict. The key stays, for the audit log. */
export async function revokeApiKey(options: {
  tx: TransactionClient;
  actor: AuditActor;
  now: Date;
  input: RevokeApiKeyInput;
}): Promise<ApiKey> {
  const { tx, actor, now, input } = options;
  const { apiKeyId } = input;
  const before = await tx.apiKey.findUnique({ where: { id: apiKeyId } });
  if (!before) throw new NotFoundError({ entity: 'ApiKey', key: input.givenId });
  if (before.revokedAt) throw new ConflictError({ message: `The key ${before.prefix} was already revoked.` });
  const apiKey = await tx.apiKey.update({ where: { id: apiKeyId }, data: { revokedAt: now } });
  await recordAudit({
    tx,
    actor,
    now,
    entry: {
      action: 'apiKey.revoke',
      entityType: 'ApiKey',
      entityId: apiKeyId,
      before: auditedApiKey(before),
      after: auditedApiKey(apiKey),
    },
  });
  return apiKey;
}
