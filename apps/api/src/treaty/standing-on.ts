import { toCalendarDate, type Convention, type TreatyRecord } from '@plenary/db';
import { describeTreatyStanding, type TreatyStanding } from '@plenary/domain';
import { conventionRulesOf } from './convention-rules-of.ts';

/** The columns of a treaty record its standing is worked out from. */
export const STANDING_COLUMNS = {
  signedOn: true,
  depositedOn: true,
  instrument: true,
  entryIntoForceOn: true,
  withdrawalNotifiedOn: true,
  withdrawalEffectiveOn: true,
} as const;

/** A State that has no record under a convention has never signed it nor deposited an instrument. */
const NO_RECORD: TreatyStanding = {
  status: 'NOT_PARTY',
  entryIntoForce: null,
  withdrawalEffective: null,
  depositedNotYetInForce: false,
  withdrawalPending: false,
};

/**
 * Where a State stands under a convention on a day, from its dated record under it and the convention's rules; a State
 * without a record (null or undefined) is not party.
 */
export function standingOn(
  record: (Pick<TreatyRecord, keyof typeof STANDING_COLUMNS> & { convention: Convention }) | null | undefined,
  date: string,
): TreatyStanding {
  if (!record) return NO_RECORD;
  return describeTreatyStanding({
    date,
    rules: conventionRulesOf(record.convention),
    record: {
      signatureDate: record.signedOn && toCalendarDate(record.signedOn),
      depositDate: record.depositedOn && toCalendarDate(record.depositedOn),
      instrumentKind: record.instrument,
      entryIntoForceOverride: record.entryIntoForceOn && toCalendarDate(record.entryIntoForceOn),
      withdrawalNoticeDate: record.withdrawalNotifiedOn && toCalendarDate(record.withdrawalNotifiedOn),
      withdrawalEffectiveOverride: record.withdrawalEffectiveOn && toCalendarDate(record.withdrawalEffectiveOn),
    },
  });
}
