import type { PrismaClient } from '@plenary/db';
import type { Viewer } from '../context.ts';
import { apiKeyPrefixOf, hashSecret, secretsMatch } from './tokens.ts';

export interface Credentials {
  bearerToken: string | null;
  apiKey: string | null;
}

export class InvalidCredentialsError extends Error {
  override name = 'InvalidCredentialsError';
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

async function viewerForSession(prisma: PrismaClient, token: string, now: Date): Promise<Viewer> {
  const session = await prisma.session.findUnique({ where: { tokenHash: hashSecret(token) }, include: { user: true } });
  if (!session || session.revokedAt || session.expiresAt <= now || !session.user.active) {
    throw new InvalidCredentialsError('Your session has ended or is not valid: sign in again.');
  }
  const { user } = session;
  return { kind: 'user', user: { id: user.id, email: user.email, name: user.name, role: user.role, stateId: user.stateId, sessionId: session.id } };
}

async function viewerForApiKey(prisma: PrismaClient, key: string, now: Date): Promise<Viewer> {
  const prefix = apiKeyPrefixOf(key);
  const apiKey = prefix ? await prisma.apiKey.findUnique({ where: { prefix } }) : null;
  if (!apiKey || !secretsMatch(apiKey.secretHash, hashSecret(key)) || apiKey.revokedAt || (apiKey.expiresAt && apiKey.expiresAt <= now)) {
    throw new InvalidCredentialsError('This API key is not valid, has expired or was revoked.');
  }
  return { kind: 'apiKey', apiKey: { id: apiKey.id, name: apiKey.name, prefix: apiKey.prefix, organisationId: apiKey.organisationId } };
}

/** Who is asking; bad credentials are refused rather than treated as anonymous, so mistakes are visible. */
export async function resolveViewer(prisma: PrismaClient, credentials: Credentials, now: Date): Promise<Viewer> {
  if (credentials.bearerToken) return viewerForSession(prisma, credentials.bearerToken, now);
  if (credentials.apiKey) return viewerForApiKey(prisma, credentials.apiKey, now);
  return { kind: 'anonymous' };
}
