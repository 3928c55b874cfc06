import { compareCalendarDates, type CalendarDate } from '../dates/calendar-date.ts';
import { calendarDateInTimeZone, type Instant } from '../dates/time-zone.ts';
import type { InvitationCapacity, MeetingStatus, TreatyStatus } from '../enums/domain-enums.ts';

const CAPACITY_BY_TREATY_STATUS: Record<TreatyStatus, InvitationCapacity> = {
  STATE_PARTY: 'STATE_PARTY',
  SIGNATORY: 'SIGNATORY_OBSERVER',
  // A State whose withdrawal has taken effect is a State not party; its signature no longer makes it a signatory.
  WITHDRAWN: 'NON_SIGNATORY_OBSERVER',
  NOT_PARTY: 'NON_SIGNATORY_OBSERVER',
};

/**
 * The capacity in which a State attends (rule 1.1), from its treaty status on the meeting's opening day: a State for
 * which the Convention enters into force before the meeting opens takes part as a State Party (Art. 17(2)), one whose
 * withdrawal takes effect before it opens as an observer (Art. 20(2)).
 */
export function capacityOfState(options: { statusOnOpeningDay: TreatyStatus }): InvitationCapacity {
  return CAPACITY_BY_TREATY_STATUS[options.statusOnOpeningDay];
}

/**
 * Whether a meeting's invitations still follow its States' standing: only while it is convened and has not yet
 * opened, counted in the meeting's own time zone. From the opening day on, the capacities are the record of who
 * attended as what, and a treaty action recorded later does not rewrite them.
 */
export function capacitiesFollowStanding(options: {
  meetingStatus: MeetingStatus;
  opensOn: CalendarDate;
  timeZone: string;
  now: Instant;
}): boolean {
  if (options.meetingStatus !== 'CONVENED') return false;
  const today = calendarDateInTimeZone({ instant: options.now, timeZone: options.timeZone });
  return compareCalendarDates(today, options.opensOn) < 0;
}

export type CapacityReassessment =
  | { outcome: 'FROZEN' }
  | { outcome: 'UNCHANGED'; capacity: InvitationCapacity }
  | { outcome: 'CHANGED'; previousCapacity: InvitationCapacity; capacity: InvitationCapacity };

/**
 * A State's invitation re-read against its treaty status on the opening day, as known now. The invitation itself
 * stands whatever the answer: a State that changes capacity keeps its invitation and any delegation it registered.
 */
export function reassessInvitationCapacity(options: {
  meetingStatus: MeetingStatus;
  opensOn: CalendarDate;
  timeZone: string;
  now: Instant;
  capacity: InvitationCapacity;
  statusOnOpeningDay: TreatyStatus;
}): CapacityReassessment {
  if (!capacitiesFollowStanding(options)) return { outcome: 'FROZEN' };
  const capacity = capacityOfState({ statusOnOpeningDay: options.statusOnOpeningDay });
  return capacity === options.capacity
    ? { outcome: 'UNCHANGED', capacity }
    : { outcome: 'CHANGED', previousCapacity: options.capacity, capacity };
}
