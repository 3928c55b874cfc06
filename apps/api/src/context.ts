import type { ApiKeyScope, PrismaClient, UserRole } from '@plenary/db';
import type { Logger } from 'pino';
import type { RequestRateLimit } from './security/request-rate-limit.ts';

export interface SignedInUser {
  id: string;
  email: string;
  name: string;
  role: UserRole;
  stateId: string | null;
  sessionId: string;
}

export interface PartnerApiKey {
  id: string;
  name: string;
  prefix: string;
  scopes: ApiKeyScope[];
  organisationId: string | null;
}

/** Who is asking: nobody in particular, a signed-in user, or a partner with an API key. */
export type Viewer =
  { kind: 'anonymous' } | { kind: 'user'; user: SignedInUser } | { kind: 'apiKey'; apiKey: PartnerApiKey };

export interface Context {
  prisma: PrismaClient;
  viewer: Viewer;
  /** The request's ID (http/request-id.ts), also in its log lines, its errors and its audit events. */
  requestId: string;
  logger: Logger;
  /** What this request spends of its caller's rate limit; null when rate limits are off. */
  rateLimit: RequestRateLimit | null;
  /** The current instant; tests pass a fixed clock. */
  now: () => Date;
  /** The data generation read with the session or API key (auth/resolve-viewer.ts); null without credentials. */
  dataGeneration: bigint | null;
}

export function viewerUser(viewer: Viewer): SignedInUser | null {
  return viewer.kind === 'user' ? viewer.user : null;
}

export function isAdmin(viewer: Viewer): boolean {
  return viewerUser(viewer)?.role === 'ADMIN';
}

export function isSecretariat(viewer: Viewer): boolean {
  const user = viewerUser(viewer);
  return user !== null && (user.role === 'ADMIN' || user.role === 'SECRETARIAT');
}
