import type { AssessmentScale } from '@plenary/db';
import { ConflictError, validateAssessmentScaleImport } from '@plenary/domain';
import { actingUserId, recordAudit, type AuditActor, type TransactionClient } from '../../mutations/audit.ts';

/** One rate as given, before the domain checks it. */
export interface RateRow {
  iso3: unknown;
  ratePercent: unknown;
}

export interface ImportAssessmentScaleInput {
  name: string;
  firstYear: number;
  lastYear: number;
  resolution: string;
  source: string;
  complete: boolean;
  rows: readonly RateRow[];
}

/**
 * Imports a whole scale of assessment, all or nothing: every bad row is reported at once, in the domain's names
 * (`rows.<index>.iso3`), and nothing is stored. A scale is never overwritten: a name already held is a conflict.
 */
export async function importAssessmentScale(options: {
  tx: TransactionClient;
  actor: AuditActor;
  now: Date;
  input: ImportAssessmentScaleInput;
}): Promise<AssessmentScale> {
  const { tx, actor, now, input } = options;
  const codes = input.rows.map((row) => row.iso3).filter((code): code is string => typeof code === 'string');
  const known = await tx.state.findMany({ where: { iso3: { in: codes } }, select: { id: true, iso3: true } });
  const stateIds = new Map(known.map((state) => [state.iso3, state.id]));
  // A complete scale is checked against the UN Member States of the States table.
  const members = input.complete
    ? await tx.state.findMany({ where: { unStatus: 'MEMBER' }, select: { iso3: true } })
    : [];
  const scale = validateAssessmentScaleImport({
    input,
    knownStateCodes: new Set(stateIds.keys()),
    memberStateCodes: new Set(members.map((state) => state.iso3)),
  });

  if (await tx.assessmentScale.findUnique({ where: { name: scale.name }, select: { id: true } })) {
    throw new ConflictError({
      message: `A scale named "${scale.name}" is already held; scales are never overwritten. Import it under another name.`,
    });
  }
  const created = await tx.assessmentScale.create({
    data: {
      name: scale.name,
      firstYear: scale.firstYear,
      lastYear: scale.lastYear,
      resolution: scale.resolution,
      source: scale.source,
      complete: scale.complete,
      importedAt: now,
      importedById: actingUserId(actor),
      rates: {
        createMany: {
          data: scale.rows.map((row) => ({
            stateId: stateIds.get(row.iso3) as string,
            ratePercent: row.ratePercent,
          })),
        },
      },
    },
  });
  await recordAudit({
    tx,
    actor,
    now,
    entry: {
      action: 'assessmentScale.import',
      entityType: 'AssessmentScale',
      entityId: created.id,
      after: { ...scale, rows: scale.rows.map((row) => ({ iso3: row.iso3, ratePercent: row.ratePercent })) },
    },
  });
  return created;
}
