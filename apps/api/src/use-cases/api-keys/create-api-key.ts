import type { ApiKey } from '@plenary/db';
import { NotFoundError } from '@plenary/domain';
import { createApiKeyInputSchema } from '@plenary/domain/inputs/access-input';
import { parseInput } from '@plenary/domain/inputs/parse-input';
import { newApiKey } from '../../auth/tokens.ts';
import { actingUserId, recordAudit, type AuditActor, type TransactionClient } from '../../mutations/audit.ts';
import { auditedApiKey } from './api-key-record.ts';

/** The secret exists only in the answer to createApiKey; the database keeps a hash. */
export type CreatedApiKey = ApiKey & { key: string };

export interface CreateApiKeyInput {
  /** The key's name, scopes and expiry as sent, unchecked (an expiry must lie after `now`). */
  fields: { name: string; scopes: readonly string[]; expiresAt?: Date | null | undefined };
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
  const fields = parseInput({ schema: createApiKeyInputSchema({ now }), input: input.fields });
  const createdById = actingUserId(actor);
  if (!createdById) throw new NotFoundError({ entity: 'User', key: 'signed-in' });
  const { organisationId } = input;
  if (organisationId && !(await tx.organisation.findUnique({ where: { id: organisationId }, select: { id: true } }))) {
    throw new NotFoundError({ entity: 'Organisation', key: input.organisationKey });
  }
  const { key, prefix, secretHash } = newApiKey();
  const apiKey = await tx.apiKey.create({
    data: {
      name: fields.name,
      prefix,
      secretHash,
      scopes: fields.scopes,
      organisationId,
      expiresAt: fields.expiresAt ?? null,
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
