import type { Prisma, TreatyStatus } from '@plenary/db';
import {
  applyTreatyAction,
  ConflictError,
  NotFoundError,
  parseInput,
  TREATY_ACTIONS,
  treatyActionInputSchema,
  type StoredTreatyDates,
  type TreatyStanding,
} from '@plenary/domain';
import { builder } from '../builder.ts';
import { recordAudit, type TransactionClient } from '../mutations/audit.ts';
import { runInTransaction } from '../mutations/run-in-transaction.ts';
import { STANDING_COLUMNS, standingOn } from '../treaty/standing-on.ts';
import { reassessInvitationCapacities } from '../use-cases/invitations/reassess-invitation-capacities.ts';
import { conventionRulesOf } from './convention.ts';
import { InstrumentKindEnum, TreatyStatusEnum } from './enums.ts';
import { MUTATION_ERRORS } from './errors.ts';
import { fromCalendarDate, toCalendarDate } from './scalars.ts';
import { DEFAULT_CONVENTION_CODE } from './state.ts';

/**
 * A State, a convention and the State's treaty record under it (null when it has none), read in a transaction; an
 * unknown State or convention is a NotFoundError. One after the other: a transaction holds one connection, which
 * runs one statement at a time.
 */
export async function treatyRecordOf(tx: TransactionClient, state: { where: Prisma.StateWhereUniqueInput; key: string }, conventionCode: string) {
  const found = await tx.state.findUnique({ where: state.where });
  const convention = await tx.convention.findUnique({ where: { code: conventionCode } });
  if (!found) throw new NotFoundError({ entity: 'State', key: state.key });
  if (!convention) throw new NotFoundError({ entity: 'Convention', key: conventionCode });
  const record = await tx.treatyStatus.findUnique({ where: { stateId_conventionId: { stateId: found.id, conventionId: convention.id } } });
  return { state: found, convention, record };
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
  // An unknown ID loads as null (node and nodes answer null), not as Prisma's not-found error.
  nullable: true,
  name: 'TreatyRecord',
  id: { field: 'id' },
  description: 'The dated treaty record of one State under one convention, with the source of each fact.',
  // Each field loads only the columns it reads: the public list of States Parties reads a record per State.
  select: { id: true },
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
    version: t.exposeInt('version', { description: 'Increases with every recorded action; send it to correct a fact already recorded.' }),
    standing: t.field({
      type: TreatyStandingRef,
      args: { on: t.arg({ type: 'Date', required: true }) },
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
  description: 'What the depositary notified about a State: its signature, the deposit of an instrument, or a notice of withdrawal.',
  values: TREATY_ACTIONS,
});

const RecordTreatyActionInput = builder.inputType('RecordTreatyActionInput', {
  fields: (t) => ({
    state: t.string({ required: true, description: 'ISO 3166-1 alpha-3 code of the State.' }),
    convention: t.string({ defaultValue: DEFAULT_CONVENTION_CODE }),
    action: t.field({ type: TreatyActionEnum, required: true }),
    date: t.field({ type: 'Date', required: true, description: 'The day of the signature, of the deposit, or on which the depositary received the notice.' }),
    instrument: t.field({ type: InstrumentKindEnum, description: 'For a DEPOSIT: the kind of instrument.' }),
    source: t.string({ required: true, description: 'Where the fact comes from, e.g. a depositary notification (C.N. number) or "UNTC chapter XXVI-6".' }),
    verified: t.boolean({ defaultValue: false, description: 'Whether the date was checked against the source.' }),
    entryIntoForceOverride: t.field({ type: 'Date', description: 'For a DEPOSIT: a recorded entry-into-force date that wins over Art. 17.' }),
    withdrawalEffectiveOverride: t.field({ type: 'Date', description: 'For a WITHDRAWAL_NOTICE: a recorded effective date that wins over Art. 20(2).' }),
    version: t.int({ description: 'The version of the treaty record you read. Required to correct a fact already recorded (a second signature, deposit or notice).' }),
  }),
});

function storedDatesOf(record: TreatyStatus | null): StoredTreatyDates | null {
  if (!record) return null;
  const date = (value: Date | null) => (value === null ? null : toCalendarDate(value));
  return {
    signatureDate: date(record.signedOn),
    depositDate: date(record.depositedOn),
    instrumentKind: record.instrument,
    entryIntoForce: date(record.entryIntoForceOn),
    entryIntoForceOverridden: record.entryIntoForceOverridden,
    withdrawalNoticeDate: date(record.withdrawalNotifiedOn),
    withdrawalEffective: date(record.withdrawalEffectiveOn),
  };
}

function databaseDate(value: string | null): Date | null {
  return value === null ? null : fromCalendarDate(value);
}

builder.mutationField('recordTreatyAction', (t) =>
  t.field({
    type: TreatyRecordRef,
    description:
      "Records a signature, the deposit of an instrument or a notice of withdrawal on the State's dated treaty record (created if it has none). " +
      'Entry into force follows Art. 17 and withdrawal takes effect by Art. 20(2) unless overridden. Correcting a fact already recorded needs the `version` read.',
    errors: { types: MUTATION_ERRORS, dataField: { name: 'treatyRecord' } },
    authScopes: { secretariat: true },
    args: { input: t.arg({ type: RecordTreatyActionInput, required: true }) },
    resolve: async (_parent, args, context) => {
      const { input: raw } = args;
      const input = parseInput({
        schema: treatyActionInputSchema,
        input: {
          state: raw.state.trim().toUpperCase(),
          convention: raw.convention ?? DEFAULT_CONVENTION_CODE,
          action: raw.action,
          date: toCalendarDate(raw.date),
          instrument: raw.instrument ?? undefined,
          source: raw.source,
          verified: raw.verified ?? false,
          entryIntoForceOverride: raw.entryIntoForceOverride ? toCalendarDate(raw.entryIntoForceOverride) : undefined,
          withdrawalEffectiveOverride: raw.withdrawalEffectiveOverride ? toCalendarDate(raw.withdrawalEffectiveOverride) : undefined,
          version: raw.version ?? undefined,
        },
      });
      return runInTransaction(context, async (tx) => {
        const { state, convention, record: before } = await treatyRecordOf(tx, { where: { iso3: input.state }, key: input.state }, input.convention);
        const { dates, replacesRecordedFact } = applyTreatyAction({
          record: storedDatesOf(before),
          action: input.action,
          date: input.date,
          instrumentKind: input.instrument ?? null,
          entryIntoForceOverride: input.entryIntoForceOverride ?? null,
          withdrawalEffectiveOverride: input.withdrawalEffectiveOverride ?? null,
          rules: conventionRulesOf(convention),
        });
        if (before && input.version !== undefined && input.version !== before.version) {
          throw new ConflictError({ message: `The treaty record of ${state.iso3} was changed since you read it (version ${input.version}, now ${before.version}). Reload it and record the action again.` });
        }
        if (replacesRecordedFact && input.version === undefined) {
          throw new ConflictError({ message: `The treaty record of ${state.iso3} already has this ${input.action.replace('_', ' ').toLowerCase()}. To correct it, send the version of the record you read.` });
        }
        const data = {
          signedOn: databaseDate(dates.signatureDate),
          instrument: dates.instrumentKind,
          depositedOn: databaseDate(dates.depositDate),
          entryIntoForceOn: databaseDate(dates.entryIntoForce),
          entryIntoForceOverridden: dates.entryIntoForceOverridden,
          withdrawalNotifiedOn: databaseDate(dates.withdrawalNoticeDate),
          withdrawalEffectiveOn: databaseDate(dates.withdrawalEffective),
          ...(input.action === 'SIGNATURE' && { signatureSource: input.source, signatureVerified: input.verified }),
          ...(input.action === 'DEPOSIT' && { depositSource: input.source, depositVerified: input.verified }),
          ...(input.action === 'WITHDRAWAL_NOTICE' && { withdrawalSource: input.source }),
        };
        let after: TreatyStatus;
        if (before) {
          // Optimistic concurrency: a concurrent action on the same record makes this update miss.
          const updated = await tx.treatyStatus.updateMany({ where: { id: before.id, version: before.version }, data: { ...data, version: { increment: 1 } } });
          if (updated.count !== 1) throw new ConflictError({ message: `The treaty record of ${state.iso3} was changed by someone else just now. Reload it and try again.` });
          after = await tx.treatyStatus.findUniqueOrThrow({ where: { id: before.id } });
        } else {
          after = await tx.treatyStatus.create({ data: { ...data, stateId: state.id, conventionId: convention.id } });
        }
        const action = `treatyStatus.${input.action === 'WITHDRAWAL_NOTICE' ? 'withdrawalNotice' : input.action.toLowerCase()}`;
        await recordAudit(tx, context, { action, entityType: 'TreatyStatus', entityId: after.id, before, after });
        // The State's invitations to meetings not yet open follow its standing on their opening days (rule 1.1).
        await reassessInvitationCapacities({ tx, actor: context, now: context.now(), input: { scope: { stateId: state.id, conventionId: convention.id }, cause: action } });
        return after;
      });
    },
  }),
);
