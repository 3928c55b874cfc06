import Decimal from 'decimal.js';

/**
 * A decimal given as a string ("22.000", "1234.56") or as a decimal object (decimal.js, Prisma's Decimal): never a
 * JavaScript number, whose binary fractions cannot hold cents or rates exactly.
 */
export type DecimalInput = string | { toFixed(): string };

// Enough significant digits that scaling money and rates to whole units never rounds.
const EXACT_PRECISION = 200;
export const ExactDecimal = Decimal.clone({ precision: EXACT_PRECISION, rounding: Decimal.ROUND_HALF_EVEN });
const TEN = 10;

const PLAIN_DECIMAL = /^\d+(\.\d+)?$/;

/** The text of a non-negative plain decimal, or null when it is not one (signs, exponents, blanks). */
export function readPlainDecimal(value: DecimalInput): Decimal | null {
  const text = (typeof value === 'string' ? value : value.toFixed()).trim();
  return PLAIN_DECIMAL.test(text) ? new ExactDecimal(text) : null;
}

/** `value` * 10^places as an exact integer; callers ensure `value` has at most `places` decimals. */
export function toScaledInteger(value: Decimal, places: number): bigint {
  return BigInt(value.times(new ExactDecimal(TEN).pow(places)).toFixed(0));
}

/** An integer count of 10^-places units written as a fixed-point decimal string ("123456", 2 -> "1234.56"). */
export function formatScaledInteger(units: bigint, places: number): string {
  return new ExactDecimal(units.toString()).dividedBy(new ExactDecimal(TEN).pow(places)).toFixed(places);
}
