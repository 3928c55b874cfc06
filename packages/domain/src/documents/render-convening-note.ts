import { yearOf, type CalendarDate } from '../dates/calendar-date.ts';
import type { Weekday } from '../enums/domain-enums.ts';
import { ValidationError } from '../errors/domain-error.ts';
import { CONVENING_NOTE_MESSAGES } from './convening-note-messages.ts';
import type { MeetingData, OfficeData } from './document-data.ts';
import { pickText, type DocumentLanguage, type LocalisedText } from './document-language.ts';
import { toFileName, type DocumentBlock, type DocumentModel } from './document-model.ts';
import { formatDateRange, formatDocumentDate, formatWeekdayDate } from './format-document-date.ts';
import { formatMessage, type MessageValues } from './format-message.ts';
import { closeEnglishArticleReference } from './english-grammar.ts';
import { capitaliseFirst, withFrenchPreposition } from './french-grammar.ts';
import { describeMeeting } from './meeting-wording.ts';
import { renderHtml } from './render-html.ts';
import { renderText } from './render-text.ts';
import { HTML_MEDIA_TYPE, TEXT_MEDIA_TYPE, type LetterFormat, type RenderedDocument } from './rendered-document.ts';

/** The General Assembly resolution under which the Secretary-General convenes the meeting. */
export interface MandateResolutionData {
  /** "77/79" */
  number: string;
  /** "Implementation of the Convention on Cluster Munitions" */
  title: LocalisedText;
  adoptedOn: CalendarDate;
  /** The operative paragraph asking the Secretary-General to convene the meetings (9 in resolution 77/79). */
  conveningParagraph: number;
  /** What that paragraph does, as the note paraphrases it, from its verb: "requested the Secretary-General to …". */
  conveningClause: LocalisedText;
  /** The operative paragraph on reporting the note reminds States of (4 in 77/79); no reminder when null. */
  reportingParagraph?: number | null;
  /** "urges all States parties to provide the Secretary-General with complete and timely information …". */
  reportingClause?: LocalisedText | null;
}

export interface ConveningNoteData {
  /** The note's reference: "ODA/2023-00050". */
  reference: string;
  /** The date the note bears. */
  date: CalendarDate;
  issuingOffice: OfficeData;
  /** To whom the note is addressed: "Permanent Representatives of Member and Observer States to the United Nations". */
  addressees: LocalisedText;
  convention: {
    /** "Convention on Cluster Munitions"; in French "la Convention sur les armes à sous-munitions". */
    title: LocalisedText;
    /** Its year is printed before the title: "the 2008 Convention on Cluster Munitions". */
    adoptedOn: CalendarDate;
    /** "Article 14, paragraph 1"; in French "le paragraphe 1 de l’article 14". */
    costSharingArticle: LocalisedText;
    /** The words of that article the note quotes, as quoted (lower-case start, elisions marked "[…]"). */
    costSharingQuotation: LocalisedText;
  };
  resolution: MandateResolutionData;
  meeting: MeetingData & {
    webPage?: string | null;
    /** The day by which delegations' details are to be submitted; printed with its weekday. */
    delegationDeadline: CalendarDate;
    /**
     * The weekday the note as issued printed beside the deadline, when it is reproduced: kept even where the
     * calendar disagrees (the Eleventh Meeting's note says "Friday, 31 August 2023", a Thursday). Left out, the
     * weekday is the calendar's.
     */
    delegationDeadlineWeekdayAsIssued?: Weekday | null;
    /** The day by which Article 7 reports are due, as the reporting reminder states it. */
    reportingDeadline?: CalendarDate | null;
  };
  /** The office that serves as the meeting's secretariat: delegations are sent to its address and e-mail. */
  secretariatOffice: OfficeData;
}

export interface RenderConveningNoteOptions {
  note: ConveningNoteData;
  language: DocumentLanguage;
}

function lines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** The phrase after "to"/"à": French contracts the article ("aux Représentants"); English reads as given. */
function dative(text: string, language: DocumentLanguage): string {
  return language === 'FR' ? withFrenchPreposition({ preposition: 'à', phrase: text }) : text;
}

/** A subject opening a sentence: French gives the article with the name ("Le Bureau …"). */
function subject(text: string, language: DocumentLanguage): string {
  return language === 'FR' ? capitaliseFirst(text) : text;
}

function paragraph(
  message: string,
  language: DocumentLanguage,
  values: MessageValues,
  role?: 'reference' | 'date',
): DocumentBlock {
  return { kind: 'paragraph', inlines: [formatMessage({ message, language, values })], ...(role && { role }) };
}

/**
 * The convening note verbale of a meeting as document blocks, every part from `note`: the letterhead and reference,
 * the addressees, the Convention and the General Assembly's mandate, the meeting's title (from kind and number),
 * dates and place, the invitations, the cost-sharing article quoted, the delegation deadline with its weekday and
 * the secretariat's address, e-mail and web page, the reporting reminder, the closing courtesy and the date.
 */
