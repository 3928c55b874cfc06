import type Decimal from 'decimal.js';
import { compareCalendarDates, type CalendarDate } from '../dates/calendar-date.ts';
import { DEFAULT_MINOR_UNITS } from './apportion-costs.ts';
import { computeShareBalance } from './compute-share-balance.ts';
import { ARREARS_AGES, arrearsAgeOf, contributionDueDate, type ArrearsAge } from './contribution-due-date.ts';
import { ExactDecimal, type DecimalInput } from './exact-decimal.ts';

/** One issue of a meeting's cost shares (CostShareIssue) with its shares. */
export interface IssuedSharesData {
  meetingId: string;
  version: number;
  /** The day the shares were issued: the date of the assessment notices. */
  issuedOn: CalendarDate;
  currency: string;
  shares: readonly { id: string; stateId: string; assessed: boolean; amount: DecimalInput | null }[];
}

/** A payment towards a meeting's costs, whichever issue of its shares it was recorded against. */
export interface ContributionPaymentData {
  meetingId: string;
  stateId: string;
  receivedOn: CalendarDate;
  amount: DecimalInput;
}

/** What one State owes for one meeting, as of the day of the status. */
export interface MeetingContribution {
  meetingId: string;
  stateId: string;
  /** The share as assessed by the issue in force on the day (CostShare.id). */
  shareId: string;
  issueVersion: number;
  issuedOn: CalendarDate;
  dueOn: CalendarDate;
  currency: string;
  /** False for a payer without a rate, listed only when it had paid something (a credit): it owes nothing. */
  assessed: boolean;
  amountAssessed: string;
  paid: string;
  outstanding: string;
  credit: string;
  /** How long what is outstanding has been due; null when nothing is. */
  arrearsAge: ArrearsAge | null;
}

/** Sums in one currency: amounts in different currencies are never added together. */
export interface ContributionTotals {
  currency: string;
  amountAssessed: string;
  paid: string;
  outstanding: string;
  credit: string;
  /** What is outstanding by age; the four add up to `outstanding`. */
  arrears: Record<ArrearsAge, string>;
}

export interface StateContributions {
  stateId: string;
  /** Oldest issue first. */
  meetings: MeetingContribution[];
  /** One entry per currency, in alphabetical order of the currency code. */
  totals: ContributionTotals[];
}

export interface ContributionsStatus {
  asOf: CalendarDate;
  /** In the order of the States' first appearance in `issues`. */
  states: StateContributions[];
  totals: ContributionTotals[];
}

export interface SummariseContributionsOptions {
  /** The issues of the meetings' shares, superseded ones included; the one in force on `asOf` is chosen here. */
  issues: readonly IssuedSharesData[];
  payments: readonly ContributionPaymentData[];
  asOf: CalendarDate;
  minorUnits?: number;
}

const decimalText = (value: DecimalInput) => (typeof value === 'string' ? value : value.toFixed());

type Sums = {
  amountAssessed: Decimal;
  paid: Decimal;
  outstanding: Decimal;
  credit: Decimal;
  arrears: Record<ArrearsAge, Decimal>;
};

function emptySums(): Sums {
  const zero = new ExactDecimal(0);
  return {
    amountAssessed: zero,
    paid: zero,
    outstanding: zero,
    credit: zero,
    arrears: Object.fromEntries(ARREARS_AGES.map((age) => [age, zero])) as Record<ArrearsAge, Decimal>,
  };
}

function addTo(sums: Map<string, Sums>, line: MeetingContribution): void {
  const current = sums.get(line.currency) ?? emptySums();
  const arrears = { ...current.arrears };
  if (line.arrearsAge) arrears[line.arrearsAge] = arrears[line.arrearsAge].plus(line.outstanding);
  sums.set(line.currency, {
    amountAssessed: current.amountAssessed.plus(line.amountAssessed),
    paid: current.paid.plus(line.paid),
    outstanding: current.outstanding.plus(line.outstanding),
    credit: current.credit.plus(line.credit),
    arrears,
  });
}

