import type { Prisma } from '@plenary/db';
import type { TreatyStatus } from '@plenary/domain';

// The standing rule of `standing-on.ts` as a condition the database evaluates, so that a page of States filtered by
// status is counted and cut in SQL (the hot statement in `hot-reads/states-page.ts` writes STATE_PARTY once more).
// `test/meetings-and-states.test.ts` checks that all of them agree on every status.

/** The SQL condition for "this State had status S under convention C on day D" (Art. 17, Art. 20). */
export function treatyStatusCondition(status: TreatyStatus, conventionCode: string, day: Date): Prisma.StateWhereInput {
  const convention = { code: conventionCode };
  const inForce = { entryIntoForceOn: { lte: day } };
  const notWithdrawn = { OR: [{ withdrawalEffectiveOn: null }, { withdrawalEffectiveOn: { gt: day } }] };
  const withdrawn = { withdrawalEffectiveOn: { lte: day } };
  switch (status) {
    case 'STATE_PARTY':
      return { treatyRecords: { some: { convention, ...inForce, ...notWithdrawn } } };
    case 'WITHDRAWN':
      return { treatyRecords: { some: { convention, ...withdrawn } } };
    case 'SIGNATORY':
      return {
        treatyRecords: {
          some: {
            convention,
            signedOn: { lte: day },
            OR: [{ entryIntoForceOn: null }, { entryIntoForceOn: { gt: day } }],
            AND: [notWithdrawn],
          },
        },
      };
    case 'NOT_PARTY':
      return {
        NOT: { treatyRecords: { some: { convention, OR: [{ signedOn: { lte: day } }, inForce, withdrawn] } } },
      };
  }
}
