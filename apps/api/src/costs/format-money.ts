import type { Prisma } from '@plenary/db';
import { DEFAULT_MINOR_UNITS } from '@plenary/domain';
import Decimal from 'decimal.js';

/** Amounts are shown to the cent, "1234.50", as they were entered. */
export function formatMoney(amount: Prisma.Decimal | Decimal | string): string {
  return new Decimal(amount.toString()).toFixed(DEFAULT_MINOR_UNITS);
}
