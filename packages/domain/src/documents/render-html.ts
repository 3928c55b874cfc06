import { DOCUMENT_LOCALES } from './document-language.ts';
import type { DocumentBlock, DocumentModel, Inline } from './document-model.ts';

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => HTML_ESCAPES[character] ?? character);
}

// Only web and e-mail links are made clickable; anything else (javascript:, data:) is shown as text.
const SAFE_LINK = /^(https?:\/\/|mailto:)/i;

// A4 with 2 cm margins, serif body as in printed UN documents; links print as their text, tables keep their rows.
const STYLESHEET = `
:root { color-scheme: light; }
body { font-family: "Times New Roman", Times, serif; font-size: 12pt; line-height: 1.4; max-width: 17cm; margin: 2cm auto; color: #000; }
.letterhead { text-align: center; font-size: 9pt; letter-spacing: 0.05em; border-bottom: 1px solid #000; padding-bottom: 0.5em; margin-bottom: 1.5em; }
.letterhead p { margin: 0; }
h1 { font-size: 14pt; text-align: center; margin: 1em 0; }
h2 { font-size: 12pt; margin: 1.5em 0 0.5em; }
p { margin: 0 0 1em; text-align: justify; }
p.reference { text-align: left; font-weight: bold; }
p.date { text-align: right; margin-top: 2em; }
p.note { font-style: italic; }
address { font-style: normal; margin: 0 0 1em 2em; }
a { color: inherit; overflow-wrap: anywhere; }
table { border-collapse: collapse; width: 100%; margin: 0 0 1em; font-size: 10.5pt; }
th, td { border: 1px solid #000; padding: 0.2em 0.4em; text-align: left; vertical-align: top; }
td.number { text-align: right; font-variant-numeric: tabular-nums; }
@page { size: A4; margin: 2cm; }
@media print {
  body { margin: 0; max-width: none; }
  a { text-decoration: none; }
  h2 { break-after: avoid; }
  tr, address { break-inside: avoid; }
  thead { display: table-header-group; }
}
`.trim();

function inlineHtml(inline: Inline): string {
  if (typeof inline === 'string') return escapeHtml(inline);
  if (!SAFE_LINK.test(inline.href)) return escapeHtml(inline.text);
  return `<a href="${escapeHtml(inline.href)}">${escapeHtml(inline.text)}</a>`;
}

function tableHtml(block: Extract<DocumentBlock, { kind: 'table' }>): string {
  const numeric = new Set(block.numericColumns ?? []);
  const cellClass = (column: number) => (numeric.has(column) ? ' class="number"' : '');
  const header = block.header.map((cell) => `<th scope="col">${escapeHtml(cell)}</th>`).join('');
  const rows = block.rows.map(
    (row) => `<tr>${row.map((cell, column) => `<td${cellClass(column)}>${escapeHtml(cell)}</td>`).join('')}</tr>`,
  );
  return `<table>\n<thead><tr>${header}</tr></thead>\n<tbody>\n${rows.join('\n')}\n</tbody>\n</table>`;
}

function blockHtml(block: DocumentBlock): string {
  switch (block.kind) {
    case 'letterhead':
      return `<header class="letterhead">${block.lines.map((line) => `<p>${escapeHtml(line)}</p>`).join('')}</header>`;
    case 'heading':
      return `<h${block.level}>${escapeHtml(block.text)}</h${block.level}>`;
    case 'paragraph': {
      const role = block.role ? ` class="${block.role}"` : '';
      return `<p${role}>${block.inlines.map(inlineHtml).join('')}</p>`;
    }
    case 'address':
      return `<address>${block.lines.map(escapeHtml).join('<br>\n')}</address>`;
    case 'table':
      return tableHtml(block);
  }
}

/** A complete, print-ready HTML page: semantic elements, a print stylesheet for A4, every text escaped. */
export function renderHtml(model: DocumentModel): string {
  const language = DOCUMENT_LOCALES[model.language].slice(0, 2);
  return [
    '<!DOCTYPE html>',
    `<html lang="${language}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(model.title)}</title>`,
    `<style>\n${STYLESHEET}\n</style>`,
    '</head>',
    '<body>',
    '<article>',
    ...model.blocks.map(blockHtml),
    '</article>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
