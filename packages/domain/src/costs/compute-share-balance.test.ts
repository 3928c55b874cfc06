import { describe, expect, it } from 'vitest';
import { computeShareBalance } from './compute-share-balance.ts';

describe("a State's balance against its cost share", () => {
  it('adds payments exactly and shows what remains', () => {
    expect(computeShareBalance({ amount: '1000.10', payments: ['0.10', '0.20', '500'] })).toEqual({
      paid: '500.30',
      outstanding: '499.80',
      credit: '0.00',
    });
  });

  it('is fully paid when the payments reach the share', () => {
    expect(computeShareBalance({ amount: '12.34', payments: ['12.34'] })).toEqual({
      paid: '12.34',
      outstanding: '0.00',
      credit: '0.00',
    });
  });

  it('shows a credit, never a negative outstanding amount, when a re-issue lowered the share below what was paid', () => {
    expect(computeShareBalance({ amount: '90.00', payments: ['100.00'] })).toEqual({
      paid: '100.00',
      outstanding: '0.00',
      credit: '10.00',
    });
  });

  it('has nothing outstanding for an unassessed State', () => {
    expect(computeShareBalance({ amount: null, payments: [] })).toEqual({
      paid: '0.00',
      outstanding: null,
      credit: '0.00',
    });
  });
});
