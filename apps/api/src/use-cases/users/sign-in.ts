import type { PrismaClient } from '@plenary/db';
import { ForbiddenError, ValidationError } from '@plenary/domain';
import { z } from 'zod';
import { passwordMatchesHash } from '../../auth/passwords.ts';
import { hashSecret, newSessionToken } from '../../auth/tokens.ts';
import type { AuditActor } from '../../mutations/audit.ts';
import type { SignInGuard } from '../../security/rate-limit.ts';

const SESSION_LIFETIME_MS = 12 * 60 * 60 * 1000;

const signInInput = z.object({
  email: z.email('Enter the e-mail address you were registered with.').trim().toLowerCase(),
  password: z.string().min(1, 'Enter your password.').max(1_000, 'Passwords are at most 1000 characters.'),
});

/**
 * Opens a session for a user whose e-mail address and password match and whose account is active; every other case
 * answers the same ForbiddenError, so a caller cannot tell which was wrong. Takes the client, not a transaction: the
 * password check is slow on purpose and must not hold a connection, so the session, the sign-in time and the audit
 * event are written afterwards in one batch.
 */
export async function signIn(options: {
  prisma: PrismaClient;
  actor: AuditActor;
  now: Date;
  input: { email: string; password: string };
  /** Throttles guessing; absent when rate limits are off. */
  guard: SignInGuard | undefined;
}): Promise<{ token: string; expiresAt: Date }> {
  const { prisma, actor, now, guard } = options;
  const parsed = signInInput.safeParse(options.input);
  if (!parsed.success)
    throw new ValidationError({
      issues: parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })),
    });
  const { email, password } = parsed.data;
  await guard?.assertMayTry(email);
  const user = await prisma.user.findUnique({ where: { email } });
  const passwordMatches = await passwordMatchesHash({ password, passwordHash: user?.passwordHash ?? null });
  if (!user || !passwordMatches || !user.active) {
    await guard?.recordFailure(email);
    throw new ForbiddenError({
      message: 'The e-mail address or the password is not right, or the account is disabled.',
    });
  }
  const token = newSessionToken();
  const expiresAt = new Date(now.getTime() + SESSION_LIFETIME_MS);
  await prisma.$transaction([
    prisma.session.create({ data: { userId: user.id, tokenHash: hashSecret(token), expiresAt } }),
    prisma.user.update({ where: { id: user.id }, data: { lastSignInAt: now } }),
    prisma.auditEvent.create({
      data: {
        actorUserId: user.id,
        action: 'user.signIn',
        entityType: 'User',
        entityId: user.id,
        requestId: actor.requestId,
        at: now,
      },
    }),
  ]);
  return { token, expiresAt };
}
