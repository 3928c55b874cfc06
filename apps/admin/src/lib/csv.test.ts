import { describe, expect, it } from 'vitest';
import { csvCell, csvFileName, escapeFormula, toCsv } from './csv.ts';

describe('escapeFormula', () => {
  it.each(['=SUM(A1:A2)', '+41 22 917 1234', '-5', '@SUM(A1)', '\tTAB', '\rCR'])(
    'prefixes %j with a single quote',
    (cell) => {
      expect(escapeFormula(cell)).toBe(`'${cell}`);
    },
  );

  it('leaves other cells as they are', () => {
    expect(escapeFormula('Norway')).toBe('Norway');
    expect(escapeFormula('1.134')).toBe('1.134');
    expect(escapeFormula("Côte d'Ivoire")).toBe("Côte d'Ivoire");
    expect(escapeFormula('a=b')).toBe('a=b');
    expect(escapeFormula('')).toBe('');
  });
});

describe('csvCell', () => {
  it('quotes cells with commas, quotes and line breaks, doubling the quotes', () => {
    expect(csvCell('Geneva, Switzerland')).toBe('"Geneva, Switzerland"');
    expect(csvCell('the "Holy See"')).toBe('"the ""Holy See"""');
    expect(csvCell('line\nbreak')).toBe('"line\nbreak"');
  });

  it('escapes a formula before quoting it', () => {
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe('"\'=HYPERLINK(""http://x"",""y"")"');
    expect(csvCell('\r=1+1')).toBe('"\'\r=1+1"');
  });

  it('writes numbers, booleans and empty values', () => {
    expect(csvCell(12)).toBe('12');
    expect(csvCell(true)).toBe('true');
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
  });
});

describe('toCsv', () => {
  it('writes a header and rows with CRLF line ends', () => {
    expect(
      toCsv(
        ['State', 'Amount'],
        [
          ['Norway', '1234.50'],
          ['=cmd', null],
        ],
      ),
    ).toBe("State,Amount\r\nNorway,1234.50\r\n'=cmd,\r\n");
  });

  it('escapes the header too', () => {
    expect(toCsv(['@name'], [])).toBe("'@name\r\n");
  });
});

describe('csvFileName', () => {
  it('names the file after the list and the day', () => {
    expect(csvFileName('Cost shares — 11MSP', '2026-11-28')).toBe('cost-shares-11msp-2026-11-28.csv');
    expect(csvFileName('', '2026-11-28')).toBe('export-2026-11-28.csv');
  });
});
