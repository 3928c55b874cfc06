import { describe, expect, it } from 'vitest';
import { formatDate, formatDecimal, formatMoney, humanise } from './format.ts';

describe('formatDate', () => {
  it('writes a calendar date with the month in words', () => {
    expect(formatDate('2023-09-11')).toBe('11 Sep 2023');
    expect(formatDate(null)).toBe('');
  });
});

describe('formatDecimal', () => {
  it('groups thousands without going through a float', () => {
    expect(formatDecimal('1234567.5', { fractionDigits: 2 })).toBe('1,234,567.50');
    expect(formatDecimal('0.1', { fractionDigits: 2 })).toBe('0.10');
    expect(formatDecimal('9007199254740993.01')).toBe('9,007,199,254,740,993.01');
  });

  it('keeps significant digits beyond the fraction digits asked for', () => {
    expect(formatDecimal('0.001', { fractionDigits: 2 })).toBe('0.001');
    expect(formatDecimal('1.134')).toBe('1.134');
  });

  it('returns what it cannot read unchanged', () => {
    expect(formatDecimal('n/a')).toBe('n/a');
    expect(formatDecimal(null)).toBe('');
  });
});

describe('formatMoney', () => {
  it('puts the currency code before the amount', () => {
    expect(formatMoney('45000', 'CHF')).toBe('CHF 45,000.00');
  });
});

describe('humanise', () => {
  it('turns an enum value into words', () => {
    expect(humanise('STATE_PARTY')).toBe('State party');
    expect(humanise('ON_TIME')).toBe('On time');
  });
});
