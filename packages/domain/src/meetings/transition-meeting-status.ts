import type { MeetingStatus } from '../enums/domain-enums.ts';
import { assertTransition, type TransitionTable } from '../errors/assert-transition.ts';

/**
 * A meeting is drafted, convened (the note verbale goes out and invitations are generated), opens in session and
 * closes. It can be cancelled before it opens; once in session it can only close. CLOSED and CANCELLED are final.
 */
export const MEETING_STATUS_TRANSITIONS: TransitionTable<MeetingStatus> = {
  DRAFT: ['CONVENED', 'CANCELLED'],
  CONVENED: ['IN_SESSION', 'CANCELLED'],
  IN_SESSION: ['CLOSED'],
  CLOSED: [],
  CANCELLED: [],
};

/** Returns the new status, or throws an InvalidTransitionError naming the moves allowed from `from`. */
export function transitionMeetingStatus(options: { from: MeetingStatus; to: MeetingStatus }): MeetingStatus {
  return assertTransition({ workflow: 'Meeting status', table: MEETING_STATUS_TRANSITIONS, ...options });
}
