import { toCalendarDate } from '@plenary/db';
import type { TreatyStanding } from '@plenary/domain';
import { builder } from '../../builder.ts';
import { STANDING_COLUMNS, standingOn } from '../../treaty/standing-on.ts';
import { InstrumentKindEnum, TreatyStatusEnum } from '../enums.ts';
import { updatedAtDescription } from '../shared-descriptions.ts';

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
