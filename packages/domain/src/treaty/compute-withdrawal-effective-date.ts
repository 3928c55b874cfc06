import { addCalendarMonths } from '../dates/add-calendar-time.ts';
import { assertCalendarDate, type CalendarDate } from '../dates/calendar-date.ts';
import type { ConventionRules } from './convention-rules.ts';

/**
 * Art. 20(2): withdrawal takes effect six months after the depositary receives the instrument of withdrawal
 * (Lithuania: notice 2024-09-06, effective 2025-03-06). Art. 20(2) also delays it while the State is engaged in an
 * armed conflict; that is a fact the secretariat records as an override on the treaty status, not a computation.
 */
export function computeWithdrawalEffectiveDate(options: {
  withdrawalNoticeDate: CalendarDate;
  rules: ConventionRules;
}): CalendarDate {
  const noticeDate = assertCalendarDate({ value: options.withdrawalNoticeDate, path: 'withdrawalNoticeDate' });
  return addCalendarMonths({ date: noticeDate, months: options.rules.withdrawal.noticeMonths });
}
