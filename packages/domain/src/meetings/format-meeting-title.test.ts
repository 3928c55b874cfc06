import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors/domain-error.ts';
import { formatMeetingTitle } from './format-meeting-title.ts';

describe('meeting titles', () => {
  it('names the Eleventh Meeting of States Parties and the Second Review Conference', () => {
    expect(formatMeetingTitle({ kind: 'MEETING_OF_STATES_PARTIES', number: 11 })).toBe(
      'Eleventh Meeting of States Parties',
    );
    expect(formatMeetingTitle({ kind: 'REVIEW_CONFERENCE', number: 2, language: 'EN' })).toBe(
      'Second Review Conference',
    );
  });

  it('names them in French', () => {
    expect(formatMeetingTitle({ kind: 'MEETING_OF_STATES_PARTIES', number: 11, language: 'FR' })).toBe(
      'Onzième Assemblée des États parties',
    );
    expect(formatMeetingTitle({ kind: 'REVIEW_CONFERENCE', number: 2, language: 'FR' })).toBe(
      "Deuxième Conférence d'examen",
    );
    expect(formatMeetingTitle({ kind: 'MEETING_OF_STATES_PARTIES', number: 1, language: 'FR' })).toBe(
      'Première Assemblée des États parties',
    );
  });

  it.each([
    [1, 'First', 'Première'],
    [3, 'Third', 'Troisième'],
    [9, 'Ninth', 'Neuvième'],
    [10, 'Tenth', 'Dixième'],
    [12, 'Twelfth', 'Douzième'],
    [17, 'Seventeenth', 'Dix-septième'],
    [20, 'Twentieth', 'Vingtième'],
    [21, 'Twenty-first', 'Vingt et unième'],
    [22, 'Twenty-second', 'Vingt-deuxième'],
    [29, 'Twenty-ninth', 'Vingt-neuvième'],
    [30, 'Thirtieth', 'Trentième'],
    [31, 'Thirty-first', 'Trente et unième'],
    [35, 'Thirty-fifth', 'Trente-cinquième'],
    [40, 'Fortieth', 'Quarantième'],
  ])('writes the ordinal %i as %s / %s', (number, english, french) => {
    expect(formatMeetingTitle({ kind: 'PREPARATORY', number })).toBe(`${english} Preparatory Meeting`);
    expect(formatMeetingTitle({ kind: 'PREPARATORY', number, language: 'FR' })).toBe(`${french} Réunion préparatoire`);
  });

  it('names every kind of meeting', () => {
    expect(formatMeetingTitle({ kind: 'INTERSESSIONAL', number: 4 })).toBe('Fourth Intersessional Meeting');
    expect(formatMeetingTitle({ kind: 'AMENDMENT_CONFERENCE', number: 1, language: 'FR' })).toBe(
      "Première Conférence d'amendement",
    );
  });

  it('accepts numbers from 1 to 40 only', () => {
    for (const number of [0, 41, 2.5]) {
      expect(() => formatMeetingTitle({ kind: 'MEETING_OF_STATES_PARTIES', number })).toThrow(ValidationError);
    }
  });
});
