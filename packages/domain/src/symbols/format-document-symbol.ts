import { parseDocumentSymbol, SUFFIX_TEXT, type DocumentSymbol } from './parse-document-symbol.ts';

const SEPARATOR = '/';

/** Writes a symbol out (`CCM/MSP/2011/WP.3/Rev.1/Amend.1`); the parts are checked by parsing the result back. */
export function formatDocumentSymbol(options: { symbol: DocumentSymbol }): string {
  const { convention, body, year, series, number, suffixes } = options.symbol;
  const document = series === 'GENERAL' ? String(number) : `${series}.${number}`;
  const text = [convention, body, String(year), document, ...suffixes.map((suffix) => `${SUFFIX_TEXT[suffix.kind]}.${suffix.number}`)].join(SEPARATOR);
  parseDocumentSymbol({ symbol: text });
  return text;
}
