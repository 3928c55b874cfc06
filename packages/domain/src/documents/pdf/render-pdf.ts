import pdfmake from 'pdfmake';
import type { DocumentLanguage } from '../document-language.ts';
import type { DocumentModel } from '../document-model.ts';
import { buildAssessmentNotice, type AssessmentNoticeData } from '../render-assessment-notice.ts';
import { buildConveningNote, type ConveningNoteData } from '../render-convening-note.ts';
import {
  buildListOfParticipants,
  type ParticipantData,
  type ParticipantOrder,
  type ListOfParticipantsVariant,
} from '../render-list-of-participants.ts';
import { buildReportReminder, type ReportReminderData } from '../render-report-reminder.ts';
import { buildStatusOfContributions, type StatusOfContributionsData } from '../render-status-of-contributions.ts';
import type { MeetingData } from '../document-data.ts';
import { PDF_MEDIA_TYPE, type RenderedDocument } from '../rendered-document.ts';
import { PDF_FONT, toMergedPdfDefinition, toPdfDefinition, type PdfDocumentDefinition } from './to-pdf-definition.ts';

/** The document to render, with the same data as its text and HTML renderer. */
export type PdfDocumentRequest =
  | { document: 'CONVENING_NOTE'; note: ConveningNoteData }
  | { document: 'ASSESSMENT_NOTICE'; notice: AssessmentNoticeData }
  | { document: 'REPORT_REMINDER'; reminder: ReportReminderData }
  | {
      document: 'REPORT_REMINDERS';
      reminders: readonly [ReportReminderData, ...ReportReminderData[]];
      title: string;
      fileName: string;
    }
  | { document: 'STATUS_OF_CONTRIBUTIONS'; status: StatusOfContributionsData }
  | {
      document: 'LIST_OF_PARTICIPANTS';
      meeting: MeetingData;
      participants: readonly ParticipantData[];
      variant: ListOfParticipantsVariant;
      order?: ParticipantOrder;
    };

export type RenderPdfOptions = PdfDocumentRequest & {
  language: DocumentLanguage;
  /** Deflate the page content (default true); false leaves the text readable in the file, for tests. */
  compress?: boolean;
};

// The standard fonts are built into PDFKit: no font file is embedded, downloaded or read from outside it.
const STANDARD_FONTS = {
  normal: 'Helvetica',
  bold: 'Helvetica-Bold',
  italics: 'Helvetica-Oblique',
  bolditalics: 'Helvetica-BoldOblique',
} as const;
const STANDARD_FONT_NAMES: ReadonlySet<string> = new Set(Object.values(STANDARD_FONTS));

function modelOf(request: Exclude<RenderPdfOptions, { document: 'REPORT_REMINDERS' }>): DocumentModel {
  const { language } = request;
  switch (request.document) {
    case 'CONVENING_NOTE':
      return buildConveningNote({ note: request.note, language });
    case 'ASSESSMENT_NOTICE':
      return buildAssessmentNotice({ notice: request.notice, language });
    case 'REPORT_REMINDER':
      return buildReportReminder({ reminder: request.reminder, language });
    case 'STATUS_OF_CONTRIBUTIONS':
      return buildStatusOfContributions({ status: request.status, language });
    case 'LIST_OF_PARTICIPANTS':
      return buildListOfParticipants({
        meeting: request.meeting,
        participants: request.participants,
        variant: request.variant,
        language,
        ...(request.order && { order: request.order }),
      });
  }
}

/**
 * A document as PDF, generated in process by pdfmake with the standard Helvetica fonts: no network, no file read
 * beyond PDFKit's own font metrics (any other URL or path is refused). The same blocks as the text and HTML
 * renderings, so the three say the same thing.
 */
export async function renderPdf(options: RenderPdfOptions): Promise<RenderedDocument<Uint8Array>> {
  const compress = options.compress !== undefined && { compress: options.compress };
  let definition: PdfDocumentDefinition;
  let fileName: string;
  if (options.document === 'REPORT_REMINDERS') {
    const [first, ...others] = options.reminders.map((reminder) =>
      buildReportReminder({ reminder, language: options.language }),
    );
    if (!first) throw new Error('unreachable: the reminders are a non-empty list');
    definition = toMergedPdfDefinition({ models: [first, ...others], title: options.title, ...compress });
    fileName = options.fileName;
  } else {
    const model = modelOf(options);
    definition = toPdfDefinition({ model, ...compress });
    fileName = model.fileName;
  }
  // pdfmake's settings live on one shared instance; createPdf reads them at once, synchronously, so setting them
  // just before each call keeps concurrent renderings apart. It rewrites the font table it is given: a fresh copy.
  pdfmake.setFonts({ [PDF_FONT]: { ...STANDARD_FONTS } });
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((path) => STANDARD_FONT_NAMES.has(path));
  const buffer = await pdfmake.createPdf(definition).getBuffer();
  return { content: new Uint8Array(buffer), mediaType: PDF_MEDIA_TYPE, fileName: `${fileName}.pdf` };
}
