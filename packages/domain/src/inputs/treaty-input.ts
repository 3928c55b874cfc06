import { z } from 'zod';
import { INSTRUMENT_KINDS, ORGANISATION_KINDS } from '../enums/domain-enums.ts';
import { calendarDateSchema, enumSchema, requireOrder, stateCodeSchema, textSchema, wholeNumberSchema } from './common-schemas.ts';

const SOURCE_LENGTH = 500;
const NAME_LENGTH = 300;
const ACRONYM_LENGTH = 20;
const MAX_ORDINAL = 1000;

/** A State's dated treaty record (see TreatyRecord); overrides win over computed dates. */
export const treatyRecordInputSchema = z
  .object({
    stateCode: stateCodeSchema,
    signatureDate: calendarDateSchema('The signature date').optional(),
    depositDate: calendarDateSchema('The deposit date').optional(),
    instrumentKind: enumSchema(INSTRUMENT_KINDS, 'The kind of instrument').optional(),
    instrumentOrdinal: wholeNumberSchema({ label: 'The instrument number', min: 1, max: MAX_ORDINAL }).optional(),
    entryIntoForceOverride: calendarDateSchema('The entry-into-force date').optional(),
    withdrawalNoticeDate: calendarDateSchema('The date the withdrawal notice was received').optional(),
    withdrawalEffectiveOverride: calendarDateSchema('The date withdrawal took effect').optional(),
    /** Where the facts come from: "UNTC chapter XXVI-6", a depositary notification. */
    source: textSchema({ label: 'The source', max: SOURCE_LENGTH }).optional(),
  })
  .superRefine((record, ctx) => {
    if ((record.depositDate === undefined) !== (record.instrumentKind === undefined)) {
      ctx.addIssue({ code: 'custom', path: ['instrumentKind'], message: 'Give the deposit date and the kind of instrument together.' });
    }
    if (record.withdrawalNoticeDate !== undefined && record.depositDate === undefined) {
      ctx.addIssue({ code: 'custom', path: ['withdrawalNoticeDate'], message: 'A withdrawal notice needs the instrument it withdraws: give the deposit date too.' });
    }
    requireOrder({ earlier: record.signatureDate, later: record.depositDate, path: ['depositDate'], message: 'The instrument cannot be deposited before the signature.', ctx });
    requireOrder({ earlier: record.depositDate, later: record.withdrawalNoticeDate, path: ['withdrawalNoticeDate'], message: 'Withdrawal cannot be notified before the instrument was deposited.', ctx });
  });
export type TreatyRecordInput = z.infer<typeof treatyRecordInputSchema>;

/** Rule 1.3: an organisation asking to observe a meeting. */
export const observerApplicationInputSchema = z.object({
  organisationName: textSchema({ label: 'The organisation name', max: NAME_LENGTH }),
  acronym: textSchema({ label: 'The acronym', max: ACRONYM_LENGTH }).optional(),
  kind: enumSchema(ORGANISATION_KINDS, 'The kind of organisation'),
  requestedOn: calendarDateSchema('The date of the request'),
});
export type ObserverApplicationInput = z.infer<typeof observerApplicationInputSchema>;
