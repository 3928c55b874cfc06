import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors/domain-error.ts';
import { formatDecimal, formatMoney } from './format-money.ts';

describe('formatMoney', () => {
  it('formats exact decimal strings as money for the language', () => {
    expect(formatMoney({ amount: '1234.5', currency: 'CHF', language: 'EN' })).toBe('CHF\u00a01,234.50');
    expect(formatMoney({ amount: '1234.5', currency: 'CHF', language: 'FR' })).toBe('1\u202f234,50\u00a0CHF');
    expect(formatMoney({ amount: { toFixed: () => '-12.00' }, currency: 'USD', language: 'EN' })).toBe('-US$12.00');
  });

  it('refuses a currency that is not an ISO code and an amount that is not a plain decimal', () => {
    expect(() => formatMoney({ amount: '1', currency: 'usd', language: 'EN' })).toThrow(ValidationError);
    expect(() => formatMoney({ amount: '1e3', currency: 'USD', language: 'EN', path: 'share.amount' })).toThrow(
      /share\.amount must be a decimal/,
    );
  });
});

describe('formatDecimal', () => {
  it('keeps the places it is given', () => {
    expect(formatDecimal({ value: '0.123456', language: 'FR' })).toBe('0,123456');
    expect(formatDecimal({ value: '22', language: 'EN' })).toBe('22');
    expect(() => formatDecimal({ value: 'abc', language: 'EN' })).toThrow(/value must be a decimal/);
  });
});
