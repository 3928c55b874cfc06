import type { InvitationStatus, MeetingStatus } from '../enums/domain-enums.ts';
import { ConflictError } from '../errors/domain-error.ts';
import { isInvited } from '../invitations/invited-statuses.ts';

// Delegations are registered for a convened meeting, until it closes.
const MEETING_STATUSES_OPEN_FOR_DELEGATIONS: readonly MeetingStatus[] = ['CONVENED', 'IN_SESSION'];

/**
 * A delegation may be submitted or amended while the meeting is convened or in session, for an invitation that
 * stands. Throws a ConflictError saying why not otherwise.
 */
export function assertDelegationMayBeRegistered(options: {
  meetingStatus: MeetingStatus;
  invitationStatus: InvitationStatus;
}): void {
  if (!MEETING_STATUSES_OPEN_FOR_DELEGATIONS.includes(options.meetingStatus)) {
    throw new ConflictError({
      message: `Delegations are registered while a meeting is convened or in session; this meeting is ${options.meetingStatus}.`,
    });
  }
  // Rule 1.3: an organisation on request sends a delegation once provisionally invited (or approved), never before.
  if (!isInvited(options.invitationStatus)) {
    throw new ConflictError({
      message: `A delegation needs an invitation that stands; this one is ${options.invitationStatus} (rule 1.3: an organisation is provisionally invited first).`,
    });
  }
}
