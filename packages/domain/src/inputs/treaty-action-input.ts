import { z } from 'zod';
import { INSTRUMENT_KINDS } from '../enums/domain-enums.ts';
import { TREATY_ACTIONS } from '../treaty/apply-treaty-action.ts';
import { calendarDateSchema, enumSchema, stateCodeSchema, textSchema } from './common-schemas.ts';

const SOURCE_LENGTH = 500;
const CONVENTION_CODE_LENGTH = 20;

/**
 * One depositary action for one State (`state`: ISO 3166 alpha-3; `convention`: its code); the sequence rules are
 * checked by applyTreatyAction against the stored record.
 */
export const treatyActionInputSchema = z
  .object({
    state: stateCodeSchema,
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
    version: z.number({ error: 'The version must be a number.' }).int({ error: 'The version must be a whole number.' }).min(1, { error: 'The version starts at 1.' }).optional(),
  })
  .superRefine((input, ctx) => {
    if (input.action === 'DEPOSIT' && input.instrument === undefined) {
      ctx.addIssue({ code: 'custom', path: ['instrument'], message: 'Say which instrument was deposited: ratification, acceptance, approval, accession or succession.' });
    }
    if (input.action !== 'DEPOSIT' && input.instrument !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['instrument'], message: 'The kind of instrument is only recorded with a deposit.' });
    }
    if (input.action !== 'DEPOSIT' && input.entryIntoForceOverride !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['entryIntoForceOverride'], message: 'An entry-into-force date is only recorded with a deposit.' });
    }
    if (input.action !== 'WITHDRAWAL_NOTICE' && input.withdrawalEffectiveOverride !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['withdrawalEffectiveOverride'], message: 'A withdrawal effective date is only recorded with a withdrawal notice.' });
    }
  });
export type TreatyActionInput = z.infer<typeof treatyActionInputSchema>;
