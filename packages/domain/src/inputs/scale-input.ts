import { z } from 'zod';
import { readPlainDecimal } from '../costs/exact-decimal.ts';
import { decimalStringSchema, iso3Schema, textSchema, yearSchema } from './common-schemas.ts';

// The UN scale of assessments publishes rates in per cent with three decimals (0.001 is the floor).
export const SCALE_RATE_DECIMAL_PLACES = 3;
const MAX_RATE_PERCENT = '100';
const NAME_LENGTH = 200;
const SOURCE_LENGTH = 500;

/** One row of an imported UN scale of assessment. */
export const scaleImportRowSchema = z.object({
  iso3: iso3Schema,
  stateName: textSchema({ label: 'The State name', max: NAME_LENGTH }).optional(),
  // The UN scale's floor is 0.001 per cent: a rate of zero is a State left out, not a rate.
  ratePercent: decimalStringSchema({
    label: 'The rate in per cent',
    maxPlaces: SCALE_RATE_DECIMAL_PLACES,
    max: MAX_RATE_PERCENT,
    example: '0.123',
  }).refine((text) => readPlainDecimal(text)?.isZero() !== true, {
    error: "The rate in per cent must be above 0: the UN scale's floor is 0.001.",
  }),
});

/** The period of a scale (2022-2024) and the source it was imported from, without its rates. */
export const scalePeriodInputSchema = z
  .object({
    firstYear: yearSchema('The first year of the scale'),
    lastYear: yearSchema('The last year of the scale'),
    /** The General Assembly resolution or document: "A/RES/76/238". */
    source: textSchema({ label: 'The source', max: SOURCE_LENGTH }),
  })
  .superRefine((scale, ctx) => {
    if (scale.firstYear > scale.lastYear) {
      ctx.addIssue({
        code: 'custom',
        path: ['lastYear'],
        message: 'The last year of the scale cannot be before its first year.',
      });
    }
  });

const scaleRowsInputSchema = z
  .object({
    rows: z
      .array(scaleImportRowSchema, { error: 'The rates must be a list.' })
      .min(1, { error: 'The scale has no rates.' }),
  })
  .superRefine((scale, ctx) => {
    const seen = new Set<string>();
    scale.rows.forEach((row, index) => {
      if (seen.has(row.iso3)) {
        ctx.addIssue({
          code: 'custom',
          path: ['rows', index, 'iso3'],
          message: `${row.iso3} appears more than once in the scale.`,
        });
      }
      seen.add(row.iso3);
    });
  });

/** A scale of assessment for a period (2022-2024 under A/RES/76/238), the source it was imported from and its rates. */
export const scaleOfAssessmentInputSchema = z.intersection(scalePeriodInputSchema, scaleRowsInputSchema);
