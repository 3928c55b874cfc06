import type { ApiKey, PrismaClient, UserRole } from '@plenary/db';
import type { Viewer } from '../context.ts';
import { apiKeyPrefixOf, hashSecret, secretsMatch } from './tokens.ts';

export interface Credentials {
  bearerToken: string | null;
  apiKey: string | null;
}

export class InvalidCredentialsError extends Error {
  override name = 'InvalidCredentialsError';

  /**
   * @param unknown true when no such key or session exists (a guess, a typo); false when it exists but has ended
   *   (expired, revoked, its user deactivated), which only its holder can send.
   */
  constructor(
    message: string,
    readonly unknown: boolean,
  ) {
    super(message);
  }
}

/** Reads `Authorization: Bearer <session token>` or `X-API-Key: <key>` from request headers. */
export function credentialsFromHeaders(headers: Record<string, string | string[] | undefined>): Credentials {
  const header = (name: string) => {
    const value = headers[name];
    return (Array.isArray(value) ? value[0] : value)?.trim() || null;
  };
  const authorization = header('authorization');
  const bearer = authorization && /^Bearer\s+(\S+)$/i.exec(authorization)?.[1];
  return { bearerToken: bearer ?? null, apiKey: header('x-api-key') };
}

interface SessionUserRow {
  sessionId: string;
  ended: boolean;
  id: string;
  email: string;
  name: string;
  role: UserRole;
  stateId: string | null;
}

// Every signed-in request starts here, so the session and its user are read with one statement, not two.
async function viewerForSession(prisma: PrismaClient, token: string, now: Date): Promise<Viewer> {
  const [row] = await prisma.$queryRaw<SessionUserRow[]>`
    SELECT s."id" AS "sessionId", u."id", u."email", u."name", u."role"::text AS "role", u."stateId",
      (s."revokedAt" IS NOT NULL OR s."expiresAt" <= ${now} OR NOT u."active") AS "ended"
    FROM "Session" s JOIN "User" u ON u."id" = s."userId"
    WHERE s."tokenHash" = ${hashSecret(token)}`;
  if (!row || row.ended) throw new InvalidCredentialsError('Your session has ended or is not valid: sign in again.', !row);
  const { sessionId, ended: _ended, ...user } = row;
  return { kind: 'user', user: { ...user, sessionId } };
}

// A key's last use is kept to the minute: enough to tell which keys nobody uses, without a write per request.
const KEY_USE_RESOLUTION_MS = 60_000;

async function recordKeyUse(prisma: PrismaClient, apiKey: Pick<ApiKey, 'id' | 'lastUsedAt'>, now: Date): Promise<void> {
  const stale = new Date(now.getTime() - KEY_USE_RESOLUTION_MS);
  if (apiKey.lastUsedAt && apiKey.lastUsedAt > stale) return;
  // Guarded again in SQL, so that of concurrent first requests in a minute only one writes.
  await prisma.apiKey.updateMany({ where: { id: apiKey.id, OR: [{ lastUsedAt: null }, { lastUsedAt: { lte: stale } }] }, data: { lastUsedAt: now } });
}

async function viewerForApiKey(prisma: PrismaClient, key: string, now: Date): Promise<Viewer> {
  const prefix = apiKeyPrefixOf(key);
  const apiKey = prefix ? await prisma.apiKey.findUnique({ where: { prefix } }) : null;
  const known = apiKey !== null && secretsMatch(apiKey.secretHash, hashSecret(key));
  if (!known || apiKey.revokedAt || (apiKey.expiresAt && apiKey.expiresAt <= now)) {
    throw new InvalidCredentialsError('This API key is not valid, has expired or was revoked.', !known);
  }
  await recordKeyUse(prisma, apiKey, now);
  return { kind: 'apiKey', apiKey: { id: apiKey.id, name: apiKey.name, prefix: apiKey.prefix, organisationId: apiKey.organisationId } };
}

/** Who is asking; bad credentials are refused rather than treated as anonymous, so mistakes are visible. */
export async function resolveViewer(prisma: PrismaClient, credentials: Credentials, now: Date): Promise<Viewer> {
  if (credentials.bearerToken) return viewerForSession(prisma, credentials.bearerToken, now);
  if (credentials.apiKey) return viewerForApiKey(prisma, credentials.apiKey, now);
  return { kind: 'anonymous' };
}
