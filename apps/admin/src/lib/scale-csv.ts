// A preview of a pasted or uploaded scale before it is sent: the rows the API will number (`rows.<n>.<field>`),
// so each issue it reports can be shown against the line of the file it is about.

export interface ScalePreviewRow {
  /** The API's index of the row: data rows only, from 0. */
  index: number;
  /** Line of the file, from 1. */
  line: number;
  iso3: string;
  ratePercent: string;
}

const ISO3_COLUMN = 'iso3';
const RATE_COLUMNS = ['rate_percent', 'ratepercent'];

function splitLine(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let position = 0; position < line.length; position += 1) {
    const character = line.charAt(position);
    if (quoted) {
      if (character === '"' && line.charAt(position + 1) === '"') {
        cell += '"';
        position += 1;
      } else if (character === '"') quoted = false;
      else cell += character;
    } else if (character === '"') quoted = true;
    else if (character === ',') {
      cells.push(cell.trim());
      cell = '';
    } else cell += character;
  }
  cells.push(cell.trim());
  return cells;
}

/** The data rows of a scale CSV (header with `iso3` and `rate_percent`; `#` lines and blank lines skipped). */
export function previewScaleCsv(text: string): { rows: ScalePreviewRow[]; headerFound: boolean } {
  const lines = text.split(/\r\n|\n|\r/);
  let header: string[] | null = null;
  const rows: ScalePreviewRow[] = [];
  for (const [position, line] of lines.entries()) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    const cells = splitLine(line);
    if (!header) {
      header = cells.map((cell) => cell.toLowerCase());
      continue;
    }
    const iso3Column = header.indexOf(ISO3_COLUMN);
    const rateColumn = header.findIndex((name) => RATE_COLUMNS.includes(name));
    rows.push({
      index: rows.length,
      line: position + 1,
      iso3: cells[iso3Column] ?? '',
      ratePercent: cells[rateColumn] ?? '',
    });
  }
  return {
    rows,
    headerFound: header !== null && header.includes(ISO3_COLUMN) && header.some((name) => RATE_COLUMNS.includes(name)),
  };
}

/** Splits an issue path `rates.rows.3.iso3` into the row index and the field; null for other paths. */
export function rowOfIssue(path: string): { index: number; field: string } | null {
  const match = /^rates\.rows\.(\d+)(?:\.(.+))?$/.exec(path);
  return match ? { index: Number(match[1]), field: match[2] ?? '' } : null;
}
