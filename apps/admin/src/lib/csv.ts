/** A cell of an exported list; null and undefined become empty cells. */
export type CsvCell = string | number | boolean | null | undefined;

// A spreadsheet runs a cell that starts with one of these as a formula (CSV injection). The same rule as
// @plenary/domain's escapeCsvFormula, kept here so the browser bundle does not pull in the domain barrel.
const FORMULA_TRIGGERS = new Set(['=', '+', '-', '@', '\t', '\r']);
const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

/** Prefixes a cell a spreadsheet would run as a formula with a single quote, which it shows as text. */
export function escapeFormula(text: string): string {
  return FORMULA_TRIGGERS.has(text.charAt(0)) ? `'${text}` : text;
}

/** One cell as RFC 4180 text: formula-escaped, then quoted when it holds a comma, quote, line break or edge space. */
export function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  const text = escapeFormula(String(value));
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A whole CSV file: a header row, then one row per record, CRLF line ends (as spreadsheets expect). */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** A file name from a list's title: lower case, dashes, the day's date, `.csv`. */
export function csvFileName(title: string, date: string): string {
  const slug = title
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `${slug || 'export'}-${date}.csv`;
}
