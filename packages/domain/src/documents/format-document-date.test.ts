import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors/domain-error.ts';
import type { DocumentLanguage } from './document-language.ts';
import { formatDateRange, formatDateSpan } from './format-document-date.ts';

const span = (start: string, end: string, language: DocumentLanguage = 'EN') =>
  formatDateSpan({ start, end, language });

// UN Editorial Manual: a span of dates takes an en dash (U+2013) with no space either side, and repeats only what differs.
describe('formatDateSpan', () => {
  it('joins two days of one month with an en dash and no spaces: "14–17 December 2026"', () => {
    expect(span('2026-12-14', '2026-12-17')).toBe('14–17 December 2026');
    expect(span('2026-12-14', '2026-12-17', 'FR')).toBe('14–17 décembre 2026');
  });

  it('names both months of a span across months: "30 November–3 December 2026"', () => {
    expect(span('2026-11-30', '2026-12-03')).toBe('30 November–3 December 2026');
    expect(span('2026-11-30', '2026-12-03', 'FR')).toBe('30 novembre–3 décembre 2026');
  });

  it('names both years of a span across years: "30 December 2026–2 January 2027"', () => {
    expect(span('2026-12-30', '2027-01-02')).toBe('30 December 2026–2 January 2027');
    expect(span('2026-12-30', '2027-01-02', 'FR')).toBe('30 décembre 2026–2 janvier 2027');
  });

  it('prints a one-day meeting as its date alone', () => {
    expect(span('2026-12-14', '2026-12-14')).toBe('14 December 2026');
    expect(span('2026-12-14', '2026-12-14', 'FR')).toBe('14 décembre 2026');
  });

  it('writes the first of a month as "1er" in French at either end', () => {
    expect(span('2026-12-01', '2026-12-04', 'FR')).toBe('1er–4 décembre 2026');
    expect(span('2026-11-28', '2026-12-01', 'FR')).toBe('28 novembre–1er décembre 2026');
    expect(span('2026-12-01', '2026-12-04')).toBe('1–4 December 2026');
  });

  it('holds no character that the PDF standard fonts cannot print (no thin spaces)', () => {
    for (const language of ['EN', 'FR'] as const) {
      for (const [start, end] of [
        ['2026-12-14', '2026-12-17'],
        ['2026-11-30', '2026-12-03'],
        ['2026-12-30', '2027-01-02'],
      ] as const) {
        expect(span(start, end, language)).not.toMatch(/[\u2009\u202f\s]–|–\s/);
      }
    }
  });

  it('refuses a span whose last day is before its first, naming the field', () => {
    expect(() =>
      formatDateSpan({ start: '2026-12-17', end: '2026-12-14', language: 'EN', path: 'meeting.closesOn' }),
    ).toThrow(ValidationError);
  });
});

describe('formatDateRange', () => {
  it('writes a span in a sentence with words, not a dash', () => {
    expect(formatDateRange({ start: '2026-12-14', end: '2026-12-17', language: 'EN' })).toBe(
      'from 14 to 17 December 2026',
    );
    expect(formatDateRange({ start: '2026-11-30', end: '2026-12-03', language: 'EN' })).toBe(
      'from 30 November to 3 December 2026',
    );
    expect(formatDateRange({ start: '2026-12-30', end: '2027-01-02', language: 'EN' })).toBe(
      'from 30 December 2026 to 2 January 2027',
    );
    expect(formatDateRange({ start: '2026-12-14', end: '2026-12-14', language: 'EN' })).toBe('on 14 December 2026');
    expect(formatDateRange({ start: '2026-12-01', end: '2026-12-04', language: 'FR' })).toBe(
      'du 1er au 4 décembre 2026',
    );
    expect(formatDateRange({ start: '2026-11-30', end: '2026-12-03', language: 'FR' })).toBe(
      'du 30 novembre au 3 décembre 2026',
    );
    expect(formatDateRange({ start: '2026-12-30', end: '2027-01-02', language: 'FR' })).toBe(
      'du 30 décembre 2026 au 2 janvier 2027',
    );
    expect(formatDateRange({ start: '2026-12-14', end: '2026-12-14', language: 'FR' })).toBe('le 14 décembre 2026');
  });
});
