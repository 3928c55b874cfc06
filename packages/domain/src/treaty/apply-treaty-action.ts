import { assertCalendarDate, compareCalendarDates, type CalendarDate } from '../dates/calendar-date.ts';
import type { InstrumentKind } from '../enums/domain-enums.ts';
import { ValidationError, type ValidationIssue } from '../errors/domain-error.ts';
import { computeEntryIntoForce } from './compute-entry-into-force.ts';
import { computeWithdrawalEffectiveDate } from './compute-withdrawal-effective-date.ts';
import type { ConventionRules } from './convention-rules.ts';

/** What the depositary can notify about one State: a signature, the deposit of an instrument, a notice of withdrawal. */
export const TREATY_ACTIONS = ['SIGNATURE', 'DEPOSIT', 'WITHDRAWAL_NOTICE'] as const;
export type TreatyAction = (typeof TREATY_ACTIONS)[number];

// Art. 16: ratification, acceptance and approval confirm a signature; accession and succession need none.
const INSTRUMENTS_AFTER_SIGNATURE: readonly InstrumentKind[] = ['RATIFICATION', 'ACCEPTANCE', 'APPROVAL'];

/** The stored dates of a State's treaty record, with the effective dates as stored (computed or overridden). */
export interface StoredTreatyDates {
  signatureDate: CalendarDate | null;
  depositDate: CalendarDate | null;
  instrumentKind: InstrumentKind | null;
  entryIntoForce: CalendarDate | null;
  entryIntoForceOverridden: boolean;
  withdrawalNoticeDate: CalendarDate | null;
  withdrawalEffective: CalendarDate | null;
}

export interface ApplyTreatyActionOptions {
  /** The State's record before the action; null when the State has none under the convention yet. */
  record: StoredTreatyDates | null;
  action: TreatyAction;
  date: CalendarDate;
  /** For a DEPOSIT: the kind of instrument deposited. */
  instrumentKind?: InstrumentKind | null;
  /** For a DEPOSIT: a recorded entry-into-force date that wins over Art. 17. */
  entryIntoForceOverride?: CalendarDate | null;
  /** For a WITHDRAWAL_NOTICE: a recorded effective date that wins over Art. 20(2) (e.g. delayed by armed conflict). */
  withdrawalEffectiveOverride?: CalendarDate | null;
  rules: ConventionRules;
}

export interface AppliedTreatyAction {
  dates: StoredTreatyDates;
  /** True when the action replaces a fact already recorded (a correction), e.g. a second deposit date. */
  replacesRecordedFact: boolean;
}

const EMPTY_RECORD: StoredTreatyDates = {
  signatureDate: null,
  depositDate: null,
  instrumentKind: null,
  entryIntoForce: null,
  entryIntoForceOverridden: false,
  withdrawalNoticeDate: null,
  withdrawalEffective: null,
};

function isBefore(a: CalendarDate | null, b: CalendarDate | null): boolean {
  return a !== null && b !== null && compareCalendarDates(a, b) < 0;
}

function checkSequence(dates: StoredTreatyDates): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const { signatureDate, depositDate, instrumentKind, entryIntoForce, withdrawalNoticeDate, withdrawalEffective } =
    dates;
  if (depositDate !== null && instrumentKind !== null && INSTRUMENTS_AFTER_SIGNATURE.includes(instrumentKind)) {
    if (signatureDate === null) {
      issues.push({
        path: 'instrument',
        message: `An instrument of ${instrumentKind.toLowerCase()} confirms a signature, and no signature is recorded; record the signature first, or record the instrument as an accession.`,
      });
    } else if (isBefore(depositDate, signatureDate)) {
      issues.push({
        path: 'date',
        message: `The instrument of ${instrumentKind.toLowerCase()} cannot be deposited (${depositDate}) before the signature (${signatureDate}).`,
      });
    }
  }
  if (withdrawalNoticeDate !== null && depositDate === null) {
    issues.push({
      path: 'action',
      message: 'A withdrawal notice needs the instrument it withdraws: record the deposit first.',
    });
  }
  if (isBefore(withdrawalNoticeDate, depositDate)) {
    issues.push({
      path: 'date',
      message: `Withdrawal cannot be notified (${withdrawalNoticeDate}) before the instrument was deposited (${depositDate}).`,
    });
  }
  if (isBefore(entryIntoForce, depositDate)) {
    issues.push({
      path: 'entryIntoForceOverride',
      message: `The Convention cannot enter into force for the State (${entryIntoForce}) before its instrument was deposited (${depositDate}).`,
    });
  }
  if (isBefore(withdrawalEffective, withdrawalNoticeDate)) {
    issues.push({
      path: 'withdrawalEffectiveOverride',
      message: `Withdrawal cannot take effect (${withdrawalEffective}) before it was notified (${withdrawalNoticeDate}).`,
    });
  }
  return issues;
}

