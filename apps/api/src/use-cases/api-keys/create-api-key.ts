import type { ApiKey, ApiKeyScope } from '@plenary/db';
import { NotFoundError } from '@plenary/domain';
import { newApiKey } from '../../auth/tokens.ts';
import { actingUserId, recordAudit, type AuditActor, type TransactionClient } from '../../mutations/audit.ts';
import { auditedApiKey } from './api-key-record.ts';

/** The secret exists only in the answer to createApiKey; the database keeps a hash. */
export type CreatedApiKey = ApiKey & { key: string };

export interface CreateApiKeyInput {
  name: string;
  scopes: ApiKeyScope[];
  expiresAt?: Date | null | undefined;
  organisationId: string | null;
  /** The organisation's ID as the caller gave it, named in a NotFoundError. */
  organisationKey: string;
}

/** Issues a key for a partner, created by the signed-in user; the audit event keeps neither its secret nor its hash. */
export async function createApiKey(options: {
  tx: TransactionClient;
  actor: AuditActor;
  now: Date;
  input: CreateApiKeyInput;
}): Promise<CreatedApiKey> {
  const { tx, actor, now, input } = options;
  const createdById = actingUserId(actor);
  if (!createdById) throw new NotFoundError({ entity: 'User', key: 'signed-in' });
  const { organisationId } = input;
  if (organisationId && !(await tx.organisation.findUnique({ where: { id: organisationId }, select: { id: true } }))) {
    throw new NotFoundError({ entity: 'Organisation', key: input.organisationKey });
  }
  const { key, prefix, secretHash } = newApiKey();
  const apiKey = await tx.apiKey.create({
    data: {
      name: input.name,
      prefix,
      secretHash,
      scopes: input.scopes,
      organisationId,
      expiresAt: input.expiresAt ?? null,
      createdById,
    },
  });
  await recordAudit({
    tx,
    actor,
    now,
    entry: { action: 'apiKey.create', entityType: 'ApiKey', entityId: apiKey.id, after: auditedApiKey(apiKey) },
  });
  return { ...apiKey, key };
}
