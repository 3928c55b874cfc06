import { addCalendarMonths, firstDayOfMonth } from '../dates/add-calendar-time.ts';
import { assertCalendarDate, compareCalendarDates, type CalendarDate } from '../dates/calendar-date.ts';
import { ValidationError } from '../errors/domain-error.ts';
import type { ConventionRules } from './convention-rules.ts';

export interface ComputeEntryIntoForceOptions {
  depositDate: CalendarDate;
  rules: ConventionRules;
  /**
   * The instrument's rank among all instruments deposited (1 = first). Needed only while the convention's
   * threshold has not been reached (`rules.entryIntoForce.thresholdReachedOn` is null); when the threshold date is
   * known the deposit date decides, and an ordinal given anyway is checked against it.
   */
  instrumentOrdinal?: number | null;
}

/** Art. 17(2): the first day of the sixth (CCM) month after the month of deposit. */
function firstDayOfMonthAfterDeposit(options: { depositDate: CalendarDate; months: number }): CalendarDate {
  return firstDayOfMonth({ date: addCalendarMonths({ date: options.depositDate, months: options.months }) });
}

/**
 * The day the convention enters into force for a State, from its deposit date.
 * Returns null only when the convention itself is not yet in force and this instrument is one of the first
 * `instrumentsRequired` but not the last of them: its date depends on a deposit that has not happened.
 */
export function computeEntryIntoForce(options: ComputeEntryIntoForceOptions): CalendarDate | null {
  const depositDate = assertCalendarDate({ value: options.depositDate, path: 'depositDate' });
  const rule = options.rules.entryIntoForce;
  const ordinal = options.instrumentOrdinal ?? null;
  if (ordinal !== null && (!Number.isInteger(ordinal) || ordinal < 1)) {
    throw new ValidationError({
      issues: [
        {
          path: 'instrumentOrdinal',
          message: 'instrumentOrdinal must be a whole number from 1 (the first instrument deposited).',
        },
      ],
    });
  }
  const laterInstrument = firstDayOfMonthAfterDeposit({ depositDate, months: rule.monthsAfterDepositMonth });

  if (rule.thresholdReachedOn !== null && rule.conventionEntryIntoForce !== null) {
    const byThreshold = compareCalendarDates(depositDate, rule.thresholdReachedOn) <= 0;
    if (ordinal !== null && ordinal <= rule.instrumentsRequired && !byThreshold) {
      throw new ValidationError({
        issues: [
          {
            path: 'instrumentOrdinal',
            message: `Instrument No. ${ordinal} is among the first ${rule.instrumentsRequired}, which were all deposited by ${rule.thresholdReachedOn}; its deposit date ${depositDate} is later. Check the deposit date or the ordinal.`,
          },
        ],
      });
    }
    // Art. 17(1): the first instruments take effect with the convention itself. Art. 17(2) speaks of deposits
    // "after the date" of the last of them, so an instrument deposited on that same day still counts here.
    return byThreshold ? rule.conventionEntryIntoForce : laterInstrument;
  }

  if (ordinal === null) {
    throw new ValidationError({
      issues: [
        {
          path: 'instrumentOrdinal',
          message: `The convention ${options.rules.conventionCode} is not yet in force, so the instrument's ordinal (its rank among deposits) is needed to compute entry into force.`,
        },
      ],
    });
  }
  // Art. 17(1): the convention enters into force counting from the month of the deposit that reaches the
  // threshold; instruments before it wait for that deposit.
  return ordinal < rule.instrumentsRequired ? null : laterInstrument;
}
