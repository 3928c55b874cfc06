import type { CalendarDate } from '../dates/calendar-date.ts';
import { ConflictError, ValidationError, type ValidationIssue } from '../errors/domain-error.ts';
import { computeShareBalance } from './compute-share-balance.ts';
import { ExactDecimal, type DecimalInput } from './exact-decimal.ts';
import { validatePaymentDate } from './validate-payment-date.ts';

export interface PaymentToRecord {
  amount: string;
  currency: string;
  receivedOn: CalendarDate;
}

export interface ShareBeingPaid {
  /** "Switzerland (CHE)" */
  payer: string;
  currency: string;
  /** Null for an unassessed State. */
  amount: DecimalInput | null;
  /** Payments already received from the State towards the same meeting. */
  payments: readonly DecimalInput[];
  /** The version of the issue that replaced this share's issue, if any. */
  supersededByVersion: number | null;
}

/**
 * A payment is recorded against the State's current share, in the share's currency, for a positive amount
 * received between the meeting's convening and today (validatePaymentDate), and for no more than what remains outstanding: an overpayment is refused rather
 * than kept as an unexplained credit, so a mistyped amount cannot pass (the officer records the part that is due
 * and returns or credits the rest by decision). Throws ConflictError for a superseded share, else a
 * ValidationError with every problem.
 */
export function validatePayment(options: {
  payment: PaymentToRecord;
  share: ShareBeingPaid;
  convenedOn: CalendarDate | null;
  today: CalendarDate;
}): void {
  const { payment, share, convenedOn, today } = options;
  if (share.supersededByVersion !== null) {
    throw new ConflictError({
      message: `This cost share was superseded by version ${share.supersededByVersion} of the meeting's cost shares; record the payment against the current share.`,
    });
  }
  const issues: ValidationIssue[] = [];
  const amount = new ExactDecimal(payment.amount);
  if (amount.isZero()) issues.push({ path: 'amount', message: 'The amount paid must be more than 0.' });
  if (payment.currency !== share.currency) {
    issues.push({
      path: 'currency',
      message: `${share.payer} owes its share in ${share.currency}; this payment is in ${payment.currency}. Record it in ${share.currency}.`,
    });
  }
  issues.push(...validatePaymentDate({ receivedOn: payment.receivedOn, convenedOn, today }).issues);
  if (share.amount === null) {
    issues.push({
      path: 'amount',
      message: `${share.payer} has no assessed share to pay: it has no rate on the scale. Agree a rate and re-issue the cost shares first.`,
    });
  } else if (!amount.isZero()) {
    const outstanding = computeShareBalance({ amount: share.amount, payments: share.payments }).outstanding ?? '0.00';
    if (amount.greaterThan(outstanding)) {
      issues.push({
        path: 'amount',
        message: `${share.payer} has ${outstanding} ${share.currency} outstanding; a payment of ${payment.amount} ${payment.currency} would exceed it.`,
      });
    }
  }
  if (issues.length > 0) throw new ValidationError({ issues });
}
