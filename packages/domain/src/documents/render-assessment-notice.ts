import { computeShareBalance } from '../costs/compute-share-balance.ts';
import type { DecimalInput } from '../costs/exact-decimal.ts';
import type { CalendarDate } from '../dates/calendar-date.ts';
import type { CostEstimateKind } from '../enums/domain-enums.ts';
import { ValidationError, type ValidationIssue } from '../errors/domain-error.ts';
import type { MeetingData, OfficeData } from './document-data.ts';
import { DOCUMENT_LOCALES, pickText, type DocumentLanguage, type LocalisedText } from './document-language.ts';
import { toFileName, type DocumentBlock, type DocumentModel } from './document-model.ts';
import { closeEnglishArticleReference } from './english-grammar.ts';
import { formatDateSpan, formatDocumentDate } from './format-document-date.ts';
import { formatMessage } from './format-message.ts';
import { formatDecimal, formatMoney } from './format-money.ts';
import { capitaliseFirst, isFrenchPlural, withFrenchPreposition } from './french-grammar.ts';
import { describeMeeting } from './meeting-wording.ts';
import { renderHtml } from './render-html.ts';
import { renderText } from './render-text.ts';
import { HTML_MEDIA_TYPE, TEXT_MEDIA_TYPE, type LetterFormat, type RenderedDocument } from './rendered-document.ts';

/** A payment received against the share (Payment), in the share's currency. */
export interface PaymentData {
  receivedOn: CalendarDate;
  amount: DecimalInput;
  currency: string;
  reference?: string | null;
}

export interface AssessmentNoticeData {
  reference: string;
  date: CalendarDate;
  issuingOffice: OfficeData;
  /** The assessed State: { EN: nameEn, FR: the French name with its article (frenchStateName) }. */
  state: { name: LocalisedText };
  meeting: MeetingData;
  convention: {
    title: LocalisedText;
    /** "Article 14, paragraph 1"; in French "le paragraphe 1 de l’article 14". */
    costSharingArticle: LocalisedText;
  };
  /**
   * The UN scale of assessment used (AssessmentScale): "2022-2024", adopted by "A/RES/76/238", and why it was applied
   * when its period does not cover the meeting (CostShareIssue.scaleOverrideReason); null or absent when it does.
   */
  scale: { name: string; resolution: string; overrideReason?: string | null };
  /** The estimate (or actual cost) the shares were issued on (CostShareIssue): total and currency. */
  estimate: { kind: CostEstimateKind; total: DecimalInput; currency: string };
  /** The State's CostShare: rates in per cent, the amount in the estimate's currency; all null when unassessed. */
  share: {
    assessed: boolean;
    ratePercent: DecimalInput | null;
    sharePercent: DecimalInput | null;
    amount: DecimalInput | null;
  };
  payments: readonly PaymentData[];
}

export interface RenderAssessmentNoticeOptions {
  notice: AssessmentNoticeData;
  language: DocumentLanguage;
}

