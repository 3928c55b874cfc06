import { stringify } from 'csv-stringify/sync';
import { compareCalendarDates, toCalendarDateParts, type CalendarDate } from '../dates/calendar-date.ts';
import type { ReportKind } from '../enums/domain-enums.ts';
import { ValidationError } from '../errors/domain-error.ts';
import type { OfficeData } from './document-data.ts';
import { pickText, type DocumentLanguage, type LocalisedText } from './document-language.ts';
import { toFileName, type DocumentBlock, type DocumentModel } from './document-model.ts';
import { escapeCsvFormula } from './escape-csv-formula.ts';
import { formatDateRange, formatDocumentDate } from './format-document-date.ts';
import { formatMessage, type MessageValues } from './format-message.ts';
import { closeEnglishArticleReference } from './english-grammar.ts';
import { capitaliseFirst, isFrenchPlural, withFrenchPreposition } from './french-grammar.ts';
import { renderHtml } from './render-html.ts';
import { renderText } from './render-text.ts';
import {
  CSV_MEDIA_TYPE,
  HTML_MEDIA_TYPE,
  TEXT_MEDIA_TYPE,
  type LetterFormat,
  type RenderedDocument,
} from './rendered-document.ts';

export interface ReportReminderData {
  reference: string;
  date: CalendarDate;
  issuingOffice: OfficeData;
  /** The mission addressed: "Permanent Mission of Nigeria to the United Nations"; in French with its article. */
  addressee: LocalisedText;
  /** The State whose report is overdue: { EN: nameEn, FR: the French name with its article (frenchStateName) }. */
  state: { name: LocalisedText };
  convention: {
    /** "Convention on Cluster Munitions"; in French "la Convention sur les armes à sous-munitions". */
    title: LocalisedText;
    /** The reporting article and paragraph: "Article 7, paragraph 2"; in French "le paragraphe 2 de l’article 7". */
    reportingArticle: LocalisedText;
  };
  /** The overdue report (a ReportObligation): kind, the period it covers and its due date. */
  report: { kind: ReportKind; periodStart: CalendarDate; periodEnd: CalendarDate; dueOn: CalendarDate };
  /** Where reports go: the office's address and e-mail, and an online reporting page if there is one. */
  submission: { office: OfficeData; webPage?: string | null };
}

export interface RenderReportReminderOptions {
  reminder: ReportReminderData;
  language: DocumentLanguage;
}

const JANUARY_FIRST = '01-01';
const DECEMBER_THIRTY_FIRST = '12-31';

const MESSAGES = {
  EN: {
    title: 'Article 7 report reminder — note verbale {reference}',
    reference: 'REFERENCE: {reference}',
    compliments:
      'The {office} presents its compliments to the {addressee} and has the honour to refer to {article} of the {convention}.',
    overdue:
      'Under that provision, {state} was to submit {kind, select, INITIAL {its initial report, on the situation on {periodEnd}, the date on which the Convention entered into force for it,} other {its annual report covering {period},}} to the Secretary-General no later than {dueOn}. According to the records of the Secretariat, that report has not been received as at the date of this note.',
    request:
      'The {office} would be grateful if the report could be submitted at the earliest opportunity to the {submissionOffice}, at the following address:',
    email: 'E-Mail: ',
    webPage: 'Online reporting: ',
    received: 'If the report has been sent in the meantime, this note may be disregarded.',
    closing:
      'The {office} avails itself of this opportunity to renew to the {addressee} the assurances of its highest consideration.',
    calendarYear: 'the calendar year {year}',
    period: 'the period {range}',
  },
  FR: {
    title: 'Rappel relatif au rapport au titre de l’article 7 — note verbale {reference}',
    reference: 'RÉFÉRENCE\u00a0: {reference}',
    compliments: '{office} présente ses compliments {addressee} et a l’honneur de se référer {article} {convention}.',
    overdue:
      'En application de cette disposition, {state} {number, select, PLURAL {devaient} other {devait}} présenter au Secrétaire général, au plus tard le {dueOn}, {kind, select, INITIAL {{number, select, PLURAL {leur} other {son}} rapport initial, sur la situation au {periodEnd}, date de l’entrée en vigueur de la Convention à {number, select, PLURAL {leur} other {son}} égard} other {{number, select, PLURAL {leur} other {son}} rapport annuel portant sur {period}}}. D’après les registres du Secrétariat, ce rapport n’avait pas été reçu à la date de la présente note.',
    request:
      '{office} saurait gré de bien vouloir adresser le rapport dans les meilleurs délais {submissionOffice}, à l’adresse suivante\u00a0:',
    email: 'Courriel\u00a0: ',
    webPage: 'Rapport en ligne\u00a0: ',
    received: 'Si le rapport a été envoyé entre-temps, il n’y a pas lieu de tenir compte de la présente note.',
    closing:
      '{office} saisit cette occasion pour renouveler {addressee} les assurances de sa très haute considération.',
    calendarYear: 'l’année civile {year}',
    period: 'la période {range}',
  },
} as const satisfies Record<DocumentLanguage, Record<string, string>>;

