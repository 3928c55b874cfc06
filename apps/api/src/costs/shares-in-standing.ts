import { Prisma, type PrismaClient } from '@plenary/db';
import type { PaymentStanding } from '@plenary/domain';

// The `standing` filter of CostShareIssue.shares and State.costShares, worked out in SQL: a share's standing is
// paymentStandingOf (packages/domain/src/costs/payment-standing.ts) over the balance CostShare.paid and .outstanding
// show, i.e. the State's payments towards the meeting against any issue of its shares (a re-issue does not make a
// State that paid owe again). The CASE below makes the domain's comparisons in the same order:
//   no amount -> UNASSESSED; paid >= amount (nothing outstanding) -> PAID; nothing paid -> UNPAID; else PARTLY_PAID.
// cost-share-filters.test.ts checks, share by share, that the filter and CostShare.standing agree.

/** The IDs of the shares in one of the standings, optionally of one State only (by its ISO 3166-1 alpha-3 code). */
export async function sharesInStanding(options: {
  prisma: PrismaClient;
  standings: readonly PaymentStanding[];
  iso3?: string | null;
}): Promise<string[]> {
  const ofState = options.iso3
    ? Prisma.sql`AND share."stateId" = (SELECT "id" FROM "State" WHERE "iso3" = ${options.iso3})`
    : Prisma.empty;
  const rows = await options.prisma.$queryRaw<{ id: string }[]>`
    SELECT share."id"::text AS "id"
    FROM "CostShare" share
    JOIN "CostShareIssue" issue ON issue."id" = share."issueId"
    CROSS JOIN LATERAL (
      SELECT COALESCE(SUM(payment."amount"), 0) AS "paid"
      FROM "Payment" payment
      JOIN "CostShare" paid_share ON paid_share."id" = payment."costShareId"
      JOIN "CostShareIssue" paid_issue ON paid_issue."id" = paid_share."issueId"
      WHERE paid_share."stateId" = share."stateId" AND paid_issue."meetingId" = issue."meetingId"
    ) balance
    WHERE (CASE
      WHEN share."amount" IS NULL THEN 'UNASSESSED'
      WHEN balance."paid" >= share."amount" THEN 'PAID'
      WHEN balance."paid" = 0 THEN 'UNPAID'
      ELSE 'PARTLY_PAID'
    END) = ANY(${[...options.standings]}::text[]) ${ofState}`;
  return rows.map((row) => row.id);
}
