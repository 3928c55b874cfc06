import { describe, expect, it } from 'vitest';
import { ConflictError, ValidationError } from '../errors/domain-error.ts';
import { validatePayment, type PaymentToRecord, type ShareBeingPaid } from './validate-payment.ts';

const share: ShareBeingPaid = { payer: 'Switzerland (CHE)', currency: 'CHF', amount: '1000.00', payments: ['400.00'], supersededByVersion: null };
const payment: PaymentToRecord = { amount: '600.00', currency: 'CHF', receivedDate: '2023-10-02' };
const TODAY = '2023-10-03';

function issuesOf(options: { payment?: Partial<PaymentToRecord>; share?: Partial<ShareBeingPaid> }) {
  try {
    validatePayment({ payment: { ...payment, ...options.payment }, share: { ...share, ...options.share }, today: TODAY });
  } catch (error) {
    if (error instanceof ValidationError) return [...error.issues];
    throw error;
  }
  return [];
}

describe('recording a payment towards a cost share', () => {
  it('accepts a payment of exactly what remains outstanding', () => {
    expect(issuesOf({})).toEqual([]);
  });

  it('refuses an overpayment, naming what remains outstanding', () => {
    expect(issuesOf({ payment: { amount: '600.01' } })).toEqual([
      { path: 'amount', message: 'Switzerland (CHE) has 600.00 CHF outstanding; a payment of 600.01 CHF would exceed it.' },
    ]);
  });

  it('refuses a zero amount, another currency and a date after today, all at once', () => {
    expect(issuesOf({ payment: { amount: '0.00', currency: 'USD', receivedDate: '2023-10-04' } }).map((issue) => issue.path)).toEqual(['amount', 'currency', 'receivedDate']);
  });

  it('refuses a payment from a State that has no assessed share', () => {
    expect(issuesOf({ share: { amount: null } })).toEqual([{ path: 'amount', message: expect.stringContaining('has no assessed share to pay') }]);
  });

  it('sends payments for a superseded share to the current one', () => {
    expect(() => issuesOf({ share: { supersededByVersion: 2 } })).toThrow(ConflictError);
    expect(() => issuesOf({ share: { supersededByVersion: 2 } })).toThrow(/superseded by version 2/);
  });
});
