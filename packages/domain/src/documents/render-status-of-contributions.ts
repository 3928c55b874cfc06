import { stringify } from 'csv-stringify/sync';
import { CONTRIBUTION_DUE_DAYS, type ArrearsAge } from '../costs/contribution-due-date.ts';
import type { ContributionTotals, MeetingContribution } from '../costs/summarise-contributions.ts';
import type { CalendarDate } from '../dates/calendar-date.ts';
import type { MeetingKind } from '../enums/domain-enums.ts';
import { pickText, type DocumentLanguage, type LocalisedText } from './document-language.ts';
import { toFileName, type DocumentBlock, type DocumentModel } from './document-model.ts';
import { escapeCsvFormula } from './escape-csv-formula.ts';
import { formatDocumentDate } from './format-document-date.ts';
import { formatMessage } from './format-message.ts';
import { formatMoney } from './format-money.ts';
import { withFrenchPreposition } from './french-grammar.ts';
import { describeMeeting } from './meeting-wording.ts';
import { CSV_MEDIA_TYPE, type RenderedDocument } from './rendered-document.ts';

/** One State's line of the status (summariseContributions), with the names the document prints. */
export interface StateContributionsData {
  iso3: string;
  /** { EN: nameEn, FR: nameFr }. */
  name: LocalisedText;
  meetings: readonly (MeetingContribution & { meeting: { code: string; kind: MeetingKind; number: number } })[];
  totals: readonly ContributionTotals[];
}

export interface StatusOfContributionsData {
  asOf: CalendarDate;
  convention: { title: LocalisedText };
  /** In the order printed (the API sorts by English name). */
  states: readonly StateContributionsData[];
  totals: readonly ContributionTotals[];
}

export interface RenderStatusOfContributionsOptions {
  status: StatusOfContributionsData;
  language: DocumentLanguage;
}

const MESSAGES = {
  EN: {
    title: 'Status of contributions as at {date}',
    basis:
      'Shares of the costs of meetings under the {convention}, State by State: the amounts assessed by the shares in force on {date}, the payments received by that day and what remains outstanding, by how long it has been due. A share falls due {days} days after the shares were issued. Payments beyond a share are shown as a credit on that meeting.',
    currency: 'Amounts in {currency}',
    none: 'No shares had been issued by that day.',
    total: 'Total',
    columns: {
      iso3: 'ISO code',
      state: 'State',
      meetingCode: 'Meeting code',
      meeting: 'Meeting',
      currency: 'Currency',
      issuedOn: 'Issued on',
      dueOn: 'Due on',
      assessed: 'Assessed',
      paid: 'Paid',
      outstanding: 'Outstanding',
      credit: 'Credit',
      age: 'Outstanding for',
    },
    ages: {
      NOT_YET_DUE: 'Not yet due',
      UNDER_ONE_YEAR: 'Under 1 year',
      ONE_TO_TWO_YEARS: '1–2 years',
      OVER_TWO_YEARS: 'Over 2 years',
    },
  },
  FR: {
    title: 'État des contributions au {date}',
    basis:
      'Quotes-parts des coûts des réunions tenues en application {convention}, État par État\u00a0: les montants mis en recouvrement par les quotes-parts en vigueur le {date}, les paiements reçus à cette date et le solde restant dû, selon son ancienneté. Une quote-part est exigible {days}\u00a0jours après son émission. Un paiement excédant la quote-part figure comme crédit au titre de la réunion.',
    currency: 'Montants en {currency}',
    none: 'Aucune quote-part n’avait été émise à cette date.',
    total: 'Total',
    columns: {
      iso3: 'Code ISO',
      state: 'État',
      meetingCode: 'Code de la réunion',
      meeting: 'Réunion',
      currency: 'Monnaie',
      issuedOn: 'Émise le',
      dueOn: 'Exigible le',
      assessed: 'Mis en recouvrement',
      paid: 'Versé',
      outstanding: 'Restant dû',
      credit: 'Crédit',
      age: 'Dû depuis',
    },
    ages: {
      NOT_YET_DUE: 'Non encore exigible',
      UNDER_ONE_YEAR: 'Moins d’un an',
      ONE_TO_TWO_YEARS: '1 à 2 ans',
      OVER_TWO_YEARS: 'Plus de 2 ans',
    },
  },
} as const satisfies Record<DocumentLanguage, unknown>;

const AGE_COLUMNS: readonly ArrearsAge[] = ['NOT_YET_DUE', 'UNDER_ONE_YEAR', 'ONE_TO_TWO_YEARS', 'OVER_TWO_YEARS'];

