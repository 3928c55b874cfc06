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

type PdfInline = string | { text: string; link: string };

/** The content of a pdfmake document definition: plain objects, described here only as far as Plenary uses them. */
export type PdfContent = Record<string, unknown>;

export interface PdfDocumentDefinition {
  pageSize: 'A4';
  pageMargins: number;
  compress: boolean;
  language: string;
  info: { title: string; creator: string; producer: string };
  defaultStyle: { font: string; fontSize: number; lineHeight: number };
  content: PdfContent[];
}

const SAFE_LINK = /^(https?:\/\/|mailto:)/i;

function pdfInline(inline: Inline): PdfInline {
  if (typeof inline === 'string') return inline;
  return SAFE_LINK.test(inline.href) ? { text: inline.text, link: inline.href } : inline.text;
}

function pdfBlock(block: DocumentBlock): PdfContent {
  switch (block.kind) {
    case 'letterhead':
      return { text: block.lines.join('\n'), alignment: 'center', fontSize: LETTERHEAD_FONT_SIZE, margin: [0, 0, 0, PARAGRAPH_GAP * 2] };
    case 'heading':
      return { text: block.text, bold: true, fontSize: HEADING_FONT_SIZES[block.level], alignment: block.level === 1 ? 'center' : 'left', margin: [0, PARAGRAPH_GAP / 2, 0, PARAGRAPH_GAP] };
    case 'paragraph':
      return {
        text: block.inlines.map(pdfInline),
        alignment: block.role === 'date' ? 'right' : block.role === 'reference' ? 'left' : 'justify',
        bold: block.role === 'reference',
        italics: block.role === 'note',
        margin: [0, 0, 0, PARAGRAPH_GAP],
      };
    case 'address':
      return { text: block.lines.join('\n'), margin: [ADDRESS_INDENT, 0, 0, PARAGRAPH_GAP] };
    case 'table': {
      const numeric = new Set(block.numericColumns ?? []);
      const cell = (text: string, column: number, header: boolean) => ({ text, bold: header, alignment: numeric.has(column) ? 'right' : 'left' });
      return {
        table: {
          headerRows: 1,
          widths: block.header.map(() => '*'),
          body: [block.header.map((text, column) => cell(text, column, true)), ...block.rows.map((row) => row.map((text, column) => cell(text, column, false)))],
        },
        layout: 'lightHorizontalLines',
        fontSize: TABLE_FONT_SIZE,
        margin: [0, 0, 0, PARAGRAPH_GAP],
      };
    }
  }
}

/** A pdfmake document definition for a document model: A4, standard Helvetica, the model's blocks in order. */
export function toPdfDefinition(options: { model: DocumentModel; compress?: boolean }): PdfDocumentDefinition {
  const { model } = options;
  return {
    pageSize: 'A4',
    pageMargins: PAGE_MARGIN,
    compress: options.compress ?? true,
    language: DOCUMENT_LOCALES[model.language],
    info: { title: model.title, creator: 'Plenary', producer: 'Plenary' },
    defaultStyle: { font: PDF_FONT, fontSize: BODY_FONT_SIZE, lineHeight: 1.2 },
    content: model.blocks.map(pdfBlock),
  };
}
