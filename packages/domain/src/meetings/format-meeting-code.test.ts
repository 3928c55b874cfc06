import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors/domain-error.ts';
import { formatMeetingCode } from './format-meeting-code.ts';

describe('meeting codes', () => {
  it('writes the Eleventh Meeting of States Parties as 11MSP and the parts of a Review Conference as 2RC-1', () => {
    expect(formatMeetingCode({ kind: 'MEETING_OF_STATES_PARTIES', number: 11 })).toBe('11MSP');
    expect(formatMeetingCode({ kind: 'REVIEW_CONFERENCE', number: 2, part: 1 })).toBe('2RC-1');
    expect(formatMeetingCode({ kind: 'REVIEW_CONFERENCE', number: 3, part: null })).toBe('3RC');
  });

  it('gives every kind of meeting a series', () => {
    expect(formatMeetingCode({ kind: 'INTERSESSIONAL', number: 1 })).toBe('1IM');
    expect(formatMeetingCode({ kind: 'PREPARATORY', number: 2 })).toBe('2PM');
    expect(formatMeetingCode({ kind: 'AMENDMENT_CONFERENCE', number: 1 })).toBe('1AC');
  });

  it('refuses numbers outside 1-40 and parts below 1', () => {
    expect(() => formatMeetingCode({ kind: 'MEETING_OF_STATES_PARTIES', number: 0 })).toThrow(ValidationError);
    expect(() => formatMeetingCode({ kind: 'MEETING_OF_STATES_PARTIES', number: 11, part: 0 })).toThrow(
      'The part of a meeting',
    );
  });
});