const MESSAGES = {
  EN: {
    title: 'Assessment notice — {meeting}',
    reference: 'REFERENCE: {reference}',
    assessed: 'Assessment of {state}',
    basis:
      'Under {article} of the {convention}, the costs of the {meeting} are borne in accordance with the United Nations scale of assessment adjusted appropriately. The shares below apply the scale for {scale} (General Assembly resolution {resolution}), adjusted to the States that bear the costs of the meeting, to its {kind, select, ACTUAL {actual cost} other {estimated cost}}.',
    override:
      'The scale for {scale} does not cover the year in which the meeting opens. It was applied for the following reason: {reason}',
    unassessed:
      '{state} has no rate in the United Nations scale of assessment for {scale} and no rate agreed for this meeting. It is listed as unassessed: no amount is assessed until a rate is agreed.',
    item: 'Item',
    value: 'Value',
    meeting: 'Meeting',
    total: '{kind, select, ACTUAL {Actual cost of the meeting} other {Estimated cost of the meeting}}',
    rate: 'United Nations assessment rate',
    share: 'Adjusted share',
    amount: 'Amount assessed',
    paid: 'Payments received',
    outstanding: 'Balance outstanding',
    credit: 'Credit (paid beyond the share)',
    notAssessed: 'Not assessed',
    percent: '{value} per cent',
    paymentDate: 'Date received',
    paymentReference: 'Reference',
    paymentAmount: 'Amount',
    noPayments: 'No payment has been received.',
  },
  FR: {
    title: 'Avis de mise en recouvrement — {meeting}',
    reference: 'RÉFÉRENCE\u00a0: {reference}',
    assessed: 'Quote-part {state}',
    basis:
      'Conformément {article} {convention}, les coûts de la {meeting} sont assumés selon le barème dûment ajusté des quotes-parts de l’Organisation des Nations Unies. Les quotes-parts ci-dessous appliquent le barème {scale} (résolution {resolution} de l’Assemblée générale), ajusté aux États qui assument les coûts de la réunion, à son {kind, select, ACTUAL {coût effectif} other {coût estimatif}}.',
    override:
      'Le barème {scale} ne couvre pas l’année d’ouverture de la réunion. Il a été appliqué pour la raison suivante\u00a0: {reason}',
    unassessed:
      '{state} {number, select, PLURAL {n’ont} other {n’a}} pas de taux dans le barème des quotes-parts de l’Organisation des Nations Unies pour {scale} et aucun taux n’a été convenu pour cette réunion. {number, select, PLURAL {Leur} other {Sa}} quote-part n’est pas mise en recouvrement tant qu’un taux n’a pas été convenu.',
    item: 'Rubrique',
    value: 'Montant',
    meeting: 'Réunion',
    total: '{kind, select, ACTUAL {Coût effectif de la réunion} other {Coût estimatif de la réunion}}',
    rate: 'Taux de contribution de l’ONU',
    share: 'Quote-part ajustée',
    amount: 'Montant mis en recouvrement',
    paid: 'Paiements reçus',
    outstanding: 'Solde restant dû',
    credit: 'Crédit (versé au-delà de la quote-part)',
    notAssessed: 'Non mis en recouvrement',
    percent: '{value}\u00a0%',
    paymentDate: 'Date de réception',
    paymentReference: 'Référence',
    paymentAmount: 'Montant',
    noPayments: 'Aucun paiement n’a été reçu.',
  },
} as const satisfies Record<DocumentLanguage, Record<string, string>>;

/** The currency's minor units (2 for USD and CHF, 0 for JPY), as ISO 4217 and Intl know them. */
function minorUnitsOf(currency: string): number {
  return (
    new Intl.NumberFormat(DOCUMENT_LOCALES.EN, { style: 'currency', currency }).resolvedOptions()
      .maximumFractionDigits ?? 2
  );
}

function validate(notice: AssessmentNoticeData): void {
  const issues: ValidationIssue[] = [];
  const { share } = notice;
  if (share.assessed && (share.ratePercent === null || share.sharePercent === null || share.amount === null)) {
    issues.push({
      path: 'notice.share',
      message: 'An assessed share needs its rate, its adjusted share and its amount.',
    });
  }
  notice.payments.forEach((payment, index) => {
    if (payment.currency !== notice.estimate.currency) {
      issues.push({
        path: `notice.payments.${index}.currency`,
        message: `Payments must be in the share's currency (${notice.estimate.currency}); got ${payment.currency}.`,
      });
    }
  });
  if (issues.length > 0) throw new ValidationError({ issues });
}

/**
 * The assessment notice of one State for one meeting (Art. 14): the scale and period used, the State's UN rate,
 * its adjusted share, the amount and currency, the payments received and the balance. Amounts are exact decimal
 * strings throughout, formatted for the language; a State without a UN rate is shown as unassessed, never dropped.
 */