function lines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

function periodText(report: ReportReminderData['report'], language: DocumentLanguage): string {
  const start = toCalendarDateParts(report.periodStart);
  const end = toCalendarDateParts(report.periodEnd);
  if (
    start.year === end.year &&
    report.periodStart.endsWith(JANUARY_FIRST) &&
    report.periodEnd.endsWith(DECEMBER_THIRTY_FIRST)
  ) {
    return formatMessage({ message: MESSAGES[language].calendarYear, language, values: { year: String(start.year) } });
  }
  const range = formatDateRange({
    start: report.periodStart,
    end: report.periodEnd,
    language,
    path: 'reminder.report.periodEnd',
  });
  return formatMessage({ message: MESSAGES[language].period, language, values: { range } });
}

/**
 * A note verbale reminding a State that its Article 7 report is overdue: which report (initial, or annual with the
 * period it covers), its due date, and where and how to submit it. Refuses a reminder for a report not yet overdue
 * on the note's date.
 */
export function buildReportReminder(options: RenderReportReminderOptions): DocumentModel {
  const { reminder, language } = options;
  const messages = MESSAGES[language];
  const french = language === 'FR';
  const text = (value: LocalisedText, path: string) => pickText({ text: value, language, path: `reminder.${path}` });
  const dative = (phrase: string) => (french ? withFrenchPreposition({ preposition: 'à', phrase }) : phrase);
  if (compareCalendarDates(reminder.report.dueOn, reminder.date) >= 0) {
    throw new ValidationError({
      issues: [
        {
          path: 'reminder.report.dueOn',
          message: `The report is due on ${reminder.report.dueOn}, so it is not overdue on the note's date (${reminder.date}); no reminder is sent before the due date has passed.`,
        },
      ],
    });
  }
  const office = text(reminder.issuingOffice.name, 'issuingOffice.name');
  const addressee = text(reminder.addressee, 'addressee');
  const convention = text(reminder.convention.title, 'convention.title');
  const subject = french ? capitaliseFirst(office) : office;
  const article = text(reminder.convention.reportingArticle, 'convention.reportingArticle');
  const paragraph = (message: string, values: MessageValues, role?: 'reference' | 'date'): DocumentBlock => ({
    kind: 'paragraph',
    inlines: [formatMessage({ message, language, values })],
    ...(role && { role }),
  });
  const { submission } = reminder;

  const blocks: DocumentBlock[] = [];
  if (reminder.issuingOffice.letterhead)
    blocks.push({ kind: 'letterhead', lines: lines(reminder.issuingOffice.letterhead) });
  blocks.push(paragraph(messages.reference, { reference: reminder.reference }, 'reference'));
  blocks.push(
    paragraph(messages.compliments, {
      office: subject,
      addressee: dative(addressee),
      article: french ? dative(article) : closeEnglishArticleReference(article),
      convention: french ? withFrenchPreposition({ preposition: 'de', phrase: convention }) : convention,
    }),
  );
  const state = text(reminder.state.name, 'state.name');
  blocks.push(
    paragraph(messages.overdue, {
      state: french ? capitaliseFirst(state) : state,
      // "Les Bahamas devaient présenter leur rapport"; "le Nigéria devait présenter son rapport".
      number: french && isFrenchPlural(state) ? 'PLURAL' : 'SINGULAR',
      kind: reminder.report.kind,
      periodEnd: formatDocumentDate({ date: reminder.report.periodEnd, language }),
      period: periodText(reminder.report, language),
      dueOn: formatDocumentDate({ date: reminder.report.dueOn, language }),
    }),
  );
  blocks.push(
    paragraph(messages.request, {
      office: subject,
      submissionOffice: dative(text(submission.office.name, 'submission.office.name')),
    }),
  );
  blocks.push({ kind: 'address', lines: lines(submission.office.postalAddress) });
  blocks.push({
    kind: 'paragraph',
    inlines: [messages.email, { text: submission.office.email, href: `mailto:${submission.office.email}` }],
  });
  if (submission.webPage)
    blocks.push({
      kind: 'paragraph',
      inlines: [messages.webPage, { text: submission.webPage, href: submission.webPage }],
    });
  blocks.push(paragraph(messages.received, {}));
  blocks.push(paragraph(messages.closing, { office: subject, addressee: dative(addressee) }));
  blocks.push(paragraph('{date}', { date: formatDocumentDate({ date: reminder.date, language }) }, 'date'));
  return {
    language,
    title: formatMessage({ message: messages.title, language, values: { reference: reminder.reference } }),
    fileName: `${toFileName(reminder.reference)}-${language}`,
    blocks,
  };
}