function totalsOf(sums: Map<string, Sums>, minorUnits: number): ContributionTotals[] {
  return [...sums.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([currency, sum]) => ({
      currency,
      amountAssessed: sum.amountAssessed.toFixed(minorUnits),
      paid: sum.paid.toFixed(minorUnits),
      outstanding: sum.outstanding.toFixed(minorUnits),
      credit: sum.credit.toFixed(minorUnits),
      arrears: Object.fromEntries(ARREARS_AGES.map((age) => [age, sum.arrears[age].toFixed(minorUnits)])) as Record<
        ArrearsAge,
        string
      >,
    }));
}

/** Per meeting, the issue in force on `asOf`: the latest version issued on or before that day. */
function issuesInForce(issues: readonly IssuedSharesData[], asOf: CalendarDate): IssuedSharesData[] {
  const byMeeting = new Map<string, IssuedSharesData>();
  for (const issue of issues) {
    if (compareCalendarDates(issue.issuedOn, asOf) > 0) continue;
    const kept = byMeeting.get(issue.meetingId);
    if (!kept || kept.version < issue.version) byMeeting.set(issue.meetingId, issue);
  }
  return [...byMeeting.values()].sort(
    (a, b) => compareCalendarDates(a.issuedOn, b.issuedOn) || a.meetingId.localeCompare(b.meetingId),
  );
}

/**
 * The status of contributions on `asOf`, as the UN publishes its own (assessed, paid, outstanding, arrears by age),
 * State by State over every meeting. Each meeting counts with the issue of its shares in force that day; payments
 * count towards the meeting and State they were made for, whatever issue they were recorded against, if received by
 * that day. What a State paid beyond a share is its credit for that meeting, never set against another meeting.
 * Totals are per currency.
 */
export function summariseContributions(options: SummariseContributionsOptions): ContributionsStatus {
  const { asOf } = options;
  const minorUnits = options.minorUnits ?? DEFAULT_MINOR_UNITS;
  const paymentsOf = new Map<string, DecimalInput[]>();
  for (const payment of options.payments) {
    if (compareCalendarDates(payment.receivedOn, asOf) > 0) continue;
    const key = `${payment.meetingId}|${payment.stateId}`;
    paymentsOf.set(key, [...(paymentsOf.get(key) ?? []), payment.amount]);
  }

  const linesByState = new Map<string, MeetingContribution[]>();
  for (const issue of issuesInForce(options.issues, asOf)) {
    const dueOn = contributionDueDate({ issuedOn: issue.issuedOn });
    for (const share of issue.shares) {
      const payments = paymentsOf.get(`${issue.meetingId}|${share.stateId}`) ?? [];
      const assessed = share.assessed && share.amount !== null;
      // An unassessed payer owes nothing; it is listed only to show what it paid under an earlier issue.
      if (!assessed && payments.length === 0) continue;
      const amountAssessed = new ExactDecimal(
        assessed && share.amount !== null ? decimalText(share.amount) : 0,
      ).toFixed(minorUnits);
      const balance = computeShareBalance({ amount: amountAssessed, payments, minorUnits });
      const outstanding = balance.outstanding ?? amountAssessed;
      const line: MeetingContribution = {
        meetingId: issue.meetingId,
        stateId: share.stateId,
        shareId: share.id,
        issueVersion: issue.version,
        issuedOn: issue.issuedOn,
        dueOn,
        currency: issue.currency,
        assessed,
        amountAssessed,
        paid: balance.paid,
        outstanding,
        credit: balance.credit,
        arrearsAge: new ExactDecimal(outstanding).isZero() ? null : arrearsAgeOf({ dueOn, asOf }),
      };
      linesByState.set(share.stateId, [...(linesByState.get(share.stateId) ?? []), line]);
    }
  }

  const grandSums = new Map<string, Sums>();
  const states = [...linesByState.entries()].map(([stateId, meetings]) => {
    const sums = new Map<string, Sums>();
    for (const line of meetings) {
      addTo(sums, line);
      addTo(grandSums, line);
    }
    return { stateId, meetings, totals: totalsOf(sums, minorUnits) };
  });
  return { asOf, states, totals: totalsOf(grandSums, minorUnits) };
}
