import { z } from 'zod';
import { COST_ESTIMATE_KINDS } from '../enums/domain-enums.ts';
import {
  businessDateSchema,
  currencySchema,
  decimalStringSchema,
  enumSchema,
  iso3Schema,
  textSchema,
} from './common-schemas.ts';

// Amounts are kept to the cent; currencies with other minor units are converted before entry.
const AMOUNT_DECIMAL_PLACES = 2;
const DESCRIPTION_LENGTH = 500;
const REFERENCE_LENGTH = 200;
const MAX_LINES = 500;

export const costEstimateLineInputSchema = z.object({
  /** "Conference services: interpretation in six languages" */
  description: textSchema({ label: 'The description', max: DESCRIPTION_LENGTH }),
  amount: decimalStringSchema({ label: 'The amount', maxPlaces: AMOUNT_DECIMAL_PLACES, example: '12345.60' }),
});

/** A meeting's estimated (later actual) cost, in one currency. */
export const costEstimateInputSchema = z.object({
  currency: currencySchema,
  kind: enumSchema(COST_ESTIMATE_KINDS, 'Estimate or actual').default('ESTIMATE'),
  lines: z
    .array(costEstimateLineInputSchema, { error: 'The cost lines must be a list.' })
    .min(1, { error: 'A cost estimate needs at least one line.' })
    .max(MAX_LINES, { error: `A cost estimate has at most ${MAX_LINES} lines.` }),
});

/** A payment received from a State towards its share. */
export const paymentInputSchema = z.object({
  iso3: iso3Schema,
  amount: decimalStringSchema({ label: 'The amount paid', maxPlaces: AMOUNT_DECIMAL_PLACES, example: '1250.00' }),
  currency: currencySchema,
  receivedOn: businessDateSchema('The date received'),
  reference: textSchema({ label: 'The payment reference', max: REFERENCE_LENGTH }).optional(),
});
