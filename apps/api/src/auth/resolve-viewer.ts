import { Prisma, queryRows, type ApiKeyScope, type PrismaClient, type UserRole } from '@plenary/db';
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

/**
 * The viewer, and the data generation (packages/db migration *_data_generation) read by the same statement, which
 * the response cache keys answers by. Null without credentials: no statement is made then, and the cache reads it.
 */
export interface ResolvedViewer {
  viewer: Viewer;
  dataGeneration: bigint | null;
}

// Read in the lookup's own statement, so that checking credentials and the cache's freshness is one round trip.
const DATA_GENERATION = Prisma.sql`(SELECT "generation" FROM "DataGeneration") AS "dataGeneration"`;

interface SessionUserRow {
  sessionId: string;
  dataGeneration: bigint;
  ended: boolean;
  id: string;
  email: string;
  name: string;
  role: UserRole;
  stateId: string | null;
}

// Every signed-in request starts here, so the session and its user are read with one statement, not two, sent like
// a hot read's (queryRows). The instant is sent as UTC text, as the timestamps are stored.
async function viewerForSession(prisma: PrismaClient, token: string, now: Date): Promise<ResolvedViewer> {
  const [row] = await queryRows<SessionUserRow>(
    prisma,
    Prisma.sql`
    SELECT s."id" AS "sessionId", u."id", u."email", u."name", u."role"::text AS "role", u."stateId",
      (s."revokedAt" IS NOT NULL OR s."expiresAt" <= ${now.toISOString()}::timestamp OR NOT u."active") AS "ended", ${DATA_GENERATION}
    FROM "Session" s JOIN "User" u ON u."id" = s."userId"
    WHERE s."tokenHash" = ${hashSecret(token)}`,
  );
  if (!row || row.ended)
    throw new InvalidCredentialsError('Your session has ended or is not valid: sign in again.', !row);
  const { sessionId, ended: _ended, dataGeneration, ...user } = row;
  return { viewer: { kind: 'user', user: { ...user, sessionId } }, dataGeneration };
}

// A key's last use is kept to the minute: enough to tell which keys nobody uses, without a write per request.
const KEY_USE_RESOLUTION_MS = 60_000;

async function recordKeyUse(
  prisma: PrismaClient,
  apiKey: { id: string; lastUsedAt: Date | null },
  now: Date,
): Promise<void> {
  const stale = new Date(now.getTime() - KEY_USE_RESOLUTION_MS);
  if (apiKey.lastUsedAt && apiKey.lastUsedAt > stale) return;
  // Guarded again in SQL, so that of concurrent first requests in a minute only one writes.
  await prisma.apiKey.updateMany({
    where: { id: apiKey.id, OR: [{ lastUsedAt: null }, { lastUsedAt: { lte: stale } }] },
    data: { lastUsedAt: now },
  });
}

interface ApiKeyRow {
  id: string;
  name: string;
  prefix: string;
  secretHash: string;
  scopes: ApiKeyScope[];
  organisationId: string | null;
  expiresAt: Date | null;
  revokedAt: Date | null;
  lastUsedAt: Date | null;
  dataGeneration: bigint;
}

async function viewerForApiKey(prisma: PrismaClient, key: string, now: Date): Promise<ResolvedViewer> {
  const prefix = apiKeyPrefixOf(key);
  const [apiKey] = prefix
    ? await queryRows<ApiKeyRow>(
        prisma,
        Prisma.sql`
        SELECT "id", "name", "prefix", "secretHash", "scopes"::text[] AS "scopes", "organisationId", "expiresAt", "revokedAt", "lastUsedAt", ${DATA_GENERATION}
        FROM "ApiKey" WHERE "prefix" = ${prefix}`,
      )
    : [];
  const known = apiKey !== undefined && secretsMatch(apiKey.secretHash, hashSecret(key));
  if (!known || apiKey.revokedAt || (apiKey.expiresAt && apiKey.expiresAt <= now)) {
    throw new InvalidCredentialsError('This API key is not valid, has expired or was revoked.', !known);
  }
  await recordKeyUse(prisma, apiKey, now);
  const { id, name, scopes, organisationId } = apiKey;
  return {
    viewer: { kind: 'apiKey', apiKey: { id, name, prefix: apiKey.prefix, scopes, organisationId } },
    dataGeneration: apiKey.dataGeneration,
  };
}

/** Who is asking; bad credentials are refused rather than treated as anonymous, so mistakes are visible. */
export async function resolveViewer(
  prisma: PrismaClient,
  credentials: Credentials,
  now: Date,
): Promise<ResolvedViewer> {
  if (credentials.bearerToken) return viewerForSession(prisma, credentials.bearerToken, now);
  if (credentials.apiKey) return viewerForApiKey(prisma, credentials.apiKey, now);
  return { viewer: { kind: 'anonymous' }, dataGeneration: null };
}
