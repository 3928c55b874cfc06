import { describe, expect, it } from 'vitest';
import { escapeCsvFormula } from './escape-csv-formula.ts';

describe('escapeCsvFormula', () => {
  it.each(['=1+1', '+41 22 917 1234', '-2', '@SUM(A1:A2)', '\t=1', '\r=1'])(
    'prefixes %j, which a spreadsheet would run, with a single quote',
    (cell) => {
      expect(escapeCsvFormula(cell)).toBe(`'${cell}`);
    },
  );

  it.each(['Côte d’Ivoire', 'H.E. Ms. Ana = Pérez', '', ' =1', "'=1", 'a@b.org'])('leaves %j as it is', (cell) => {
    expect(escapeCsvFormula(cell)).toBe(cell);
  });
});
