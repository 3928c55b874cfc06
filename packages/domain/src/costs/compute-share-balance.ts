import { DEFAULT_MINOR_UNITS } from './apportion-costs.ts';
import { ExactDecimal, type DecimalInput } from './exact-decimal.ts';

export interface ShareBalance {
  /** What the State has paid towards the meeting's costs. */
  paid: string;
  /** What remains to be paid; null for an unassessed State, which owes nothing until a rate is agreed. */
  outstanding: string | null;
  /** Paid beyond the share (after a re-issue lowered it); to be credited or refunded. */
  credit: string;
}

const toText = (value: DecimalInput) => (typeof value === 'string' ? value : value.toFixed());

/**
 * A State's balance against its cost share: the payments it made add up exactly, what remains is never negative,
 * and whatever was paid beyond the share (when a re-issue lowers it) is shown as a credit.
 */
export function computeShareBalance(options: {
  amount: DecimalInput | null;
  payments: readonly DecimalInput[];
  minorUnits?: number;
}): ShareBalance {
  const minorUnits = options.minorUnits ?? DEFAULT_MINOR_UNITS;
  const paid = options.payments.reduce<InstanceType<typeof ExactDecimal>>(
    (sum, payment) => sum.plus(toText(payment)),
    new ExactDecimal(0),
  );
  if (options.amount === null)
    return { paid: paid.toFixed(minorUnits), outstanding: null, credit: paid.toFixed(minorUnits) };
  const remaining = new ExactDecimal(toText(options.amount)).minus(paid);
  return {
    paid: paid.toFixed(minorUnits),
    outstanding: (remaining.isNegative() ? new ExactDecimal(0) : remaining).toFixed(minorUnits),
    credit: (remaining.isNegative() ? remaining.negated() : new ExactDecimal(0)).toFixed(minorUnits),
  };
}
