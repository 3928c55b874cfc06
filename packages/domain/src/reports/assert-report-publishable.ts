import type { CalendarDate } from '../dates/calendar-date.ts';
import { ConflictError } from '../errors/domain-error.ts';

/**
 * A report is published once, after it has been received. Publishing again, or publishing a report the
 * secretariat has not received, is refused.
 */
export function assertReportPublishable(options: { published: boolean; receivedOn: CalendarDate | null }): void {
  if (options.published) throw new ConflictError({ message: 'This report is already published.' });
  if (options.receivedOn === null)
    throw new ConflictError({ message: 'This report has not been received yet, so it cannot be published.' });
}
