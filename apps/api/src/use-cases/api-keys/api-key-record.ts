import type { ApiKey } from '@plenary/db';

/** What the audit log keeps of a key: never its secret or hash. */
export function auditedApiKey(apiKey: ApiKey): Record<string, unknown> {
  const { name, prefix, scopes, organisationId, expiresAt, revokedAt } = apiKey;
  return { name, prefix, scopes, organisationId, expiresAt, revokedAt };
}
