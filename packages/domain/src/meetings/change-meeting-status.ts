import type { MeetingStatus } from '../enums/domain-enums.ts';
import { assertTransition, type TransitionTable } from '../errors/assert-transition.ts';
import { MEETING_STATUS_TRANSITIONS } from './transition-meeting-status.ts';

/**
 * The status changes the secretariat may make directly. A meeting becomes CONVENED only by being convened, which
 * also issues its invitations from treaty status on the opening day; every other move is the meeting workflow's.
 */
export const DIRECT_MEETING_STATUS_TRANSITIONS: TransitionTable<MeetingStatus> = Object.fromEntries(
  Object.entries(MEETING_STATUS_TRANSITIONS).map(([from, allowed]) => [
    from,
    allowed.filter((to) => to !== 'CONVENED'),
  ]),
) as unknown as TransitionTable<MeetingStatus>;

/** Returns the new status, or throws an InvalidTransitionError naming the direct changes allowed from `from`. */
export function changeMeetingStatus(options: { from: MeetingStatus; to: MeetingStatus }): MeetingStatus {
  return assertTransition({
    workflow:
      options.to === 'CONVENED'
        ? 'Meeting status (a meeting is convened by conveneMeeting, which issues its invitations)'
        : 'Meeting status',
    table: DIRECT_MEETING_STATUS_TRANSITIONS,
    ...options,
  });
}