/**
 * What belongs with which action: the instrument with a deposit, an entry-into-force date with a deposit, a
 * withdrawal effective date with a withdrawal notice. The input schema and applyTreatyAction both check this.
 */
export function checkTreatyActionFields(options: {
  action: TreatyAction;
  instrumentKind?: InstrumentKind | null;
  entryIntoForceOverride?: CalendarDate | null;
  withdrawalEffectiveOverride?: CalendarDate | null;
}): ValidationIssue[] {
  const given = (value: unknown) => value !== null && value !== undefined;
  const { action } = options;
  const issues: ValidationIssue[] = [];
  if (action === 'DEPOSIT' && !given(options.instrumentKind)) {
    issues.push({
      path: 'instrument',
      message: 'Say which instrument was deposited: ratification, acceptance, approval, accession or succession.',
    });
  }
  if (action !== 'DEPOSIT' && given(options.instrumentKind)) {
    issues.push({ path: 'instrument', message: 'The kind of instrument is only recorded with a deposit.' });
  }
  if (action !== 'DEPOSIT' && given(options.entryIntoForceOverride)) {
    issues.push({
      path: 'entryIntoForceOverride',
      message: 'An entry-into-force date is only recorded with a deposit.',
    });
  }
  if (action !== 'WITHDRAWAL_NOTICE' && given(options.withdrawalEffectiveOverride)) {
    issues.push({
      path: 'withdrawalEffectiveOverride',
      message: 'A withdrawal effective date is only recorded with a withdrawal notice.',
    });
  }
  return issues;
}

/**
 * A State's treaty record after a depositary action, with entry into force computed by Art. 17 and withdrawal
 * effect by Art. 20(2) unless overridden. Refuses impossible sequences with every problem found: a ratification
 * deposited before the signature it confirms, a withdrawal notified before (or without) a deposit, dates that put
 * an effect before its cause. An accession deposited without any signature is normal.
 */
export function applyTreatyAction(options: ApplyTreatyActionOptions): AppliedTreatyAction {
  const { action, rules } = options;
  const date = assertCalendarDate({ value: options.date, path: 'date' });
  const before = options.record ?? EMPTY_RECORD;
  const instrumentKind = options.instrumentKind ?? null;
  const issues = checkTreatyActionFields(options);
  if (issues.length > 0) throw new ValidationError({ issues });

  let dates: StoredTreatyDates;
  let replacesRecordedFact: boolean;
  switch (action) {
    case 'SIGNATURE':
      replacesRecordedFact = before.signatureDate !== null;
      dates = { ...before, signatureDate: date };
      break;
    case 'DEPOSIT': {
      replacesRecordedFact = before.depositDate !== null;
      const override = options.entryIntoForceOverride ?? null;
      dates = {
        ...before,
        depositDate: date,
        instrumentKind,
        entryIntoForce:
          override === null
            ? computeEntryIntoForce({ depositDate: date, rules })
            : assertCalendarDate({ value: override, path: 'entryIntoForceOverride' }),
        entryIntoForceOverridden: override !== null,
      };
      break;
    }
    case 'WITHDRAWAL_NOTICE': {
      replacesRecordedFact = before.withdrawalNoticeDate !== null;
      const override = options.withdrawalEffectiveOverride ?? null;
      dates = {
        ...before,
        withdrawalNoticeDate: date,
        withdrawalEffective:
          override === null
            ? computeWithdrawalEffectiveDate({ withdrawalNoticeDate: date, rules })
            : assertCalendarDate({ value: override, path: 'withdrawalEffectiveOverride' }),
      };
      break;
    }
  }
  const sequenceIssues = checkSequence(dates);
  if (sequenceIssues.length > 0) throw new ValidationError({ issues: sequenceIssues });
  return { dates, replacesRecordedFact };
}
