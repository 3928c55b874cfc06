import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors/domain-error.ts';
import { computeEntryIntoForce } from './compute-entry-into-force.ts';
import { CCM_RULES, type ConventionRules } from './convention-rules.ts';

// A convention whose thirtieth instrument has not yet been deposited.
const NOT_YET_IN_FORCE: ConventionRules = {
  ...CCM_RULES,
  conventionCode: 'NEW',
  entryIntoForce: { ...CCM_RULES.entryIntoForce, thresholdReachedOn: null, conventionEntryIntoForce: null },
};

describe('entry into force (CCM Art. 17)', () => {
  it('puts the first 30 instruments in force with the Convention on 2010-08-01 (Albania, deposited 2009-06-16)', () => {
    expect(computeEntryIntoForce({ depositDate: '2009-06-16', rules: CCM_RULES })).toBe('2010-08-01');
  });

  it('counts an instrument deposited on the day of the thirtieth (2010-02-16) among the first', () => {
    expect(computeEntryIntoForce({ depositDate: '2010-02-16', rules: CCM_RULES, instrumentOrdinal: 30 })).toBe(
      '2010-08-01',
    );
    expect(computeEntryIntoForce({ depositDate: '2010-02-16', rules: CCM_RULES, instrumentOrdinal: 31 })).toBe(
      '2010-08-01',
    );
  });

  it.each([
    ['Nigeria', '2023-02-28', '2023-08-01'],
    ['South Sudan', '2023-08-03', '2024-02-01'],
    ['Trinidad and Tobago', '2011-09-21', '2012-03-01'],
    ['South Africa', '2015-05-28', '2015-11-01'],
  ])(
    'makes %s a State Party from the first day of the sixth month after deposit (%s -> %s)',
    (_state, deposit, inForce) => {
      expect(computeEntryIntoForce({ depositDate: deposit, rules: CCM_RULES })).toBe(inForce);
    },
  );

  it('applies Art. 17(2) to a deposit just after the thirtieth', () => {
    expect(computeEntryIntoForce({ depositDate: '2010-02-17', rules: CCM_RULES })).toBe('2010-08-01');
    expect(computeEntryIntoForce({ depositDate: '2010-03-01', rules: CCM_RULES })).toBe('2010-09-01');
  });

  it('rejects an ordinal among the first 30 with a deposit after the threshold date', () => {
    expect(() => computeEntryIntoForce({ depositDate: '2011-09-21', rules: CCM_RULES, instrumentOrdinal: 12 })).toThrow(
      ValidationError,
    );
  });

  it('rejects an ordinal that is not a positive whole number, and a malformed deposit date', () => {
    expect(() => computeEntryIntoForce({ depositDate: '2011-09-21', rules: CCM_RULES, instrumentOrdinal: 0 })).toThrow(
      /whole number/,
    );
    expect(() => computeEntryIntoForce({ depositDate: '2011-09-31', rules: CCM_RULES })).toThrow(/depositDate/);
  });

  describe('for a convention not yet in force', () => {
    it('needs the instrument ordinal', () => {
      expect(() => computeEntryIntoForce({ depositDate: '2030-01-10', rules: NOT_YET_IN_FORCE })).toThrow(/ordinal/);
    });

    it('cannot date an early instrument until the threshold is reached', () => {
      expect(
        computeEntryIntoForce({ depositDate: '2030-01-10', rules: NOT_YET_IN_FORCE, instrumentOrdinal: 29 }),
      ).toBeNull();
    });

    it('counts from the month of the instrument that reaches the threshold, and later ones alike', () => {
      expect(computeEntryIntoForce({ depositDate: '2030-01-10', rules: NOT_YET_IN_FORCE, instrumentOrdinal: 30 })).toBe(
        '2030-07-01',
      );
      expect(computeEntryIntoForce({ depositDate: '2030-09-30', rules: NOT_YET_IN_FORCE, instrumentOrdinal: 31 })).toBe(
        '2031-03-01',
      );
    });
  });
});
