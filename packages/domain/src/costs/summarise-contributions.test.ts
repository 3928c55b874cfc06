import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ExactDecimal } from './exact-decimal.ts';
import {
  summariseContributions,
  type ContributionPaymentData,
  type IssuedSharesData,
} from './summarise-contributions.ts';

// Worked case, as of 20 February 2026 (a share falls due 30 days after its issue):
// - M1 (CHF): issued 2023-03-21 (v1), re-issued on the actual cost 2023-10-02 (v2, due 2023-11-01), and again on
//   2026-03-01 (v3, after the day: not yet in force). Switzerland owes 6764.10 and paid 4000.00: 2764.10 over two
//   years past due (2025-11-01 was two years). Austria paid its v1 share of 3000.00; v2 lowered it to 2500.00: a
//   credit of 500.00, nothing outstanding.
// - M2 (CHF): issued 2024-06-10, due 2024-07-10. Switzerland owes 5000.00, one to two years past due. Austria owes
//   2000.00, paid 1500.00 by then (its 500.00 of 2026-03-01 came after the day): 500.00 one to two years. The Holy
//   See, unassessed and without payments, is not listed.
// - M4 (CHF): issued 2025-09-01, due 2025-10-01. Switzerland owes 800.00, under one year past due.
// - M3 (USD): issued 2026-02-01, due 2026-03-03. Switzerland owes 1200.00, not yet due: never added to francs.
const ISSUES: IssuedSharesData[] = [
  {
    meetingId: 'M1',
    version: 1,
    issuedOn: '2023-03-21',
    currency: 'CHF',
    shares: [
      { id: 'm1v1-che', stateId: 'CHE', assessed: true, amount: '7000.00' },
      { id: 'm1v1-aut', stateId: 'AUT', assessed: true, amount: '3000.00' },
    ],
  },
  {
    meetingId: 'M1',
    version: 2,
    issuedOn: '2023-10-02',
    currency: 'CHF',
    shares: [
      { id: 'm1v2-che', stateId: 'CHE', assessed: true, amount: '6764.10' },
      { id: 'm1v2-aut', stateId: 'AUT', assessed: true, amount: '2500.00' },
    ],
  },
  {
    meetingId: 'M1',
    version: 3,
    issuedOn: '2026-03-01',
    currency: 'CHF',
    shares: [{ id: 'm1v3-che', stateId: 'CHE', assessed: true, amount: '9999.99' }],
  },
  {
    meetingId: 'M2',
    version: 1,
    issuedOn: '2024-06-10',
    currency: 'CHF',
    shares: [
      { id: 'm2-che', stateId: 'CHE', assessed: true, amount: '5000.00' },
      { id: 'm2-aut', stateId: 'AUT', assessed: true, amount: '2000.00' },
      { id: 'm2-vat', stateId: 'VAT', assessed: false, amount: null },
    ],
  },
  {
    meetingId: 'M4',
    version: 1,
    issuedOn: '2025-09-01',
    currency: 'CHF',
    shares: [{ id: 'm4-che', stateId: 'CHE', assessed: true, amount: '800.00' }],
  },
  {
    meetingId: 'M3',
    version: 1,
    issuedOn: '2026-02-01',
    currency: 'USD',
    shares: [{ id: 'm3-che', stateId: 'CHE', assessed: true, amount: '1200.00' }],
  },
];

const PAYMENTS: ContributionPaymentData[] = [
  { meetingId: 'M1', stateId: 'CHE', receivedOn: '2023-11-20', amount: '4000.00' },
  { meetingId: 'M1', stateId: 'AUT', receivedOn: '2023-05-02', amount: '3000.00' },
  { meetingId: 'M2', stateId: 'AUT', receivedOn: '2024-07-01', amount: '1500.00' },
  { meetingId: 'M2', stateId: 'AUT', receivedOn: '2026-03-01', amount: '500.00' },
];

