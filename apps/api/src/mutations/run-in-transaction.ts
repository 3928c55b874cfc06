import { Prisma } from '@plenary/db';
import { ConflictError, NotFoundError } from '@plenary/domain';
import type { Context } from '../context.ts';
import type { TransactionClient } from './audit.ts';

const TRANSACTION_TIMEOUT_MS = 30_000;
const TRANSACTION_MAX_WAIT_MS = 10_000;

/** Database refusals a client can act on become domain errors; anything else stays unexpected. */
export function translatePrismaError(error: unknown): unknown {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError)) return error;
  switch (error.code) {
    case 'P2002':
      return new ConflictError({ message: `This would duplicate an existing record (${describeTarget(error)}).` });
    case 'P2003':
      return new ConflictError({
        message: 'This refers to a record that does not exist, or is still referred to by others.',
      });
    case 'P2025':
      return new NotFoundError({ entity: 'Record', key: 'requested', message: 'The record to change was not found.' });
    case 'P2034':
      return new ConflictError({
        message: 'Someone else changed the same data at the same time. Reload and try again.',
      });
    default:
      return error;
  }
}

function describeTarget(error: Prisma.PrismaClientKnownRequestError): string {
  const target = (error.meta as { target?: unknown } | undefined)?.target;
  return Array.isArray(target) ? target.join(', ') : 'a unique field';
}

/** Runs a mutation's writes and its audit event in one transaction: all of it is stored, or none. */
export async function runInTransaction<T>(
  context: Context,
  work: (transaction: TransactionClient) => Promise<T>,
): Promise<T> {
  try {
    return await context.prisma.$transaction(work, {
      timeout: TRANSACTION_TIMEOUT_MS,
      maxWait: TRANSACTION_MAX_WAIT_MS,
    });
  } catch (error) {
    throw translatePrismaError(error);
  }
}

/**
 * Optimistic concurrency: the update applies only if the row still has the version the client read.
 * Returns normally when it applied; throws ConflictError when someone changed it first, NotFoundError when it is gone.
 */
export async function assertVersionBumped(options: {
  updatedCount: number;
  entity: string;
  key: string;
  exists: () => Promise<boolean>;
}): Promise<void> {
  if (options.updatedCount === 1) return;
  if (!(await options.exists())) throw new NotFoundError({ entity: options.entity, key: options.key });
  throw new ConflictError({
    message: `${options.entity} ${options.key} was changed by someone else since you read it. Reload it and apply your change again.`,
  });
}