function currencies(status: StatusOfContributionsData): string[] {
  return status.totals.map((totals) => totals.currency);
}

/**
 * The status of contributions as document blocks: for each currency, a table of the States that owe or paid in it
 * (assessed, paid, outstanding, credit, and what is outstanding by age), with its total. Amounts of different
 * currencies are never added. Landscape: nine columns of amounts do not fit across a portrait page.
 */
export function buildStatusOfContributions(options: RenderStatusOfContributionsOptions): DocumentModel {
  const { status, language } = options;
  const messages = MESSAGES[language];
  const date = formatDocumentDate({ date: status.asOf, language });
  const title = formatMessage({ message: messages.title, language, values: { date } });
  const convention = pickText({ text: status.convention.title, language, path: 'status.convention.title' });
  const blocks: DocumentBlock[] = [
    { kind: 'heading', level: 1, text: title },
    {
      kind: 'paragraph',
      inlines: [
        formatMessage({
          message: messages.basis,
          language,
          values: {
            convention:
              language === 'FR' ? withFrenchPreposition({ preposition: 'de', phrase: convention }) : convention,
            date,
            days: CONTRIBUTION_DUE_DAYS,
          },
        }),
      ],
    },
  ];
  if (status.totals.length === 0) blocks.push({ kind: 'paragraph', inlines: [messages.none], role: 'note' });
  const columns = messages.columns;
  const header = [
    columns.state,
    columns.assessed,
    columns.paid,
    columns.outstanding,
    columns.credit,
    ...AGE_COLUMNS.map((age) => messages.ages[age]),
  ];
  for (const currency of currencies(status)) {
    const money = (amount: string, path: string) => formatMoney({ amount, currency, language, path });
    const amounts = (totals: ContributionTotals, path: string) => [
      money(totals.amountAssessed, path),
      money(totals.paid, path),
      money(totals.outstanding, path),
      money(totals.credit, path),
      ...AGE_COLUMNS.map((age) => money(totals.arrears[age], path)),
    ];
    const rows = status.states.flatMap((state, index) => {
      const totals = state.totals.find((entry) => entry.currency === currency);
      return totals
        ? [
            [
              pickText({ text: state.name, language, path: `status.states.${index}.name` }),
              ...amounts(totals, `status.states.${index}.totals`),
            ],
          ]
        : [];
    });
    const grand = status.totals.find((entry) => entry.currency === currency);
    if (grand) rows.push([messages.total, ...amounts(grand, 'status.totals')]);
    blocks.push({
      kind: 'heading',
      level: 2,
      text: formatMessage({ message: messages.currency, language, values: { currency } }),
    });
    blocks.push({ kind: 'table', header, rows, numericColumns: header.slice(1).map((_, column) => column + 1) });
  }
  return {
    language,
    title,
    fileName: toFileName(`status-of-contributions-${status.asOf}-${language}`),
    blocks,
    orientation: 'LANDSCAPE',
  };
}

/**
 * The status of contributions as CSV for spreadsheets: one row per State and meeting, amounts as plain decimals
 * ("2764.10") with their currency, the dates as YYYY-MM-DD; headers and ages in the document's language. Cells are
 * protected against formula injection; lines end in CRLF.
 */
export function renderStatusOfContributionsCsv(options: RenderStatusOfContributionsOptions): RenderedDocument {
  const { status, language } = options;
  const messages = MESSAGES[language];
  const columns = messages.columns;
  const header = [
    columns.iso3,
    columns.state,
    columns.meetingCode,
    columns.meeting,
    columns.currency,
    columns.issuedOn,
    columns.dueOn,
    columns.assessed,
    columns.paid,
    columns.outstanding,
    columns.credit,
    columns.age,
  ];
  const rows = status.states.flatMap((state, index) => {
    const name = pickText({ text: state.name, language, path: `status.states.${index}.name` });
    return state.meetings.map((line) => [
      state.iso3,
      name,
      line.meeting.code,
      describeMeeting({ kind: line.meeting.kind, number: line.meeting.number, language }).title,
      line.currency,
      line.issuedOn,
      line.dueOn,
      line.amountAssessed,
      line.paid,
      line.outstanding,
      line.credit,
      line.arrearsAge ? messages.ages[line.arrearsAge] : '',
    ]);
  });
  const content = stringify(
    [header, ...rows].map((row) => row.map(escapeCsvFormula)),
    { record_delimiter: 'windows' },
  );
  return {
    content,
    mediaType: CSV_MEDIA_TYPE,
    fileName: `${toFileName(`status-of-contributions-${status.asOf}-${language}`)}.csv`,
  };
}