export function buildConveningNote(options: RenderConveningNoteOptions): DocumentModel {
  const { note, language } = options;
  const messages = CONVENING_NOTE_MESSAGES[language];
  const text = (value: LocalisedText, path: string) => pickText({ text: value, language, path: `note.${path}` });
  const { meeting, resolution } = note;
  const wording = describeMeeting({ kind: meeting.kind, number: meeting.number, language });
  const office = text(note.issuingOffice.name, 'issuingOffice.name');
  const addressees = dative(text(note.addressees, 'addressees'), language);
  const convention = text(note.convention.title, 'convention.title');
  const venue = meeting.venue ? text(meeting.venue, 'meeting.venue') : null;
  const country = meeting.country ? text(meeting.country, 'meeting.country') : null;
  const city = text(meeting.city, 'meeting.city');
  const isFrench = language === 'FR';

  const blocks: DocumentBlock[] = [];
  if (note.issuingOffice.letterhead) blocks.push({ kind: 'letterhead', lines: lines(note.issuingOffice.letterhead) });
  blocks.push(paragraph(messages.reference, language, { reference: note.reference }, 'reference'));
  blocks.push(
    paragraph(messages.compliments, language, {
      office: subject(office, language),
      addressees,
      convention: dative(convention, language),
      conventionYear: yearOf(note.convention.adoptedOn).toString(),
      resolution: resolution.number,
      resolutionTitle: text(resolution.title, 'resolution.title'),
      resolutionAdoptedOn: formatDocumentDate({ date: resolution.adoptedOn, language }),
    }),
  );
  blocks.push(
    paragraph(messages.mandate, language, {
      paragraph: resolution.conveningParagraph,
      clause: text(resolution.conveningClause, 'resolution.conveningClause'),
    }),
  );
  blocks.push(
    paragraph(messages.convening, language, {
      title: wording.titleInSentence,
      link: wording.link,
      convention: isFrench
        ? withFrenchPreposition({ preposition: wording.link === 'party' ? 'à' : 'de', phrase: convention })
        : convention,
      dates: formatDateRange({
        start: meeting.opensOn,
        end: meeting.closesOn,
        language,
        path: 'note.meeting.closesOn',
      }),
      hasVenue: venue ? 'yes' : 'no',
      venue: venue && isFrench ? dative(venue, language) : (venue ?? ''),
      city: isFrench ? dative(city, language) : city,
      hasCountry: country ? 'yes' : 'no',
      country: country ?? '',
    }),
  );
  const costSharingArticle = text(note.convention.costSharingArticle, 'convention.costSharingArticle');
  blocks.push(
    paragraph(messages.costs, language, {
      article: isFrench ? dative(costSharingArticle, language) : closeEnglishArticleReference(costSharingArticle),
      quotation: text(note.convention.costSharingQuotation, 'convention.costSharingQuotation'),
    }),
  );
  blocks.push(
    paragraph(messages.delegations, language, {
      shortTitle: wording.shortTitleInSentence,
      title: wording.titleInSentence,
      link: wording.link,
      deadline: formatWeekdayDate({
        date: meeting.delegationDeadline,
        language,
        weekdayAsIssued: meeting.delegationDeadlineWeekdayAsIssued ?? null,
      }),
    }),
  );
  blocks.push({ kind: 'address', lines: lines(note.secretariatOffice.postalAddress) });
  blocks.push({
    kind: 'paragraph',
    inlines: [messages.email, { text: note.secretariatOffice.email, href: `mailto:${note.secretariatOffice.email}` }],
  });
  if (meeting.webPage)
    blocks.push({ kind: 'paragraph', inlines: [messages.webPage, { text: meeting.webPage, href: meeting.webPage }] });
  blocks.push(
    paragraph(messages.arrangements, language, {
      noun: isFrench ? withFrenchPreposition({ preposition: 'de', phrase: wording.noun }) : wording.noun,
      title: wording.titleInSentence,
    }),
  );
  blocks.push(...reportingReminder(options, office));
  blocks.push(paragraph(messages.closing, language, { office: subject(office, language), addressees }));
  blocks.push(paragraph('{date}', language, { date: formatDocumentDate({ date: note.date, language }) }, 'date'));

  return {
    language,
    title: formatMessage({
      message: messages.title,
      language,
      values: { title: wording.title, reference: note.reference },
    }),
    fileName: `${toFileName(note.reference)}-${language}`,
    blocks,
  };
}

function reportingReminder(options: RenderConveningNoteOptions, office: string): DocumentBlock[] {
  const { note, language } = options;
  const { resolution } = note;
  const paragraphNumber = resolution.reportingParagraph ?? null;
  if (paragraphNumber === null) return [];
  if (!resolution.reportingClause) {
    throw new ValidationError({
      issues: [
        {
          path: 'note.resolution.reportingClause',
          message: `The note cites operative paragraph ${paragraphNumber} on reporting; give that paragraph's words (reportingClause) as well.`,
        },
      ],
    });
  }
  const deadline = note.meeting.reportingDeadline ?? null;
  return [
    paragraph(CONVENING_NOTE_MESSAGES[language].reporting, language, {
      paragraph: paragraphNumber,
      resolution: resolution.number,
      clause: pickText({ text: resolution.reportingClause, language, path: 'note.resolution.reportingClause' }),
      office: dative(office, language),
      hasDeadline: deadline ? 'yes' : 'no',
      deadline: deadline ? formatDocumentDate({ date: deadline, language }) : '',
    }),
  ];
}

/** The convening note verbale as plain text or print-ready HTML (for PDF, see `@plenary/domain/pdf`). */
export function renderConveningNote(options: RenderConveningNoteOptions & { format: LetterFormat }): RenderedDocument {
  const model = buildConveningNote(options);
  return options.format === 'HTML'
    ? { content: renderHtml(model), mediaType: HTML_MEDIA_TYPE, fileName: `${model.fileName}.html` }
    : { content: renderText(model), mediaType: TEXT_MEDIA_TYPE, fileName: `${model.fileName}.txt` };
}
