import type { CalendarDate } from '../dates/calendar-date.ts';
import type { MeetingKind } from '../enums/domain-enums.ts';
import type { LocalisedText } from './document-language.ts';

/**
 * An office of the secretariat as documents name it (the database's Office): the sender of notes verbales, the
 * address delegations, reports and payments go to.
 */
export interface OfficeData {
  /** "Office for Disarmament Affairs"; in French with its article, "le Bureau des affaires de désarmement". */
  name: LocalisedText;
  /** Printed at the head of the documents the office issues, one line per "\n"; none when null. */
  letterhead?: string | null;
  /** One line per "\n", as it is to be printed. */
  postalAddress: string;
  email: string;
}

/** What a document needs to name a meeting (the database's Meeting). */
export interface MeetingData {
  kind: MeetingKind;
  /** The meeting's number (11 for the Eleventh Meeting): its title is formatted from kind and number. */
  number: number;
  opensOn: CalendarDate;
  closesOn: CalendarDate;
  /** "Palais des Nations"; in French "le Palais des Nations". */
  venue?: LocalisedText | null;
  city: LocalisedText;
  country?: LocalisedText | null;
}
