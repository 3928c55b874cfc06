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

/** Where a State stands under a convention on a day, from its dated record and the convention's rules. */
export function standingOn(
  record: Pick<TreatyRecord, keyof typeof STANDING_COLUMNS> & { convention: Convention },
  date: string,
): TreatyStanding {
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
