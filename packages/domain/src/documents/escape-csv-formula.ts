/**
 * Characters that make a spreadsheet read a cell as a formula (CSV injection): "=", "+", "-", "@", and a tab or
 * carriage return before any of them.
 */
const FORMULA_TRIGGERS = new Set(['=', '+', '-', '@', '\t', '\r']);

/**
 * Neutralises a CSV cell that a spreadsheet would run as a formula by prefixing it with a single quote, which
 * spreadsheets show as text ("=HYPERLINK(…)" -> "'=HYPERLINK(…)"). Every other cell is returned unchanged. A
 * negative number such as "-5" is quoted too: lists of participants and exports hold text, not arithmetic.
 */
export function escapeCsvFormula(cell: string): string {
  return FORMULA_TRIGGERS.has(cell.charAt(0)) ? `'${cell}` : cell;
}
