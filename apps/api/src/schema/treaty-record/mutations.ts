import { toCalendarDate } from '@plenary/db';
import { DEFAULT_CONVENTION_CODE, TREATY_ACTIONS } from '@plenary/domain';
import { builder } from '../../builder.ts';
import { runInTransaction } from '../../mutations/run-in-transaction.ts';
import { recordTreatyAction } from '../../use-cases/treaties/record-treaty-action.ts';
import { InstrumentKindEnum } from '../enums.ts';
import { MUTATION_ERRORS } from '../errors.ts';
import { describedValues } from '../described-values.ts';
import {
  CONVENTION_CODE_DESCRIPTION,
  MUTATION_DATA_DESCRIPTION,
  MUTATION_INPUT_DESCRIPTION,
} from '../shared-descriptions.ts';
import { TreatyRecordRef } from './type.ts';

// Recording depositary actions: a signature, the deposit of an instrument, a notice of withdrawal.

const TreatyActionEnum = builder.enumType('TreatyAction', {
  description:
    'What the depositary notified about a State: its signature, the deposit of an instrument, or a notice of withdrawal.',
  values: describedValues(TREATY_ACTIONS, {
    SIGNATURE: 'The State signed the convention (Art. 15).',
    DEPOSIT:
      'The State deposited an instrument of ratification, acceptance, approval or accession (Art. 16); entry into force follows by Art. 17.',
    WITHDRAWAL_NOTICE: "The depositary received the State's instrument of withdrawal; it takes effect by Art. 20(2).",
  }),
});

const RecordTreatyActionInput = builder.inputType('RecordTreatyActionInput', {
  description: "One depositary action to record on a State's treaty record.",
  fields: (t) => ({
    state: t.string({ required: true, description: 'ISO 3166-1 alpha-3 code of the State.' }),
    convention: t.string({ description: CONVENTION_CODE_DESCRIPTION, defaultValue: DEFAULT_CONVENTION_CODE }),
    action: t.field({
      description:
        'What the depositary notified: a signature, the deposit of an instrument, or a notice of withdrawal.',
      type: TreatyActionEnum,
      required: true,
    }),
    date: t.field({
      type: 'Date',
      required: true,
      description: 'The day of the signature, of the deposit, or on which the depositary received the notice.',
    }),
    instrument: t.field({ type: InstrumentKindEnum, description: 'For a DEPOSIT: the kind of instrument.' }),
    source: t.string({
      required: true,
      description: 'Where the fact comes from, e.g. a depositary notification (C.N. number) or "UNTC chapter XXVI-6".',
    }),
    verified: t.boolean({ defaultValue: false, description: 'Whether the date was checked against the source.' }),
    entryIntoForceOverride: t.field({
      type: 'Date',
      description: 'For a DEPOSIT: a recorded entry-into-force date that wins over Art. 17.',
    }),
    withdrawalEffectiveOverride: t.field({
      type: 'Date',
      description: 'For a WITHDRAWAL_NOTICE: a recorded effective date that wins over Art. 20(2).',
    }),
    version: t.int({
      description:
        'The version of the treaty record you read. Required to correct a fact already recorded (a second signature, deposit or notice).',
    }),
  }),
});

builder.mutationField('recordTreatyAction', (t) =>
  t.field({
    type: TreatyRecordRef,
    description:
      "Records a signature, the deposit of an instrument or a notice of withdrawal on the State's dated treaty record (created if it has none). " +
      'Entry into force follows Art. 17 and withdrawal takes effect by Art. 20(2) unless overridden. Correcting a fact already recorded needs the `version` read.',
    errors: { types: MUTATION_ERRORS, dataField: { name: 'treatyRecord', description: MUTATION_DATA_DESCRIPTION } },
    authScopes: { secretariat: true },
    args: { input: t.arg({ description: MUTATION_INPUT_DESCRIPTION, type: RecordTreatyActionInput, required: true }) },
    resolve: async (_parent, args, context) => {
      const { input: raw } = args;
      const input = {
        state: raw.state.trim().toUpperCase(),
        convention: raw.convention ?? DEFAULT_CONVENTION_CODE,
        action: raw.action,
        date: toCalendarDate(raw.date),
        instrument: raw.instrument ?? undefined,
        source: raw.source,
        verified: raw.verified ?? false,
        entryIntoForceOverride: raw.entryIntoForceOverride ? toCalendarDate(raw.entryIntoForceOverride) : undefined,
        withdrawalEffectiveOverride: raw.withdrawalEffectiveOverride
          ? toCalendarDate(raw.withdrawalEffectiveOverride)
          : undefined,
        version: raw.version ?? undefined,
      };
      return runInTransaction(context, (tx) => recordTreatyAction({ tx, actor: context, now: context.now(), input }));
    },
  }),
);
