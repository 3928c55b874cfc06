import type { CalendarDate } from '../dates/calendar-date.ts';
import type { CostPayerRule, FirstAnnualReportBasis } from '../enums/domain-enums.ts';

/**
 * How a State's entry into force is computed. Two regimes, as in CCM Art. 17:
 * - the first `instrumentsRequired` instruments (deposited on or before `thresholdReachedOn`, the day the last of
 *   them was deposited) all take effect on the convention's own entry into force, `conventionEntryIntoForce`;
 * - any later instrument takes effect on the first day of the `monthsAfterDepositMonth`-th month after the month
 *   in which it was deposited.
 * For a convention not yet in force, `thresholdReachedOn` and `conventionEntryIntoForce` are null and callers pass
 * the instrument's ordinal instead (see `computeEntryIntoForce`).
 */
export interface EntryIntoForceRule {
  instrumentsRequired: number;
  thresholdReachedOn: CalendarDate | null;
  conventionEntryIntoForce: CalendarDate | null;
  monthsAfterDepositMonth: number;
}

/** Transparency reporting deadlines. */
export interface ReportingRule {
  /** Initial report due this many days after entry into force for the State. */
  initialReportDays: number;
  /** Annual reports are due on this month and day each year and cover the previous calendar year. */
  annualReportDueMonth: number;
  annualReportDueDay: number;
  /**
   * Which annual-report deadline is a State's first. The treaty text leaves this open, so it is an explicit
   * parameter of the convention:
   * - `YEAR_AFTER_INITIAL_REPORT_DUE`: the annual deadline in the calendar year after the year in which the
   *   initial report fell due (Nigeria: initial due 2024-01-28, first annual due 2025-04-30 covering 2024);
   * - `FIRST_DUE_DATE_AFTER_ENTRY_INTO_FORCE`: the first annual deadline falling after entry into force.
   */
  firstAnnualReport: FirstAnnualReportBasis;
}

export interface WithdrawalRule {
  /** Withdrawal takes effect this many months after the depositary receives the instrument of withdrawal. */
  noticeMonths: number;
}

export interface CostSharingRule {
  /** The article that governs cost sharing, as cited in notes and assessment notices. */
  article: string;
  text: string;
  /** Who pays unless a meeting decides otherwise. */
  defaultPayerRule: CostPayerRule;
}

/** A convention's rules as data, so that every rule function works for any convention the secretariat serves. */
export interface ConventionRules {
  conventionCode: string;
  entryIntoForce: EntryIntoForceRule;
  reporting: ReportingRule;
  withdrawal: WithdrawalRule;
  costSharing: CostSharingRule;
}

/** The convention a query or mutation means when it names none: the secretariat serves the CCM. */
export const DEFAULT_CONVENTION_CODE = 'CCM';

// Art. 17(1): in force on the first day of the sixth month after the thirtieth instrument (2010-02-16).
const CCM_INSTRUMENTS_REQUIRED = 30;
const CCM_THRESHOLD_REACHED_ON = '2010-02-16';
const CCM_ENTRY_INTO_FORCE = '2010-08-01';
// Art. 17(2): later instruments take effect on the first day of the sixth month after deposit.
const CCM_MONTHS_AFTER_DEPOSIT_MONTH = 6;
// Art. 7(1): initial report not later than 180 days after entry into force for the State.
const CCM_INITIAL_REPORT_DAYS = 180;
// Art. 7(2): annual update, covering the last calendar year, not later than 30 April.
const CCM_ANNUAL_REPORT_DUE_MONTH = 4;
const CCM_ANNUAL_REPORT_DUE_DAY = 30;
// Art. 20(2): withdrawal takes effect six months after the depositary receives the instrument of withdrawal.
const CCM_WITHDRAWAL_NOTICE_MONTHS = 6;

/** The Convention on Cluster Munitions (Dublin, 30 May 2008). */
export const CCM_RULES: ConventionRules = Object.freeze({
  conventionCode: 'CCM',
  entryIntoForce: Object.freeze({
    instrumentsRequired: CCM_INSTRUMENTS_REQUIRED,
    thresholdReachedOn: CCM_THRESHOLD_REACHED_ON,
    conventionEntryIntoForce: CCM_ENTRY_INTO_FORCE,
    monthsAfterDepositMonth: CCM_MONTHS_AFTER_DEPOSIT_MONTH,
  }),
  reporting: Object.freeze({
    initialReportDays: CCM_INITIAL_REPORT_DAYS,
    annualReportDueMonth: CCM_ANNUAL_REPORT_DUE_MONTH,
    annualReportDueDay: CCM_ANNUAL_REPORT_DUE_DAY,
    firstAnnualReport: 'YEAR_AFTER_INITIAL_REPORT_DUE',
  }),
  withdrawal: Object.freeze({ noticeMonths: CCM_WITHDRAWAL_NOTICE_MONTHS }),
  costSharing: Object.freeze({
    article: 'Art. 14(1)',
    text:
      'The costs of the Meetings of States Parties, the Review Conferences and the Amendment Conferences shall be ' +
      'borne by the States Parties and States not party to this Convention participating therein, in accordance ' +
      'with the United Nations scale of assessment adjusted appropriately.',
    defaultPayerRule: 'STATES_PARTIES_AND_PARTICIPATING_NON_PARTIES',
  }),
});
