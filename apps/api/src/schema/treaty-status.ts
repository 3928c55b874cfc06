import type { Convention, TreatyStatus } from '@plenary/db';
import { describeTreatyStanding, type TreatyStanding } from '@plenary/domain';
import { builder } from '../builder.ts';
import { conventionRulesOf } from './convention.ts';
import { InstrumentKindEnum, TreatyStatusEnum } from './enums.ts';
import { toCalendarDate } from './scalars.ts';

/** Where a State stands under a convention on a day, from its dated record and the convention's rules. */
export function standingOn(record: TreatyStatus & { convention: Convention }, date: string): TreatyStanding {
  return describeTreatyStanding({
    date,
    rules: conventionRulesOf(record.convention),
    record: {
      signatureDate: record.signedOn && toCalendarDate(record.signedOn),
      depositDate: record.depositedOn && toCalendarDate(record.depositedOn),
      instrumentKind: record.instrument,
      entryIntoForceOverride: record.entryIntoForceOn && toCalendarDate(record.entryIntoForceOn),
      withdrawalNoticeDate: record.withdrawalNotifiedOn && toCalendarDate(record.withdrawalNotifiedOn),
      withdrawalEffectiveOverride: record.withdrawalEffectiveOn && toCalendarDate(record.withdrawalEffectiveOn),
    },
  });
}

export const TreatyStandingRef = builder.objectRef<TreatyStanding & { date: string }>('TreatyStanding').implement({
  description: 'Where a State stands under a convention on one day.',
  fields: (t) => ({
    date: t.field({ type: 'Date', resolve: (standing) => standing.date }),
    status: t.field({ type: TreatyStatusEnum, resolve: (standing) => standing.status }),
    entryIntoForce: t.field({ type: 'Date', nullable: true, resolve: (standing) => standing.entryIntoForce }),
    withdrawalEffective: t.field({ type: 'Date', nullable: true, resolve: (standing) => standing.withdrawalEffective }),
    depositedNotYetInForce: t.exposeBoolean('depositedNotYetInForce'),
    withdrawalPending: t.exposeBoolean('withdrawalPending'),
  }),
});

export const TreatyRecordRef = builder.prismaNode('TreatyStatus', {
  name: 'TreatyRecord',
  id: { field: 'id' },
  description: 'The dated treaty record of one State under one convention, with the source of each fact.',
  fields: (t) => ({
    state: t.relation('state'),
    convention: t.relation('convention'),
    signedOn: t.expose('signedOn', { type: 'Date', nullable: true }),
    signatureSource: t.exposeString('signatureSource', { nullable: true }),
    signatureVerified: t.exposeBoolean('signatureVerified'),
    instrument: t.expose('instrument', { type: InstrumentKindEnum, nullable: true }),
    depositedOn: t.expose('depositedOn', { type: 'Date', nullable: true }),
    depositSource: t.exposeString('depositSource', { nullable: true }),
    depositVerified: t.exposeBoolean('depositVerified'),
    entryIntoForceOn: t.expose('entryIntoForceOn', { type: 'Date', nullable: true }),
    entryIntoForceOverridden: t.exposeBoolean('entryIntoForceOverridden'),
    withdrawalNotifiedOn: t.expose('withdrawalNotifiedOn', { type: 'Date', nullable: true }),
    withdrawalEffectiveOn: t.expose('withdrawalEffectiveOn', { type: 'Date', nullable: true }),
    withdrawalSource: t.exposeString('withdrawalSource', { nullable: true }),
    note: t.exposeString('note', { nullable: true }),
    standing: t.field({
      type: TreatyStandingRef,
      args: { on: t.arg({ type: 'Date', required: true }) },
      select: { convention: true },
      resolve: (record, args) => {
        const date = toCalendarDate(args.on);
        return { ...standingOn(record, date), date };
      },
    }),
  }),
});
