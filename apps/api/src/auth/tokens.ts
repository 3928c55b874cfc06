import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

const SESSION_TOKEN_BYTES = 32;
const API_KEY_SECRET_BYTES = 24;
const API_KEY_PREFIX_BYTES = 6;
export const API_KEY_MARKER = 'plk';

/** Tokens and key secrets are random, so a fast hash suffices; only the hash is stored. */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

export function secretsMatch(hashA: string, hashB: string): boolean {
  const a = Buffer.from(hashA, 'hex');
  const b = Buffer.from(hashB, 'hex');
  return a.length === b.length && timingSafeEqual(a, b);
}

export function newSessionToken(): string {
  return randomBytes(SESSION_TOKEN_BYTES).toString('base64url');
}

/** An API key reads `plk_<prefix>_<secret>`: the prefix identifies it (and is shown), the secret is shown once. */
export function newApiKey(): { key: string; prefix: string; secretHash: string } {
  const prefix = randomBytes(API_KEY_PREFIX_BYTES).toString('hex');
  const secret = randomBytes(API_KEY_SECRET_BYTES).toString('base64url');
  const key = `${API_KEY_MARKER}_${prefix}_${secret}`;
  return { key, prefix, secretHash: hashSecret(key) };
}

export function apiKeyPrefixOf(key: string): string | null {
  const match = /^plk_([0-9a-f]{12})_[A-Za-z0-9_-]{20,64}$/.exec(key);
  return match?.[1] ?? null;
}
