import { toCalendarDate } from '@plenary/db';
import { DEFAULT_CONVENTION_CODE, TREATY_ACTIONS, type TreatyStanding } from '@plenary/domain';
import { builder } from '../builder.ts';
import { runInTransaction } from '../mutations/run-in-transaction.ts';
import { STANDING_COLUMNS, standingOn } from '../treaty/standing-on.ts';
import { recordTreatyAction } from '../use-cases/treaties/record-treaty-action.ts';
import { InstrumentKindEnum, TreatyStatusEnum } from './enums.ts';
import { MUTATION_ERRORS } from './errors.ts';
import { describedValues } from './described-values.ts';
import {
  CONVENTION_CODE_DESCRIPTION,
  MUTATION_DATA_DESCRIPTION,
  MUTATION_INPUT_DESCRIPTION,
  updatedAtDescription,
} from './shared-descriptions.ts';

export const TreatyStandingRef = builder.objectRef<TreatyStanding & { date: string }>('TreatyStanding').implement({
  description: 'Where a State stands under a convention on one day.',
  fields: (t) => ({
    date: t.field({
      description: 'The day this standing is for, as `YYYY-MM-DD`.',
      type: 'Date',
      resolve: (standing) => standing.date,
    }),
    status: t.field({
      description: "The State's treaty status on `date`.",
      type: TreatyStatusEnum,
      resolve: (standing) => standing.status,
    }),
    entryIntoForce: t.field({
      description:
        'The day the convention entered (or enters) into force for the State (Art. 17); null when no instrument is deposited.',
      type: 'Date',
      nullable: true,
      resolve: (standing) => standing.entryIntoForce,
    }),
    withdrawalEffective: t.field({
      description:
        "The day the State's withdrawal took (or takes) effect (Art. 20(2)); null when it has not notified withdrawal.",
      type: 'Date',
      nullable: true,
      resolve: (standing) => standing.withdrawalEffective,
    }),
    depositedNotYetInForce: t.exposeBoolean('depositedNotYetInForce', {
      description:
        'True when the State has deposited its instrument but the convention has not yet entered into force for it on `date` (it is not yet a State Party).',
    }),
    withdrawalPending: t.exposeBoolean('withdrawalPending', {
      description:
        'True when the State has notified withdrawal but it has not yet taken effect on `date` (it is still a State Party).',
    }),
  }),
});

export const TreatyRecordRef = builder.prismaNode('TreatyRecord', {
  // An unknown ID loads as null (node and nodes answer null), not as Prisma's not-found error.
  nullable: true,
  id: { field: 'id' },
  description: 'The dated treaty record of one State under one convention, with the source of each fact.',
  // Each field loads only the columns it reads: the public list of States Parties reads a record per State.
  select: { id: true },
  fields: (t) => ({
    state: t.relation('state', { description: 'The State this record is about.' }),
    convention: t.relation('convention', { description: 'The convention this record is under.' }),
    signedOn: t.expose('signedOn', {
      description: 'The day the State signed the convention; null when it did not sign (e.g. it acceded).',
      type: 'Date',
      nullable: true,
    }),
    signatureSource: t.exposeString('signatureSource', {
      description:
        'Where the signature date comes from, e.g. a depositary notification (C.N. number); null when not recorded.',
      nullable: true,
    }),
    signatureVerified: t.exposeBoolean('signatureVerified', {
      description: 'Whether the signature date was checked against its source.',
    }),
    instrument: t.expose('instrument', {
      description: 'The kind of instrument deposited (ratification, accession, ...); null when none is deposited.',
      type: InstrumentKindEnum,
      nullable: true,
    }),
    depositedOn: t.expose('depositedOn', {
      description:
        'The day the State deposited its instrument with the depositary (Art. 16); null when none is deposited.',
      type: 'Date',
      nullable: true,
    }),
    depositSource: t.exposeString('depositSource', {
      description:
        'Where the deposit date comes from, e.g. a depositary notification (C.N. number); null when not recorded.',
      nullable: true,
    }),
    depositVerified: t.exposeBoolean('depositVerified', {
      description: 'Whether the deposit date was checked against its source.',
    }),
    entryIntoForceOn: t.expose('entryIntoForceOn', {
      description:
        'The day the convention entered (or enters) into force for the State: computed by Art. 17 from the deposit, unless `entryIntoForceOverridden`. Null when no instrument is deposited.',
      type: 'Date',
      nullable: true,
    }),
    entryIntoForceOverridden: t.exposeBoolean('entryIntoForceOverridden', {
      description: 'True when `entryIntoForceOn` was recorded from a source instead of computed by Art. 17.',
    }),
    withdrawalNotifiedOn: t.expose('withdrawalNotifiedOn', {
      description: "The day the depositary received the State's notice of withdrawal; null when none.",
      type: 'Date',
      nullable: true,
    }),
    withdrawalEffectiveOn: t.expose('withdrawalEffectiveOn', {
      description:
        'The day the withdrawal takes effect: six months after notice by Art. 20(2), unless recorded otherwise. Null when none.',
      type: 'Date',
      nullable: true,
    }),
    withdrawalSource: t.exposeString('withdrawalSource', {
      description: 'Where the withdrawal notice comes from, e.g. a depositary notification; null when none.',
      nullable: true,
    }),
    note: t.exposeString('note', {
      description:
        'A free-text note by the secretariat on this record (e.g. a declaration made on ratification); null when none.',
      nullable: true,
    }),
    version: t.exposeInt('version', {
      description: 'Increases with every recorded action; send it to correct a fact already recorded.',
    }),
    updatedAt: t.expose('updatedAt', {
      type: 'DateTime',
      description: updatedAtDescription("any of its facts; its State's `updatedAt` moves with it"),
    }),
    standing: t.field({
      description:
        'Where the State stands under this convention on a day: State Party, signatory, withdrawn or not party.',
      type: TreatyStandingRef,
      args: {
        on: t.arg({
          description: 'The day to compute the standing for, as `YYYY-MM-DD`.',
          type: 'Date',
          required: true,
        }),
      },
      select: { ...STANDING_COLUMNS, convention: true },
      resolve: (record, args) => {
        const date = toCalendarDate(args.on);
        return { ...standingOn(record, date), date };
      },
    }),
  }),
});

// ---------------------------------------------------------------- recording depositary actions

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