const NO_ARREARS = { NOT_YET_DUE: '0.00', UNDER_ONE_YEAR: '0.00', ONE_TO_TWO_YEARS: '0.00', OVER_TWO_YEARS: '0.00' };

describe('the status of contributions across meetings', () => {
  const status = summariseContributions({ issues: ISSUES, payments: PAYMENTS, asOf: '2026-02-20' });
  const stateOf = (stateId: string) => status.states.find((state) => state.stateId === stateId);

  it('counts each meeting once, with the issue in force on the day, oldest first', () => {
    expect(
      stateOf('CHE')?.meetings.map((line) => [line.meetingId, line.issueVersion, line.shareId, line.dueOn]),
    ).toEqual([
      ['M1', 2, 'm1v2-che', '2023-11-01'],
      ['M2', 1, 'm2-che', '2024-07-10'],
      ['M4', 1, 'm4-che', '2025-10-01'],
      ['M3', 1, 'm3-che', '2026-03-03'],
    ]);
  });

  it('gives each meeting’s assessed, paid and outstanding amounts and the age of what is outstanding', () => {
    expect(
      stateOf('CHE')?.meetings.map(({ meetingId, amountAssessed, paid, outstanding, credit, arrearsAge }) => ({
        meetingId,
        amountAssessed,
        paid,
        outstanding,
        credit,
        arrearsAge,
      })),
    ).toEqual([
      {
        meetingId: 'M1',
        amountAssessed: '6764.10',
        paid: '4000.00',
        outstanding: '2764.10',
        credit: '0.00',
        arrearsAge: 'OVER_TWO_YEARS',
      },
      {
        meetingId: 'M2',
        amountAssessed: '5000.00',
        paid: '0.00',
        outstanding: '5000.00',
        credit: '0.00',
        arrearsAge: 'ONE_TO_TWO_YEARS',
      },
      {
        meetingId: 'M4',
        amountAssessed: '800.00',
        paid: '0.00',
        outstanding: '800.00',
        credit: '0.00',
        arrearsAge: 'UNDER_ONE_YEAR',
      },
      {
        meetingId: 'M3',
        amountAssessed: '1200.00',
        paid: '0.00',
        outstanding: '1200.00',
        credit: '0.00',
        arrearsAge: 'NOT_YET_DUE',
      },
    ]);
  });

  it('totals a State per currency, never adding francs to dollars', () => {
    expect(stateOf('CHE')?.totals).toEqual([
      {
        currency: 'CHF',
        amountAssessed: '12564.10',
        paid: '4000.00',
        outstanding: '8564.10',
        credit: '0.00',
        arrears: { ...NO_ARREARS, UNDER_ONE_YEAR: '800.00', ONE_TO_TWO_YEARS: '5000.00', OVER_TWO_YEARS: '2764.10' },
      },
      {
        currency: 'USD',
        amountAssessed: '1200.00',
        paid: '0.00',
        outstanding: '1200.00',
        credit: '0.00',
        arrears: { ...NO_ARREARS, NOT_YET_DUE: '1200.00' },
      },
    ]);
  });

  it('keeps a credit on its meeting, counts partial payments received by the day and none after it', () => {
    expect(
      stateOf('AUT')?.meetings.map(({ meetingId, amountAssessed, paid, outstanding, credit, arrearsAge }) => ({
        meetingId,
        amountAssessed,
        paid,
        outstanding,
        credit,
        arrearsAge,
      })),
    ).toEqual([
      {
        meetingId: 'M1',
        amountAssessed: '2500.00',
        paid: '3000.00',
        outstanding: '0.00',
        credit: '500.00',
        arrearsAge: null,
      },
      {
        meetingId: 'M2',
        amountAssessed: '2000.00',
        paid: '1500.00',
        outstanding: '500.00',
        credit: '0.00',
        arrearsAge: 'ONE_TO_TWO_YEARS',
      },
    ]);
    expect(stateOf('AUT')?.totals).toEqual([
      {
        currency: 'CHF',
        amountAssessed: '4500.00',
        paid: '4500.00',
        outstanding: '500.00',
        credit: '500.00',
        arrears: { ...NO_ARREARS, ONE_TO_TWO_YEARS: '500.00' },
      },
    ]);
  });

  it('leaves out a payer without a rate that paid nothing, and totals every State per currency', () => {
    expect(stateOf('VAT')).toBeUndefined();
    expect(status.totals).toEqual([
      {
        currency: 'CHF',
        amountAssessed: '17064.10',
        paid: '8500.00',
        outstanding: '9064.10',
        credit: '500.00',
        arrears: {
          NOT_YET_DUE: '0.00',
          UNDER_ONE_YEAR: '800.00',
          ONE_TO_TWO_YEARS: '5500.00',
          OVER_TWO_YEARS: '2764.10',
        },
      },
      {
        currency: 'USD',
        amountAssessed: '1200.00',
        paid: '0.00',
        outstanding: '1200.00',
        credit: '0.00',
        arrears: { ...NO_ARREARS, NOT_YET_DUE: '1200.00' },
      },
    ]);
  });

  it('lists a payer left unassessed by a re-issue when it had paid under an earlier one: its payment is a credit', () => {
    const reissued = summariseContributions({
      issues: [
        {
          meetingId: 'M',
          version: 1,
          issuedOn: '2024-01-10',
          currency: 'CHF',
          shares: [{ id: 'v1', stateId: 'PSE', assessed: true, amount: '10.00' }],
        },
        {
          meetingId: 'M',
          version: 2,
          issuedOn: '2024-02-10',
          currency: 'CHF',
          shares: [{ id: 'v2', stateId: 'PSE', assessed: false, amount: null }],
        },
      ],
      payments: [{ meetingId: 'M', stateId: 'PSE', receivedOn: '2024-01-20', amount: '10.00' }],
      asOf: '2024-03-01',
    });
    expect(reissued.states[0]?.meetings[0]).toMatchObject({
      assessed: false,
      amountAssessed: '0.00',
      paid: '10.00',
      outstanding: '0.00',
      credit: '10.00',
      arrearsAge: null,
    });
  });

  it('shows nothing before the first issue', () => {
    expect(summariseContributions({ issues: ISSUES, payments: PAYMENTS, asOf: '2023-03-20' })).toEqual({
      asOf: '2023-03-20',
      states: [],
      totals: [],
    });
  });

  it('always has arrears adding up to what is outstanding, and assessed - paid + credit = outstanding', () => {
    const cents = fc.integer({ min: 0, max: 10_000_000 }).map((value) => (value / 100).toFixed(2));
    fc.assert(
      fc.property(
        fc.array(fc.record({ amount: cents, paid: cents, issuedOn: fc.integer({ min: 0, max: 1500 }) }), {
          minLength: 1,
          maxLength: 8,
        }),
        (meetings) => {
          const day = (offset: number) => new Date(Date.UTC(2022, 0, 1 + offset)).toISOString().slice(0, 10);
          const status = summariseContributions({
            issues: meetings.map((meeting, index) => ({
              meetingId: `M${index}`,
              version: 1,
              issuedOn: day(meeting.issuedOn),
              currency: 'CHF',
              shares: [{ id: `S${index}`, stateId: 'NOR', assessed: true, amount: meeting.amount }],
            })),
            payments: meetings.map((meeting, index) => ({
              meetingId: `M${index}`,
              stateId: 'NOR',
              receivedOn: day(meeting.issuedOn),
              amount: meeting.paid,
            })),
            asOf: day(1600),
          });
          for (const totals of status.totals) {
            const arrears = Object.values(totals.arrears).reduce((sum, value) => sum.plus(value), new ExactDecimal(0));
            expect(arrears.toFixed(2)).toBe(totals.outstanding);
            expect(new ExactDecimal(totals.amountAssessed).minus(totals.paid).plus(totals.credit).toFixed(2)).toBe(
              totals.outstanding,
            );
          }
        },
      ),
    );
  });
});
