import { fromCalendarDate, toCalendarDate, type TreatyRecord } from '@plenary/db';
import { applyTreatyAction, ConflictError, type StoredTreatyDates } from '@plenary/domain';
import { parseInput } from '@plenary/domain/inputs/parse-input';
import { treatyActionInputSchema } from '@plenary/domain/inputs/treaty-action-input';
import { recordAudit, type AuditActor, type TransactionClient } from '../../mutations/audit.ts';
import { conventionRulesOf } from '../../treaty/convention-rules-of.ts';
import { treatyRecordOf } from '../../treaty/treaty-record-of.ts';
import { reassessInvitationCapacities } from '../invitations/reassess-invitation-capacities.ts';

function storedDatesOf(record: TreatyRecord | null): StoredTreatyDates | null {
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

/**
 * Records a signature, a deposit or a notice of withdrawal on the State's treaty record, creating it when it has
 * none; the domain (applyTreatyAction) works out the dates. Correcting a fact already recorded needs the version
 * read. Audited, and the State's invitations follow its new standing. `input` is checked by the domain's schema.
 */
export async function recordTreatyAction(options: {
  tx: TransactionClient;
  actor: AuditActor;
  now: Date;
  input: unknown;
}): Promise<TreatyRecord> {
  const { tx, actor, now } = options;
  const input = parseInput({ schema: treatyActionInputSchema, input: options.input });
  const {
    state,
    convention,
    record: before,
  } = await treatyRecordOf(tx, { where: { iso3: input.state }, key: input.state }, input.convention);
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
    throw new ConflictError({
      message: `The treaty record of ${state.iso3} was changed since you read it (version ${input.version}, now ${before.version}). Reload it and record the action again.`,
    });
  }
  if (replacesRecordedFact && input.version === undefined) {
    throw new ConflictError({
      message: `The treaty record of ${state.iso3} already has this ${input.action.replace('_', ' ').toLowerCase()}. To correct it, send the version of the record you read.`,
    });
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
  let after: TreatyRecord;
  if (before) {
    // Optimistic concurrency: a concurrent action on the same record makes this update miss.
    const updated = await tx.treatyRecord.updateMany({
      where: { id: before.id, version: before.version },
      data: { ...data, version: { increment: 1 } },
    });
    if (updated.count !== 1)
      throw new ConflictError({
        message: `The treaty record of ${state.iso3} was changed by someone else just now. Reload it and try again.`,
      });
    after = await tx.treatyRecord.findUniqueOrThrow({ where: { id: before.id } });
  } else {
    after = await tx.treatyRecord.create({ data: { ...data, stateId: state.id, conventionId: convention.id } });
  }
  const action = `treatyRecord.${input.action === 'WITHDRAWAL_NOTICE' ? 'withdrawalNotice' : input.action.toLowerCase()}`;
  await recordAudit({
    tx,
    actor,
    now,
    entry: { action, entityType: 'TreatyRecord', entityId: after.id, before, after },
  });
  // The State's invitations to meetings not yet open follow its standing on their opening days (rule 1.1).
  await reassessInvitationCapacities({
    tx,
    actor,
    now,
    input: { scope: { stateId: state.id, conventionId: convention.id }, cause: action },
  });
  return after;
}
