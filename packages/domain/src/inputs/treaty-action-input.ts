import { z } from 'zod';
import { INSTRUMENT_KINDS } from '../enums/domain-enums.ts';
import { checkTreatyActionFields, TREATY_ACTIONS } from '../treaty/apply-treaty-action.ts';
import { calendarDateSchema, enumSchema, iso3Schema, textSchema } from './common-schemas.ts';

const SOURCE_LENGTH = 500;
const CONVENTION_CODE_LENGTH = 20;

/**
 * One depositary action for one State (`state`: ISO 3166 alpha-3; `convention`: its code); the sequence rules are
 * checked by applyTreatyAction against the stored record.
 */
export const treatyActionInputSchema = z
  .object({
    state: iso3Schema,
    convention: textSchema({ label: 'The convention', max: CONVENTION_CODE_LENGTH }),
    action: enumSchema(TREATY_ACTIONS, 'The action'),
    date: calendarDateSchema('The date of the action'),
    instrument: enumSchema(INSTRUMENT_KINDS, 'The kind of instrument').optional(),
    /** Where the fact comes from: "UNTC chapter XXVI-6", a depositary notification (C.N. number). */
    source: textSchema({ label: 'The source', max: SOURCE_LENGTH }),
    verified: z.boolean({ error: 'Verified must be true or false.' }).default(false),
    entryIntoForceOverride: calendarDateSchema('The entry-into-force date').optional(),
    withdrawalEffectiveOverride: calendarDateSchema('The date withdrawal takes effect').optional(),
    /** The version of the treaty record the client read; needed to correct a fact already recorded. */
    version: z
      .number({ error: 'The version must be a number.' })
      .int({ error: 'The version must be a whole number.' })
      .min(1, { error: 'The version starts at 1.' })
      .optional(),
  })
  .superRefine((input, ctx) => {
    const issues = checkTreatyActionFields({ ...input, instrumentKind: input.instrument });
    for (const issue of issues) ctx.addIssue({ code: 'custom', path: [issue.path], message: issue.message });
  });
