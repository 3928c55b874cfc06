import { describe, expect, it } from 'vitest';
import { previewScaleCsv, rowOfIssue } from './scale-csv.ts';

describe('previewScaleCsv', () => {
  it('numbers data rows as the API does and keeps their line in the file', () => {
    const { rows, headerFound } = previewScaleCsv(
      '# UN scale 2025-2027\niso3,name,rate_percent\nCHE,Switzerland,1.134\n\nNOR,"Norway, Kingdom of",0.679\n',
    );
    expect(headerFound).toBe(true);
    expect(rows).toEqual([
      { index: 0, line: 3, iso3: 'CHE', ratePercent: '1.134' },
      { index: 1, line: 5, iso3: 'NOR', ratePercent: '0.679' },
    ]);
  });

  it('accepts the ratePercent header and says when the columns are missing', () => {
    expect(previewScaleCsv('iso3,ratePercent\nFRA,3.9').rows[0]?.ratePercent).toBe('3.9');
    expect(previewScaleCsv('code,rate\nFRA,3.9').headerFound).toBe(false);
  });
});

describe('rowOfIssue', () => {
  it('reads the row and field of an issue path', () => {
    expect(rowOfIssue('rates.rows.2.ratePercent')).toEqual({ index: 2, field: 'ratePercent' });
    expect(rowOfIssue('name')).toBeNull();
  });
});
