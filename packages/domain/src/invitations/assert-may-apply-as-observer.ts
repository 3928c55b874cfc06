import type { InvitationCapacity, MeetingStatus } from '../enums/domain-enums.ts';
import { ConflictError } from '../errors/domain-error.ts';

/** A meeting over or called off takes no more applications. */
const CLOSED_TO_APPLICATIONS: readonly MeetingStatus[] = ['CLOSED', 'CANCELLED'];

/**
 * Rule 1.3: an organisation that does not observe as of right may ask to observe a meeting, once. One that observes
 * as of right (rule 1.2) needs no application; one that already applied (whatever became of it) is not asked twice.
 */
export function assertMayApplyAsObserver(options: {
  organisationName: string;
  meetingStatus: MeetingStatus;
  observesAsOfRight: boolean;
  existingInvitation: { capacity: InvitationCapacity } | null;
}): void {
  const { organisationName, meetingStatus, observesAsOfRight, existingInvitation } = options;
  if (observesAsOfRight || existingInvitation?.capacity === 'ORGANISATION_OF_RIGHT') {
    throw new ConflictError({
      message: `${organisationName} observes this convention's meetings as of right (rule 1.2); it does not need to apply.`,
    });
  }
  if (existingInvitation) {
    // The status is left out: an organisation applying on the public page learns no decision from this answer.
    throw new ConflictError({
      message: `${organisationName} has already applied to observe this meeting; the secretariat decides on that application.`,
    });
  }
  if (CLOSED_TO_APPLICATIONS.includes(meetingStatus)) {
    throw new ConflictError({ message: `The meeting is ${meetingStatus}; it takes no more applications to observe.` });
  }
}
