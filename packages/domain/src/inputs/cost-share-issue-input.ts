import { z } from 'zod';
import { COST_PAYER_RULES } from '../enums/domain-enums.ts';
import { decimalStringSchema, enumSchema, iso3Schema } from './common-schemas.ts';

// An agreed rate may be finer than the scale's three decimals; the database holds six.
export const EXPLICIT_RATE_DECIMAL_PLACES = 6;
const MAX_RATE_PERCENT = '100';
const MAX_EXPLICIT_RATES = 250;

/** A rate agreed for one State for this apportionment (Holy See, State of Palestine, ...), in per cent. */
export const explicitRateInputSchema = z.object({
  iso3: iso3Schema,
  ratePercent: decimalStringSchema({
    label: 'The agreed rate in per cent',
    maxPlaces: EXPLICIT_RATE_DECIMAL_PLACES,
    max: MAX_RATE_PERCENT,
    example: '0.001',
  }),
});

/** How a meeting's cost shares are issued (Art. 14): who pays, whether the ceiling and floor are re-applied, agreed rates. */
export const costShareIssueInputSchema = z
  .object({
    /** Defaults to the convention's rule. */
    payerRule: enumSchema(COST_PAYER_RULES, 'The payer rule').optional(),
    ceilingAndFloor: z
      .boolean({ error: 'Whether to re-apply the ceiling and floor must be true or false.' })
      .default(false),
    explicitRates: z
      .array(explicitRateInputSchema, { error: 'The agreed rates must be a list.' })
      .max(MAX_EXPLICIT_RATES, { error: `At most ${MAX_EXPLICIT_RATES} agreed rates can be given.` })
      .default([]),
  })
  .superRefine((input, ctx) => {
    const seen = new Set<string>();
    input.explicitRates.forEach((rate, index) => {
      if (seen.has(rate.iso3)) {
        ctx.addIssue({
          code: 'custom',
          path: ['explicitRates', index, 'iso3'],
          message: `${rate.iso3} is given an agreed rate more than once.`,
        });
      }
      seen.add(rate.iso3);
    });
  });
export type CostShareIssueInput = z.infer<typeof costShareIssueInputSchema>;
