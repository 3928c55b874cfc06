import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors/domain-error.ts';
import {
  assertScaleApplies,
  assertScaleRatesEveryPayer,
  chooseAssessmentScale,
  scaleCoversMeeting,
} from './choose-assessment-scale.ts';

const SCALES = [
  { name: '2019-2021', firstYear: 2019, lastYear: 2021, complete: true },
  { name: '2022-2024', firstYear: 2022, lastYear: 2024, complete: true },
  { name: '2025-2027', firstYear: 2025, lastYear: 2027, complete: true },
];
const SCALE_2022 = SCALES[1] as (typeof SCALES)[number];

function issuesOf(run: () => unknown): { path: string; message: string }[] {
  try {
    run();
  } catch (error) {
    if (error instanceof ValidationError) return [...error.issues];
    throw error;
  }
  return [];
}

describe('the scale of assessment in force for a meeting', () => {
  it('is the scale whose period covers the year the meeting opens: 11MSP (2023-09-11) on 2022-2024, a 2026 meeting on 2025-2027', () => {
    expect(chooseAssessmentScale({ scales: SCALES, meetingCode: '11MSP', opensOn: '2023-09-11' }).name).toBe(
      '2022-2024',
    );
    expect(chooseAssessmentScale({ scales: SCALES, meetingCode: '14MSP', opensOn: '2026-09-14' }).name).toBe(
      '2025-2027',
    );
    expect(scaleCoversMeeting({ scale: SCALE_2022, opensOn: '2024-12-31' })).toBe(true);
    expect(scaleCoversMeeting({ scale: SCALE_2022, opensOn: '2025-01-01' })).toBe(false);
  });

  it('prefers a complete scale to an incomplete one for the same period, and asks which when two equally cover it', () => {
    const partial = { name: 'extract', firstYear: 2022, lastYear: 2024, complete: false };
    expect(
      chooseAssessmentScale({ scales: [partial, ...SCALES], meetingCode: '11MSP', opensOn: '2023-09-11' }).name,
    ).toBe('2022-2024');
    expect(
      issuesOf(() =>
        chooseAssessmentScale({
          scales: [{ ...partial, complete: true }, ...SCALES],
          meetingCode: '11MSP',
          opensOn: '2023-09-11',
        }),
      ),
    ).toEqual([
      {
        path: 'scale.inForce',
        message: '2 scales held cover 2023, the year 11MSP opens: 2022-2024, extract. Name the one to apply.',
      },
    ]);
  });

  it('is refused when no scale held covers the meeting, naming the scales held', () => {
    expect(
      issuesOf(() => chooseAssessmentScale({ scales: SCALES, meetingCode: '1MSP', opensOn: '2010-11-09' })),
    ).toEqual([
      {
        path: 'scale.inForce',
        message:
          'No scale of assessment held covers 2010, the year 1MSP opens (2010-11-09); the scales held are 2019-2021, 2022-2024, 2025-2027. Import the scale in force, or name a scale and give the reason for applying it.',
      },
    ]);
  });
});

describe('a scale named for a meeting outside its period', () => {
  it('is refused without a written reason', () => {
    expect(
      issuesOf(() =>
        assertScaleApplies({ scale: SCALE_2022, meetingCode: '14MSP', opensOn: '2026-09-14', overrideReason: null }),
      ),
    ).toEqual([
      {
        path: 'scale.named.overrideReason',
        message:
          'The scale 2022-2024 covers the years 2022 to 2024, but 14MSP opens on 2026-09-14: use the scale in force that year, or give the reason for applying this one in overrideReason.',
      },
    ]);
    expect(
      issuesOf(() =>
        assertScaleApplies({ scale: SCALE_2022, meetingCode: '14MSP', opensOn: '2026-09-14', overrideReason: '  ' }),
      ),
    ).toHaveLength(1);
  });

  it('is applied with a reason, which is returned to be recorded; a scale that covers the meeting needs none and takes none', () => {
    expect(
      assertScaleApplies({
        scale: SCALE_2022,
        meetingCode: '14MSP',
        opensOn: '2026-09-14',
        overrideReason: ' Decision of the Meeting ',
      }),
    ).toBe('Decision of the Meeting');
    expect(
      assertScaleApplies({ scale: SCALE_2022, meetingCode: '11MSP', opensOn: '2023-09-11', overrideReason: null }),
    ).toBeNull();
    expect(
      issuesOf(() =>
        assertScaleApplies({
          scale: SCALE_2022,
          meetingCode: '11MSP',
          opensOn: '2023-09-11',
          overrideReason: 'because',
        }),
      )[0]?.path,
    ).toBe('scale.named.overrideReason');
    expect(
      issuesOf(() =>
        assertScaleApplies({
          scale: SCALE_2022,
          meetingCode: '14MSP',
          opensOn: '2026-09-14',
          overrideReason: 'x'.repeat(1001),
        }),
      )[0]?.path,
    ).toBe('scale.named.overrideReason');
  });
});

describe('an incomplete scale', () => {
  it('is refused while a State sharing the cost has no rate on it, naming each', () => {
    const unratedPayers = [
      { code: 'NOR', name: 'Norway' },
      { code: 'ALB', name: 'Albania' },
    ];
    expect(
      issuesOf(() => assertScaleRatesEveryPayer({ scale: { name: 'extract', complete: false }, unratedPayers })),
    ).toEqual([
      {
        path: 'scale',
        message:
          'The scale extract is marked incomplete and has no rate for 2 of the States sharing the cost: Albania (ALB), Norway (NOR). Import the complete scale, or give these States agreed rates.',
      },
    ]);
  });

  it('is used when it rates every payer; a complete scale lists States outside the UN scale as unassessed', () => {
    expect(() =>
      assertScaleRatesEveryPayer({ scale: { name: 'extract', complete: false }, unratedPayers: [] }),
    ).not.toThrow();
    expect(() =>
      assertScaleRatesEveryPayer({
        scale: { name: '2022-2024', complete: true },
        unratedPayers: [{ code: 'VAT', name: 'Holy See' }],
      }),
    ).not.toThrow();
  });
});
