import { DOCUMENT_LOCALES } from '../document-language.ts';
import type { DocumentBlock, DocumentModel, Inline } from '../document-model.ts';

/** The font family of the PDF standard fonts (no font file is embedded or read; WinAnsi covers French). */
export const PDF_FONT = 'Helvetica';

// A4 with margins of 2 cm (56.7 points).
const PAGE_MARGIN = 57;
const BODY_FONT_SIZE = 11;
const LETTERHEAD_FONT_SIZE = 8;
const TABLE_FONT_SIZE = 9;
const HEADING_FONT_SIZES = { 1: 14, 2: 12 } as const;
const PARAGRAPH_GAP = 10;
const ADDRESS_INDENT = 28;
// RFC 5321's longest local part. At the table's size, Helvetica sets 64 characters of an e-mail address in about
// 300 points, less than half a landscape line; a longer address or number is broken anywhere.
const LONGEST_UNBROKEN_CONTACT = 64;

type PdfInline = string | { text: string; link: string };

/**
 * Spaces the standard fonts' WinAnsi encoding lacks, which PDFKit would print as two stray characters ("14 -17",
 * "1 /234,00"): Intl writes thin spaces in English date ranges and narrow no-break spaces in French numbers.
 */
const NO_BREAK_SPACES = /[\u2007\u202f]/g;
const OTHER_SPACES = /[\u2000-\u2006\u2008-\u200a\u205f]/g;
const NO_BREAK_SPACE = '\u00a0';

function printable(text: string): string {
  return text.replace(NO_BREAK_SPACES, NO_BREAK_SPACE).replace(OTHER_SPACES, ' ');
}

/** The content of a pdfmake document definition: plain objects, described here only as far as Plenary uses them. */
export type PdfContent = Record<string, unknown>;

export interface PdfDocumentDefinition {
  pageSize: 'A4';
  pageOrientation: 'portrait' | 'landscape';
  pageMargins: number;
  compress: boolean;
  language: string;
  info: { title: string; creator: string; producer: string };
  defaultStyle: { font: string; fontSize: number; lineHeight: number };
  content: PdfContent[];
}

const SAFE_LINK = /^(https?:\/\/|mailto:)/i;

function pdfInline(inline: Inline): PdfInline {
  if (typeof inline === 'string') return printable(inline);
  return SAFE_LINK.test(inline.href) ? { text: printable(inline.text), link: inline.href } : printable(inline.text);
}

/**
 * Without contact columns, the columns share the width equally. With them, each column's width follows its content
 * and the one before the first contact column takes what is left, so the table spans the page: pdfmake gives every
 * '*' column the longest word of any of them, and several '*' columns beside a long address overflow the page.
 */
function columnWidths(count: number, contact: ReadonlySet<number>): ('*' | 'auto')[] {
  if (contact.size === 0) return Array.from({ length: count }, () => '*');
  const spare = Math.min(...contact) - 1;
  return Array.from({ length: count }, (_, column) => (column === spare ? '*' : 'auto'));
}

/**
 * An address or number is read whole (not broken at its hyphens or spaces), unless so long that it could push the
 * table off the page: then it is broken anywhere. The headers of such a table stay whole however little their
 * column holds.
 */
function cellWrapping(options: { text: string; header: boolean; contact: boolean; tableHasContacts: boolean }): {
  wordBreak?: 'break-all';
  noWrap?: true;
} {
  if (options.header) return options.tableHasContacts ? { noWrap: true } : {};
  if (!options.contact) return {};
  return options.text.length > LONGEST_UNBROKEN_CONTACT ? { wordBreak: 'break-all' } : { noWrap: true };
}

function pdfBlock(block: DocumentBlock): PdfContent {
  switch (block.kind) {
    case 'letterhead':
      return {
        text: printable(block.lines.join('\n')),
        alignment: 'center',
        fontSize: LETTERHEAD_FONT_SIZE,
        margin: [0, 0, 0, PARAGRAPH_GAP * 2],
      };
    case 'heading':
      return {
        text: printable(block.text),
        bold: true,
        fontSize: HEADING_FONT_SIZES[block.level],
        alignment: block.level === 1 ? 'center' : 'left',
        margin: [0, PARAGRAPH_GAP / 2, 0, PARAGRAPH_GAP],
      };
    case 'paragraph':
      return {
        text: block.inlines.map(pdfInline),
        alignment: block.role === 'date' ? 'right' : block.role === 'reference' ? 'left' : 'justify',
        bold: block.role === 'reference',
        italics: block.role === 'note',
        margin: [0, 0, 0, PARAGRAPH_GAP],
      };
    case 'address':
      return { text: printable(block.lines.join('\n')), margin: [ADDRESS_INDENT, 0, 0, PARAGRAPH_GAP] };
    case 'table': {
      const numeric = new Set(block.numericColumns ?? []);
      const contact = new Set(block.contactColumns ?? []);
      const cell = (text: string, column: number, header: boolean) => ({
        text: printable(text),
        bold: header,
        alignment: numeric.has(column) ? 'right' : 'left',
        ...cellWrapping({ text, header, contact: contact.has(column), tableHasContacts: contact.size > 0 }),
      });
      return {
        table: {
          headerRows: 1,
          widths: columnWidths(block.header.length, contact),
          body: [
            block.header.map((text, column) => cell(text, column, true)),
            ...block.rows.map((row) => row.map((text, column) => cell(text, column, false))),
          ],
        },
        layout: 'lightHorizontalLines',
        fontSize: TABLE_FONT_SIZE,
        margin: [0, 0, 0, PARAGRAPH_GAP],
      };
    }
  }
}

/** A pdfmake document definition for a document model: A4 in the model's orientation, standard Helvetica, the model's blocks in order. */
export function toPdfDefinition(options: { model: DocumentModel; compress?: boolean }): PdfDocumentDefinition {
  const { model } = options;
  return {
    pageSize: 'A4',
    pageOrientation: model.orientation === 'LANDSCAPE' ? 'landscape' : 'portrait',
    pageMargins: PAGE_MARGIN,
    compress: options.compress ?? true,
    language: DOCUMENT_LOCALES[model.language],
    info: { title: model.title, creator: 'Plenary', producer: 'Plenary' },
    defaultStyle: { font: PDF_FONT, fontSize: BODY_FONT_SIZE, lineHeight: 1.2 },
    content: model.blocks.map(pdfBlock),
  };
}

/**
 * Several documents of one language as one PDF (reminders sent the same day, printed together): the first one's
 * settings, each document from a new page.
 */
export function toMergedPdfDefinition(options: {
  models: readonly [DocumentModel, ...DocumentModel[]];
  title: string;
  compress?: boolean;
}): PdfDocumentDefinition {
  const [first] = options.models;
  const definition = toPdfDefinition({
    model: first,
    ...(options.compress !== undefined && { compress: options.compress }),
  });
  return {
    ...definition,
    info: { ...definition.info, title: options.title },
    content: options.models.flatMap((model, index) => [
      ...(index === 0 ? [] : [{ text: '', pageBreak: 'before' }]),
      ...model.blocks.map(pdfBlock),
    ]),
  };
}
