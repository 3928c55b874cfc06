import { describe, expect, it } from 'vitest';
import { ConflictError, ValidationError } from '../errors/domain-error.ts';
import { validatePayment, type PaymentToRecord, type ShareBeingPaid } from './validate-payment.ts';
import { validatePaymentDate } from './validate-payment-date.ts';

const share: ShareBeingPaid = {
  payer: 'Switzerland (CHE)',
  currency: 'CHF',
  amount: '1000.00',
  payments: ['400.00'],
  supersededByVersion: null,
};
const payment: PaymentToRecord = { amount: '600.00', currency: 'CHF', receivedOn: '2023-10-02' };
const TODAY = '2023-10-03';
// The Eleventh Meeting was convened by the note verbale of 21 March 2023.
const CONVENED_ON = '2023-03-21';

function issuesOf(options: { payment?: Partial<PaymentToRecord>; share?: Partial<ShareBeingPaid> }) {
  try {
    validatePayment({
      payment: { ...payment, ...options.payment },
      share: { ...share, ...options.share },
      convenedOn: CONVENED_ON,
      today: TODAY,
    });
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
      {
        path: 'amount',
        message: 'Switzerland (CHE) has 600.00 CHF outstanding; a payment of 600.01 CHF would exceed it.',
      },
    ]);
  });

  it('refuses a zero amount, another currency and a date after today, all at once', () => {
    expect(
      issuesOf({ payment: { amount: '0.00', currency: 'USD', receivedOn: '2023-10-04' } }).map((issue) => issue.path),
    ).toEqual(['amount', 'currency', 'receivedOn']);
  });

  it('refuses a payment received before the meeting was convened', () => {
    expect(issuesOf({ payment: { receivedOn: '2023-03-20' } })).toEqual([
      {
        path: 'receivedOn',
        message: 'A payment cannot be received before the meeting was convened (2023-03-21); got 2023-03-20.',
      },
    ]);
    expect(validatePaymentDate({ receivedOn: '2023-03-21', convenedOn: CONVENED_ON, today: TODAY }).issues).toEqual([]);
  });

  it('bounds a payment towards a draft meeting by today only', () => {
    expect(validatePaymentDate({ receivedOn: '2023-01-02', convenedOn: null, today: TODAY }).issues).toEqual([]);
    expect(
      validatePaymentDate({ receivedOn: '2023-10-04', convenedOn: null, today: TODAY }).issues.map(
        (issue) => issue.path,
      ),
    ).toEqual(['receivedOn']);
  });

  it('refuses a payment from a State that has no assessed share', () => {
    expect(issuesOf({ share: { amount: null } })).toEqual([
      { path: 'amount', message: expect.stringContaining('has no assessed share to pay') },
    ]);
  });

  it('sends payments for a superseded share to the current one', () => {
    expect(() => issuesOf({ share: { supersededByVersion: 2 } })).toThrow(ConflictError);
    expect(() => issuesOf({ share: { supersededByVersion: 2 } })).toThrow(/superseded by version 2/);
  });
});