export function buildAssessmentNotice(options: RenderAssessmentNoticeOptions): DocumentModel {
  const { notice, language } = options;
  validate(notice);
  const messages = MESSAGES[language];
  const french = language === 'FR';
  const text = (value: LocalisedText, path: string) => pickText({ text: value, language, path: `notice.${path}` });
  const { currency } = notice.estimate;
  const money = (amount: DecimalInput, path: string) =>
    formatMoney({ amount, currency, language, path: `notice.${path}` });
  const percent = (value: DecimalInput, path: string) =>
    formatMessage({
      message: messages.percent,
      language,
      values: { value: formatDecimal({ value, language, path: `notice.${path}` }) },
    });
  const message = (template: string, values: Record<string, string> = {}) =>
    formatMessage({ message: template, language, values });
  const wording = describeMeeting({ kind: notice.meeting.kind, number: notice.meeting.number, language });
  const state = text(notice.state.name, 'state.name');
  const convention = text(notice.convention.title, 'convention.title');
  const article = text(notice.convention.costSharingArticle, 'convention.costSharingArticle');
  const { share } = notice;
  const balance = computeShareBalance({
    amount: share.assessed ? share.amount : null,
    payments: notice.payments.map((payment) => payment.amount),
    minorUnits: minorUnitsOf(currency),
  });

  const blocks: DocumentBlock[] = [];
  if (notice.issuingOffice.letterhead)
    blocks.push({ kind: 'letterhead', lines: notice.issuingOffice.letterhead.split('\n') });
  blocks.push({
    kind: 'paragraph',
    inlines: [message(messages.reference, { reference: notice.reference })],
    role: 'reference',
  });
  const title = message(messages.title, { meeting: wording.title });
  blocks.push({ kind: 'heading', level: 1, text: title });
  blocks.push({
    kind: 'heading',
    level: 2,
    text: message(messages.assessed, {
      state: french ? withFrenchPreposition({ preposition: 'de', phrase: state }) : state,
    }),
  });
  blocks.push({
    kind: 'paragraph',
    inlines: [
      formatMessage({
        message: messages.basis,
        language,
        values: {
          article: french
            ? withFrenchPreposition({ preposition: 'à', phrase: article })
            : closeEnglishArticleReference(article),
          convention: french ? withFrenchPreposition({ preposition: 'de', phrase: convention }) : convention,
          meeting: wording.titleInSentence,
          scale: notice.scale.name,
          resolution: notice.scale.resolution,
          kind: notice.estimate.kind,
        },
      }),
    ],
  });
  const overrideReason = notice.scale.overrideReason?.trim() ?? '';
  if (overrideReason !== '') {
    blocks.push({
      kind: 'paragraph',
      inlines: [message(messages.override, { scale: notice.scale.name, reason: overrideReason })],
      role: 'note',
    });
  }
  if (!share.assessed) {
    blocks.push({
      kind: 'paragraph',
      inlines: [
        message(messages.unassessed, {
          state: french ? capitaliseFirst(state) : state,
          number: french && isFrenchPlural(state) ? 'PLURAL' : 'SINGULAR',
          scale: notice.scale.name,
        }),
      ],
      role: 'note',
    });
  }
  const place = pickText({ text: notice.meeting.city, language, path: 'notice.meeting.city' });
  const dates = formatDateSpan({
    start: notice.meeting.opensOn,
    end: notice.meeting.closesOn,
    language,
    path: 'notice.meeting.closesOn',
  });
  const rows: string[][] = [
    [messages.meeting, `${wording.title}, ${place}, ${dates}`],
    [message(messages.total, { kind: notice.estimate.kind }), money(notice.estimate.total, 'estimate.total')],
  ];
  if (share.assessed && share.ratePercent !== null && share.sharePercent !== null && share.amount !== null) {
    rows.push(
      [messages.rate, percent(share.ratePercent, 'share.ratePercent')],
      [messages.share, percent(share.sharePercent, 'share.sharePercent')],
      [messages.amount, money(share.amount, 'share.amount')],
    );
  } else {
    rows.push([messages.rate, messages.notAssessed], [messages.amount, messages.notAssessed]);
  }
  rows.push([messages.paid, money(balance.paid, 'payments')]);
  if (balance.outstanding !== null) rows.push([messages.outstanding, money(balance.outstanding, 'share.amount')]);
  if (/[1-9]/.test(balance.credit)) rows.push([messages.credit, money(balance.credit, 'payments')]);
  blocks.push({ kind: 'table', header: [messages.item, messages.value], rows, numericColumns: [1] });

  blocks.push({ kind: 'heading', level: 2, text: messages.paid });
  if (notice.payments.length === 0) {
    blocks.push({ kind: 'paragraph', inlines: [messages.noPayments], role: 'note' });
  } else {
    blocks.push({
      kind: 'table',
      header: [messages.paymentDate, messages.paymentReference, messages.paymentAmount],
      rows: notice.payments.map((payment, index) => [
        formatDocumentDate({ date: payment.receivedOn, language }),
        payment.reference ?? '',
        money(payment.amount, `payments.${index}.amount`),
      ]),
      numericColumns: [2],
    });
  }
  blocks.push({ kind: 'paragraph', inlines: [formatDocumentDate({ date: notice.date, language })], role: 'date' });
  return { language, title, fileName: `${toFileName(notice.reference)}-${language}`, blocks };
}

/** The assessment notice as plain text or print-ready HTML (for PDF, see `@plenary/domain/pdf`). */
export function renderAssessmentNotice(
  options: RenderAssessmentNoticeOptions & { format: LetterFormat },
): RenderedDocument {
  const model = buildAssessmentNotice(options);
  return options.format === 'HTML'
    ? { content: renderHtml(model), mediaType: HTML_MEDIA_TYPE, fileName: `${model.fileName}.html` }
    : { content: renderText(model), mediaType: TEXT_MEDIA_TYPE, fileName: `${model.fileName}.txt` };
}
