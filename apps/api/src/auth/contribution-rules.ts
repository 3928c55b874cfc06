import { isSecretariat, type Viewer } from '../context.ts';
import { isSecretariatOrFocalPointOf } from './policies.ts';

// What is public about States' contributions to the costs of meetings (Art. 14). The UN publishes the status of its
// own assessed contributions State by State (amounts assessed, received and outstanding, arrears by age), so the
// status of contributions here is public too: the `contributionsStatus` query, `State.contributions`, the shares'
// amounts, paid and outstanding, and the documents /documents/contributions/status.(csv|pdf). What is not public:
// - each payment (the day it was received and its amount): the State's correspondence with the secretariat, for
//   the secretariat and that State's focal points, as its assessment notice is;
// - a payment's bank or treasury reference: the secretariat's own bookkeeping, for the secretariat only.

/** Who may read a State's payments one by one (date received, amount): the secretariat and that State. */
export function mayReadPaymentsOf(viewer: Viewer, stateId: string): boolean {
  return isSecretariatOrFocalPointOf(viewer, stateId);
}

/** Who may read a payment's bank or treasury reference: the secretariat. */
export function mayReadPaymentReferences(viewer: Viewer): boolean {
  return isSecretariat(viewer);
}
