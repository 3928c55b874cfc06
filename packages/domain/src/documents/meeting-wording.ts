import type { MeetingKind } from '../enums/domain-enums.ts';
import { formatMeetingTitle } from '../meetings/format-meeting-title.ts';
import type { DocumentLanguage } from './document-language.ts';
import { lowerCaseFirst } from './french-grammar.ts';

/** What follows a short title is dropped from: "Eleventh Meeting of States Parties" -> "Eleventh Meeting". */
const SHORT_TITLE_DROPS: Partial<Record<MeetingKind, Record<DocumentLanguage, string>>> = {
  MEETING_OF_STATES_PARTIES: { EN: ' of States Parties', FR: ' des États parties' },
};

/** The meeting named by its kind alone: "the arrangements for the Meeting", "l’organisation de l’Assemblée". */
const MEETING_NOUNS: Record<MeetingKind, Record<DocumentLanguage, string>> = {
  MEETING_OF_STATES_PARTIES: { EN: 'Meeting', FR: 'l’Assemblée' },
  REVIEW_CONFERENCE: { EN: 'Conference', FR: 'la Conférence' },
  INTERSESSIONAL: { EN: 'Meeting', FR: 'la Réunion' },
  PREPARATORY: { EN: 'Meeting', FR: 'la Réunion' },
  AMENDMENT_CONFERENCE: { EN: 'Conference', FR: 'la Conférence' },
};

export interface MeetingWording {
  /** "Eleventh Meeting of States Parties", "Onzième Assemblée des États parties": for headings and titles. */
  title: string;
  /** The title inside a sentence: French lowers the ordinal ("la onzième Assemblée des États parties"). */
  titleInSentence: string;
  /** "Eleventh Meeting", "onzième Assemblée"; the full title for kinds with no shorter form. */
  shortTitleInSentence: string;
  noun: string;
  /**
   * How the meeting attaches to the Convention: States Parties "to" it (select key `party`), a conference "of" it
   * (`other`).
   */
  link: 'party' | 'other';
}

/** The ways a document names a meeting, from its kind and number (titles from formatMeetingTitle). */
export function describeMeeting(options: {
  kind: MeetingKind;
  number: number;
  language: DocumentLanguage;
}): MeetingWording {
  const { kind, language } = options;
  const title = formatMeetingTitle(options);
  const titleInSentence = language === 'FR' ? lowerCaseFirst(title) : title;
  const drop = SHORT_TITLE_DROPS[kind]?.[language];
  return {
    title,
    titleInSentence,
    shortTitleInSentence:
      drop && titleInSentence.endsWith(drop) ? titleInSentence.slice(0, -drop.length) : titleInSentence,
    noun: MEETING_NOUNS[kind][language],
    link: kind === 'MEETING_OF_STATES_PARTIES' ? 'party' : 'other',
  };
}
