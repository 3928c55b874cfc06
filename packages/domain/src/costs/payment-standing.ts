import { ExactDecimal } from './exact-decimal.ts';
import type { ShareBalance } from './compute-share-balance.ts';

/**
 * Where a State stands with its share of a meeting's costs: settled, partly paid, not paid at all, or owing nothing
 * because it has no rate. `CostShare.standing` and the lists' `standing` filter are this one rule.
 */
export const PAYMENT_STANDINGS = ['PAID', 'PARTLY_PAID', 'UNPAID', 'UNASSESSED'] as const;
export type PaymentStanding = (typeof PAYMENT_STANDINGS)[number];

/**
 * The standing a balance gives: unassessed when there is no amount (nothing is owed until a rate is agreed), paid
 * when nothing remains outstanding (a share of zero included), unpaid when nothing has been paid, partly paid else.
 * The SQL that filters shares by standing (apps/api/src/costs/shares-in-standing.ts) applies the same comparisons
 * in the same order to the same sums.
 */
export function paymentStandingOf(balance: Pick<ShareBalance, 'paid' | 'outstanding'>): PaymentStanding {
  if (balance.outstanding === null) return 'UNASSESSED';
  if (new ExactDecimal(balance.outstanding).isZero()) return 'PAID';
  return new ExactDecimal(balance.paid).isZero() ? 'UNPAID' : 'PARTLY_PAID';
}
