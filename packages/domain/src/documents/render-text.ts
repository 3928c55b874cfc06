import { inlineText, type DocumentBlock, type DocumentModel } from './document-model.ts';

const COLUMN_GAP = '  ';

function tableText(block: Extract<DocumentBlock, { kind: 'table' }>): string {
  const lines = [block.header, ...block.rows];
  const widths = block.header.map((_, column) => Math.max(...lines.map((line) => (line[column] ?? '').length)));
  const numeric = new Set(block.numericColumns ?? []);
  const format = (line: readonly string[]) =>
    widths
      .map((width, column) => {
        const cell = line[column] ?? '';
        return numeric.has(column) ? cell.padStart(width) : cell.padEnd(width);
      })
      .join(COLUMN_GAP)
      .trimEnd();
  const rule = widths.map((width) => '-'.repeat(width)).join(COLUMN_GAP);
  return [format(block.header), rule, ...block.rows.map(format)].join('\n');
}

function blockText(block: DocumentBlock): string {
  switch (block.kind) {
    case 'letterhead':
    case 'address':
      return block.lines.join('\n');
    case 'heading':
      return block.text;
    case 'paragraph':
      return block.inlines.map(inlineText).join('');
    case 'table':
      return tableText(block);
  }
}

/** Plain text: one paragraph per line (no hard wrapping), blocks separated by a blank line, ending with a newline. */
export function renderText(model: DocumentModel): string {
  return `${model.blocks.map(blockText).join('\n\n')}\n`;
}
