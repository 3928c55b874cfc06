import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors/domain-error.ts';
import { validateAssessmentScaleImport } from './validate-assessment-scale-import.ts';

const KNOWN = new Set(['CHE', 'DEU', 'FRA', 'ITA', 'VAT']);
// The UN Member States among them: the Holy See is an observer State, in no UN scale.
const MEMBERS = new Set(['CHE', 'DEU', 'FRA', 'ITA']);

const scale = {
  name: '2022-2024',
  resolution: 'A/RES/76/238',
  firstYear: 2022,
  lastYear: 2024,
  source: 'A/RES/76/238, annex',
  rows: [
    { iso3: 'DEU', ratePercent: '6.111' },
    { iso3: 'FRA', ratePercent: '4.318' },
    { iso3: 'CHE', ratePercent: '1.134' },
  ],
};

function issuesOf(input: unknown): { path: string; message: string }[] {
  try {
    validateAssessmentScaleImport({ input, knownStateCodes: KNOWN, memberStateCodes: MEMBERS });
  } catch (error) {
    if (error instanceof ValidationError) return [...error.issues];
    throw error;
  }
  return [];
}

describe('importing a scale of assessment as a whole', () => {
  it('accepts a scale whose every row names a known State once with a rate of three decimals, incomplete by default', () => {
    expect(
      validateAssessmentScaleImport({ input: scale, knownStateCodes: KNOWN, memberStateCodes: MEMBERS }),
    ).toMatchObject({ name: '2022-2024', complete: false, rows: scale.rows });
  });

  it('reports every bad row at once: rates, unknown States and States given twice, in reading order', () => {
    const issues = issuesOf({
      ...scale,
      rows: [
        { iso3: 'DEU', ratePercent: '6.1111' },
        { iso3: 'XXX', ratePercent: '1.000' },
        { iso3: 'FRA', ratePercent: '-1' },
        { iso3: 'DEU', ratePercent: '6.111' },
        { iso3: 'che', ratePercent: '1.134' },
        { iso3: 'ITA', ratePercent: '100.001' },
      ],
    });
    expect(issues.map((issue) => issue.path)).toEqual([
      'rows.0.ratePercent',
      'rows.1.iso3',
      'rows.2.ratePercent',
      'rows.3.iso3',
      'rows.4.iso3',
      'rows.5.ratePercent',
    ]);
    expect(issues[1]?.message).toBe(
      'No State has the code XXX; use the ISO 3166 alpha-3 code of a State, such as CHE.',
    );
    expect(issues[3]?.message).toBe('DEU appears more than once in the scale.');
  });

  it('reports a duplicate once even when the schema finds it too, and checks the name, resolution and years', () => {
    const issues = issuesOf({
      ...scale,
      name: ' ',
      resolution: undefined,
      firstYear: 2025,
      rows: [...scale.rows, { iso3: 'CHE', ratePercent: '1.134' }],
    });
    expect(issues).toEqual([
      { path: 'lastYear', message: 'The last year of the scale cannot be before its first year.' },
      { path: 'name', message: 'The name of the scale cannot be empty.' },
      { path: 'resolution', message: 'The resolution is required.' },
      { path: 'rows.3.iso3', message: 'CHE appears more than once in the scale.' },
    ]);
  });

  it('refuses a scale without rates, and input that is not a scale at all', () => {
    expect(issuesOf({ ...scale, rows: [] })).toContainEqual({ path: 'rows', message: 'The scale has no rates.' });
    expect(issuesOf(null).length).toBeGreaterThan(0);
  });

  it('refuses a scale marked complete that lacks a Member State, naming it, or whose rates do not add up to 100', () => {
    expect(issuesOf({ ...scale, complete: true })).toEqual([
      {
        path: 'complete',
        message:
          'A complete scale holds every UN Member State; this one lacks 1: ITA. Add their rates, or import it as incomplete.',
      },
      {
        path: 'rows',
        message:
          'The rates of a complete scale add up to 100 per cent (within 0.0015 for the rounding of 3 printed rates); these add up to 11.563.',
      },
    ]);
  });

  it('refuses two States at 75 per cent each as a complete scale: 150 per cent', () => {
    const issues = issuesOf({
      ...scale,
      complete: true,
      rows: [
        { iso3: 'DEU', ratePercent: '75.000' },
        { iso3: 'FRA', ratePercent: '75.000' },
        { iso3: 'CHE', ratePercent: '0.001' },
        { iso3: 'ITA', ratePercent: '0.001' },
      ],
    });
    expect(issues).toEqual([
      {
        path: 'rows',
        message:
          'The rates of a complete scale add up to 100 per cent (within 0.002 for the rounding of 4 printed rates); these add up to 150.002.',
      },
    ]);
  });

  it('accepts a complete scale summing to 100 within the rounding of its printed rates (n x 0.0005)', () => {
    const rows = (sum: string) => [
      { iso3: 'DEU', ratePercent: '50.000' },
      { iso3: 'FRA', ratePercent: '30.000' },
      { iso3: 'CHE', ratePercent: '10.000' },
      { iso3: 'ITA', ratePercent: sum },
    ];
    expect(issuesOf({ ...scale, complete: true, rows: rows('10.002') })).toEqual([]);
    expect(issuesOf({ ...scale, complete: true, rows: rows('10.003') })).toEqual([
      {
        path: 'rows',
        message:
          'The rates of a complete scale add up to 100 per cent (within 0.002 for the rounding of 4 printed rates); these add up to 100.003.',
      },
    ]);
  });

  it('refuses a rate of zero: the floor of the UN scale is 0.001', () => {
    expect(issuesOf({ ...scale, rows: [{ iso3: 'DEU', ratePercent: '0.000' }] })).toEqual([
      { path: 'rows.0.ratePercent', message: "The rate in per cent must be above 0: the UN scale's floor is 0.001." },
    ]);
  });
});
