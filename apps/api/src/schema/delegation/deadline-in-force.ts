import { toCalendarDate } from '@plenary/db';
import { isAfterDeadline } from '@plenary/domain';

// What timeliness is judged by: the meeting's deadline as it stands now, read with the delegation, never a stored verdict.
const DEADLINE_IN_FORCE = { select: { delegationDeadline: true, timeZone: true } } as const;
export const DELEGATION_DEADLINE = { invitation: { select: { meeting: DEADLINE_IN_FORCE } } } as const;

export interface DeadlineInForce {
  delegationDeadline: Date | null;
  timeZone: string;
}

export function afterDeadlineInForce(at: Date, meeting: DeadlineInForce): boolean {
  return isAfterDeadline({
    at,
    deadline: meeting.delegationDeadline && toCalendarDate(meeting.delegationDeadline),
    timeZone: meeting.timeZone,
  });
}