/** The overdue-report reminder as plain text or print-ready HTML. */
export function renderReportReminder(
  options: RenderReportReminderOptions & { format: LetterFormat },
): RenderedDocument {
  const model = buildReportReminder(options);
  return options.format === 'HTML'
    ? { content: renderHtml(model), mediaType: HTML_MEDIA_TYPE, fileName: `${model.fileName}.html` }
    : { content: renderText(model), mediaType: TEXT_MEDIA_TYPE, fileName: `${model.fileName}.txt` };
}

/** One line of the addressees of reminders sent together: the note, and the State as a list names it. */
export interface ReminderAddressee {
  reminder: ReportReminderData;
  iso3: string;
  /** The State's name as a list prints it, without article: { EN: nameEn, FR: nameFr }. */
  listName: LocalisedText;
  /** Where the State's focal points receive mail, if Plenary holds their addresses. */
  emails: readonly string[];
}

const ADDRESSEE_COLUMNS = {
  EN: ['State', 'ISO code', 'Addressee', 'E-mail', 'Report', 'Year', 'Due on', 'Reference', 'Date of the note'],
  FR: [
    'État',
    'Code ISO',
    'Destinataire',
    'Courriel',
    'Rapport',
    'Année',
    'Date limite',
    'Référence',
    'Date de la note',
  ],
} as const satisfies Record<DocumentLanguage, readonly string[]>;

const REPORT_KIND_NAMES = {
  EN: { INITIAL: 'Initial', ANNUAL: 'Annual' },
  FR: { INITIAL: 'Initial', ANNUAL: 'Annuel' },
} as const satisfies Record<DocumentLanguage, Record<ReportKind, string>>;

/**
 * The addressees of reminders sent together, as CSV for a mail merge: State, ISO code, mission addressed, e-mail
 * addresses held, report and year, due date, the note's reference and date (dates as YYYY-MM-DD). Cells are
 * protected against formula injection; lines end in CRLF.
 */
export function renderReminderAddressees(options: {
  addressees: readonly ReminderAddressee[];
  language: DocumentLanguage;
  fileName: string;
}): RenderedDocument {
  const { language } = options;
  const rows = options.addressees.map(({ reminder, iso3, listName, emails }, index) => {
    const text = (value: LocalisedText, path: string) =>
      pickText({ text: value, language, path: `addressees.${index}.${path}` });
    return [
      text(listName, 'listName'),
      iso3,
      capitaliseFirst(text(reminder.addressee, 'reminder.addressee')),
      emails.join('; '),
      REPORT_KIND_NAMES[language][reminder.report.kind],
      String(
        toCalendarDateParts(
          reminder.report.kind === 'INITIAL' ? reminder.report.periodEnd : reminder.report.periodStart,
        ).year,
      ),
      reminder.report.dueOn,
      reminder.reference,
      reminder.date,
    ];
  });
  const content = stringify(
    [[...ADDRESSEE_COLUMNS[language]], ...rows].map((row) => row.map(escapeCsvFormula)),
    { record_delimiter: 'windows' },
  );
  return { content, mediaType: CSV_MEDIA_TYPE, fileName: `${options.fileName}.csv` };
}
