import type { InvitationStatus } from '../enums/domain-enums.ts';

/**
 * Who is actually invited: every invitation issued at convening, and an organisation on request once provisionally
 * invited or approved (rule 1.3). A REQUESTED application is still pending and a REJECTED one was turned away: neither
 * is an invitation, so neither is counted, listed among participants or may send a delegation.
 */
export const INVITED_STATUSES: readonly InvitationStatus[] = ['ISSUED', 'PROVISIONALLY_INVITED', 'APPROVED'];

export function isInvited(status: InvitationStatus): boolean {
  return INVITED_STATUSES.includes(status);
}
