import type { MeetingKind, TitleLanguage } from '../enums/domain-enums.ts';
import { ValidationError } from '../errors/domain-error.ts';

export const MIN_MEETING_NUMBER = 1;
export const MAX_MEETING_NUMBER = 40;

const ENGLISH_UNITS = [
  '',
  'First',
  'Second',
  'Third',
  'Fourth',
  'Fifth',
  'Sixth',
  'Seventh',
  'Eighth',
  'Ninth',
] as const;
const ENGLISH_TEENS = [
  'Tenth',
  'Eleventh',
  'Twelfth',
  'Thirteenth',
  'Fourteenth',
  'Fifteenth',
  'Sixteenth',
  'Seventeenth',
  'Eighteenth',
  'Nineteenth',
] as const;
const ENGLISH_TENS_ORDINAL = ['', '', 'Twentieth', 'Thirtieth', 'Fortieth'] as const;
const ENGLISH_TENS_CARDINAL = ['', '', 'Twenty', 'Thirty', 'Forty'] as const;

// French ordinals in the feminine (une Assemblée, une Conférence, une Réunion).
const FRENCH_UNITS = [
  '',
  'Première',
  'Deuxième',
  'Troisième',
  'Quatrième',
  'Cinquième',
  'Sixième',
  'Septième',
  'Huitième',
  'Neuvième',
] as const;
const FRENCH_TEENS = [
  'Dixième',
  'Onzième',
  'Douzième',
  'Treizième',
  'Quatorzième',
  'Quinzième',
  'Seizième',
  'Dix-septième',
  'Dix-huitième',
  'Dix-neuvième',
] as const;
const FRENCH_TENS_ORDINAL = ['', '', 'Vingtième', 'Trentième', 'Quarantième'] as const;
const FRENCH_TENS_CARDINAL = ['', '', 'Vingt', 'Trente', 'Quarante'] as const;
// Inside a compound the units are lower case, and 1 is "unième" ("vingt et unième").
const FRENCH_COMPOUND_UNITS = [
  '',
  'unième',
  'deuxième',
  'troisième',
  'quatrième',
  'cinquième',
  'sixième',
  'septième',
  'huitième',
  'neuvième',
] as const;

const TEN = 10;
const TEENS_END = 20;

const MEETING_NAMES: Record<MeetingKind, Record<TitleLanguage, string>> = {
  MEETING_OF_STATES_PARTIES: { EN: 'Meeting of States Parties', FR: 'Assemblée des États parties' },
  REVIEW_CONFERENCE: { EN: 'Review Conference', FR: "Conférence d'examen" },
  INTERSESSIONAL: { EN: 'Intersessional Meeting', FR: 'Réunion intersessions' },
  PREPARATORY: { EN: 'Preparatory Meeting', FR: 'Réunion préparatoire' },
  AMENDMENT_CONFERENCE: { EN: 'Amendment Conference', FR: "Conférence d'amendement" },
};

function at<T>(list: readonly T[], index: number): T {
  const value = list[index];
  /* v8 ignore next -- indexes are bounded by the 1-40 range check */
  if (value === undefined) throw new RangeError(`No entry ${index}`);
  return value;
}

function englishOrdinal(number: number): string {
  if (number < TEN) return at(ENGLISH_UNITS, number);
  if (number < TEENS_END) return at(ENGLISH_TEENS, number - TEN);
  const tens = Math.floor(number / TEN);
  const units = number % TEN;
  if (units === 0) return at(ENGLISH_TENS_ORDINAL, tens);
  return `${at(ENGLISH_TENS_CARDINAL, tens)}-${at(ENGLISH_UNITS, units).toLowerCase()}`;
}

function frenchOrdinal(number: number): string {
  if (number < TEN) return at(FRENCH_UNITS, number);
  if (number < TEENS_END) return at(FRENCH_TEENS, number - TEN);
  const tens = Math.floor(number / TEN);
  const units = number % TEN;
  if (units === 0) return at(FRENCH_TENS_ORDINAL, tens);
  const separator = units === 1 ? ' et ' : '-';
  return `${at(FRENCH_TENS_CARDINAL, tens)}${separator}${at(FRENCH_COMPOUND_UNITS, units)}`;
}

/**
 * A meeting's title from its kind and number: "Eleventh Meeting of States Parties", "Second Review Conference";
 * in French "Onzième Assemblée des États parties", "Deuxième Conférence d'examen". Numbers 1-40.
 */
export function formatMeetingTitle(options: { kind: MeetingKind; number: number; language?: TitleLanguage }): string {
  const { kind, number } = options;
  const language = options.language ?? 'EN';
  if (!Number.isInteger(number) || number < MIN_MEETING_NUMBER || number > MAX_MEETING_NUMBER) {
    throw new ValidationError({
      issues: [
        {
          path: 'number',
          message: `The meeting number must be a whole number from ${MIN_MEETING_NUMBER} to ${MAX_MEETING_NUMBER}; got ${number}.`,
        },
      ],
    });
  }
  const ordinal = language === 'FR' ? frenchOrdinal(number) : englishOrdinal(number);
  return `${ordinal} ${MEETING_NAMES[kind][language]}`;
}
