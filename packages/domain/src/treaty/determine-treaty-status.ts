import { assertCalendarDate, compareCalendarDates, type CalendarDate } from '../dates/calendar-date.ts';
import type { InstrumentKind, TreatyStatus } from '../enums/domain-enums.ts';
import { ValidationError } from '../errors/domain-error.ts';
import { computeEntryIntoForce } from './compute-entry-into-force.ts';
import { computeWithdrawalEffectiveDate } from './compute-withdrawal-effective-date.ts';
import type { ConventionRules } from './convention-rules.ts';

/** The dated facts of one State under one convention. Computed dates can be overridden by recorded ones. */
export interface TreatyRecord {
  signatureDate?: CalendarDate | null;
  depositDate?: CalendarDate | null;
  instrumentKind?: InstrumentKind | null;
  /** Rank of the instrument among all deposits; only needed for a convention not yet in force. */
  instrumentOrdinal?: number | null;
  /** A recorded entry-into-force date that wins over the computed one. */
  entryIntoForceOverride?: CalendarDate | null;
  /** The day the depositary received the instrument of withdrawal (Art. 20(2)). */
  withdrawalNoticeDate?: CalendarDate | null;
  /** A recorded effective date that wins over notice + six months (e.g. delayed by armed conflict, Art. 20(2)). */
  withdrawalEffectiveOverride?: CalendarDate | null;
}

export interface TreatyStanding {
  status: TreatyStatus;
  /** Entry into force for the State (override or computed); null without a deposit or while still pending. */
  entryIntoForce: CalendarDate | null;
  withdrawalEffective: CalendarDate | null;
  /** The instrument is deposited (on or before the day) but the convention is not yet in force for the State. */
  depositedNotYetInForce: boolean;
  /** Notice of withdrawal has been received (on or before the day) but has not yet taken effect. */
  withdrawalPending: boolean;
}

function onOrBefore(date: CalendarDate | null, day: CalendarDate): boolean {
  return date !== null && compareCalendarDates(date, day) <= 0;
}

function optionalDate(value: CalendarDate | null | undefined, path: string): CalendarDate | null {
  return value === null || value === undefined ? null : assertCalendarDate({ value, path });
}

/**
 * Where a State stands on `date`, with the dates behind the answer.
 * - WITHDRAWN from the day withdrawal takes effect (Art. 20(2)): Lithuania is not a State Party on 2025-03-06.
 * - STATE_PARTY from entry into force (Art. 17); a deposited instrument alone does not make a State Party.
 * - SIGNATORY when signed (on or before the day) and not a State Party, including deposited-not-yet-in-force.
 * - NOT_PARTY otherwise (including an acceding State whose instrument is not yet in force).
 */
export function describeTreatyStanding(options: {
  record: TreatyRecord;
  date: CalendarDate;
  rules: ConventionRules;
}): TreatyStanding {
  const { record, rules } = options;
  const day = assertCalendarDate({ value: options.date, path: 'date' });
  const signatureDate = optionalDate(record.signatureDate, 'signatureDate');
  const depositDate = optionalDate(record.depositDate, 'depositDate');
  const noticeDate = optionalDate(record.withdrawalNoticeDate, 'withdrawalNoticeDate');
  const entryIntoForceOverride = optionalDate(record.entryIntoForceOverride, 'entryIntoForceOverride');
  const withdrawalOverride = optionalDate(record.withdrawalEffectiveOverride, 'withdrawalEffectiveOverride');

  if (noticeDate !== null && depositDate === null) {
    throw new ValidationError({
      issues: [
        {
          path: 'withdrawalNoticeDate',
          message: 'A withdrawal notice needs the instrument it withdraws: record the deposit date first.',
        },
      ],
    });
  }

  const entryIntoForce =
    entryIntoForceOverride ??
    (depositDate === null
      ? null
      : computeEntryIntoForce({ depositDate, rules, instrumentOrdinal: record.instrumentOrdinal ?? null }));
  const withdrawalEffective =
    withdrawalOverride ??
    (noticeDate === null ? null : computeWithdrawalEffectiveDate({ withdrawalNoticeDate: noticeDate, rules }));

  const withdrawn = onOrBefore(withdrawalEffective, day);
  const inForce = !withdrawn && onOrBefore(entryIntoForce, day);
  const deposited = onOrBefore(depositDate, day);
  const status: TreatyStatus = withdrawn
    ? 'WITHDRAWN'
    : inForce
      ? 'STATE_PARTY'
      : onOrBefore(signatureDate, day)
        ? 'SIGNATORY'
        : 'NOT_PARTY';

  return {
    status,
    entryIntoForce,
    withdrawalEffective,
    depositedNotYetInForce: !withdrawn && deposited && !inForce,
    withdrawalPending: !withdrawn && onOrBefore(noticeDate, day),
  };
}

/** Whether a State is a State Party, signatory, withdrawn or not party on `date`. */
export function determineTreatyStatus(options: {
  record: TreatyRecord;
  date: CalendarDate;
  rules: ConventionRules;
}): TreatyStatus {
  return describeTreatyStanding(options).status;
}
