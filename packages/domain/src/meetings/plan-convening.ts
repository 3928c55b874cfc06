import { compareCalendarDates, type CalendarDate } from '../dates/calendar-date.ts';
import type { MeetingStatus } from '../enums/domain-enums.ts';
import { ConflictError, ValidationError } from '../errors/domain-error.ts';
import { transitionMeetingStatus } from './transition-meeting-status.ts';

/** What convening a meeting does: convene a draft on a day, or nothing more for a meeting already convened. */
export type ConveningPlan =
  { action: 'CONVENE'; conveningDate: CalendarDate } | { action: 'ALREADY_CONVENED'; conveningDate: CalendarDate };

export interface PlanConveningOptions {
  status: MeetingStatus;
  opensOn: CalendarDate;
  /** The day it was convened, for a meeting already convened. */
  convenedOn: CalendarDate | null;
  /** The date of its convening note verbale, if recorded. */
  noteDate: CalendarDate | null;
  /** The convening date asked for, if any. */
  requestedDate: CalendarDate | null;
  today: CalendarDate;
}

/**
 * Convening a meeting issues its invitations, in the capacities of treaty status on the opening day, on the convening
 * date: the date asked for, else the date of the convening note, else today. It can be done once; asking again for a
 * meeting already convened (on the same date) changes nothing, so a retried or doubled request is harmless. A meeting
 * that is in session, closed or cancelled cannot be convened.
 */
export function planConvening(options: PlanConveningOptions): ConveningPlan {
  const { status, opensOn, convenedOn, noteDate, requestedDate, today } = options;
  if (status === 'CONVENED') {
    const conveningDate = convenedOn ?? requestedDate ?? noteDate ?? today;
    if (requestedDate !== null && requestedDate !== conveningDate) {
      throw new ConflictError({
        message: `The meeting was already convened on ${conveningDate}; it cannot be convened again on ${requestedDate}.`,
      });
    }
    return { action: 'ALREADY_CONVENED', conveningDate };
  }
  transitionMeetingStatus({ from: status, to: 'CONVENED' });
  const conveningDate = requestedDate ?? noteDate ?? today;
  if (compareCalendarDates(conveningDate, opensOn) > 0) {
    throw new ValidationError({
      issues: [
        {
          path: 'conveningDate',
          message: `The convening date (${conveningDate}) must be on or before the opening day (${opensOn}).`,
        },
      ],
    });
  }
  return { action: 'CONVENE', conveningDate };
}
