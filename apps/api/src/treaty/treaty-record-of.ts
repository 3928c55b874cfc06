import type { Prisma } from '@plenary/db';
import { NotFoundError } from '@plenary/domain';
import type { TransactionClient } from '../mutations/audit.ts';

/**
 * A State, a convention and the State's treaty record under it (null when it has none), read in a transaction; an
 * unknown State or convention is a NotFoundError. One after the other: a transaction holds one connection, which
 * runs one statement at a time.
 */
export async function treatyRecordOf(
  tx: TransactionClient,
  state: { where: Prisma.StateWhereUniqueInput; key: string },
  conventionCode: string,
) {
  const found = await tx.state.findUnique({ where: state.where });
  const convention = await tx.convention.findUnique({ where: { code: conventionCode } });
  if (!found) throw new NotFoundError({ entity: 'State', key: state.key });
  if (!convention) throw new NotFoundError({ entity: 'Convention', key: conventionCode });
  const record = await tx.treatyRecord.findUnique({
    where: { stateId_conventionId: { stateId: found.id, conventionId: convention.id } },
  });
  return { state: found, convention, record };
}
