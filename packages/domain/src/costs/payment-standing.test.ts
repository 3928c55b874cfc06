import { describe, expect, it } from 'vitest';
import { computeShareBalance } from './compute-share-balance.ts';
import { paymentStandingOf } from './payment-standing.ts';

const standing = (amount: string | null, payments: string[]) =>
  paymentStandingOf(computeShareBalance({ amount, payments }));

describe('paymentStandingOf', () => {
  it('is UNPAID for an assessed share with no payment', () => {
    expect(standing('6764.10', [])).toBe('UNPAID');
  });

  it('is PARTLY_PAID once something is paid and something remains (CHF 4000 of 6764.10)', () => {
    expect(standing('6764.10', ['4000.00'])).toBe('PARTLY_PAID');
    expect(standing('6764.10', ['6764.09'])).toBe('PARTLY_PAID');
  });

  it('is PAID when nothing remains, paid exactly or beyond the share after a re-issue lowered it', () => {
    expect(standing('6764.10', ['4000.00', '2764.10'])).toBe('PAID');
    expect(standing('18225.47', ['30000.00'])).toBe('PAID');
  });

  it('is PAID for a share of zero, which owes nothing', () => {
    expect(standing('0.00', [])).toBe('PAID');
  });

  it('is UNASSESSED for a payer without a rate, even one holding a credit from an earlier issue', () => {
    expect(standing(null, [])).toBe('UNASSESSED');
    expect(standing(null, ['10.00'])).toBe('UNASSESSED');
  });
});
