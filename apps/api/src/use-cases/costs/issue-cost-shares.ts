import { toCalendarDate, type CostShareIssue } from '@plenary/db';
import {
  apportionCosts,
  assertScaleApplies,
  assertScaleRatesEveryPayer,
  chooseAssessmentScale,
  ConflictError,
  INVITED_STATUSES,
  NotFoundError,
  UN_SCALE_LIMITS,
  ValidationError,
  type CostPayer,
  type ValidationIssue,
} from '@plenary/domain';
import { costShareIssueInputSchema, type CostShareIssueInput } from '@plenary/domain/inputs/cost-share-issue-input';
import { parseInput } from '@plenary/domain/inputs/parse-input';
import { formatMoney } from '../../costs/format-money.ts';
import { actingUserId, recordAudit, type AuditActor, type TransactionClient } from '../../mutations/audit.ts';
import { conventionRulesOf } from '../../treaty/convention-rules-of.ts';

/**
 * The scale whose period covers the meeting, or one the secretariat names (database id or name) with, when it does
 * not cover the meeting, why it is applied (recorded and printed on the notices).
 */
export type AssessmentScaleChoice =
  { inForce: true } | { named: { id: string } | { name: string }; overrideReason: string | null };

export interface IssueCostSharesInput {
  meetingId: string;
  scale: AssessmentScaleChoice;
  /** Who pays, whether the ceiling and floor are re-applied, and the agreed rates by ISO code: as sent, unchecked. */
  apportionment: {
    payerRule?: string | null;
    ceilingAndFloor?: boolean | null;
    explicitRates?: readonly { iso3: string; ratePercent: string }[] | null;
  };
  /** The version of the current issue the caller read; a later issue is not overwritten. */
  replacesVersion: number | null;
}

/** The apportionment's options, checked (ValidationError), each agreed rate's State by its ISO code in capitals. */
function apportionmentOf(apportionment: IssueCostSharesInput['apportionment']): CostShareIssueInput {
  return parseInput({
    schema: costShareIssueInputSchema,
    input: {
      payerRule: apportionment.payerRule ?? undefined,
      ceilingAndFloor: apportionment.ceilingAndFloor ?? false,
      explicitRates: (apportionment.explicitRates ?? []).map((rate) => ({
        iso3: rate.iso3.trim().toUpperCase(),
        ratePercent: rate.ratePercent,
      })),
    },
  });
}

const SCALE_COLUMNS = { id: true, name: true, firstYear: true, lastYear: true, complete: true } as const;

async function scaleFor(options: {
  tx: TransactionClient;
  meeting: { code: string; opensOn: string };
  choice: AssessmentScaleChoice;
}) {
  const { tx, meeting, choice } = options;
  if ('inForce' in choice)
    return chooseAssessmentScale({
      scales: await tx.assessmentScale.findMany({ select: SCALE_COLUMNS }),
      meetingCode: meeting.code,
      opensOn: meeting.opensOn,
    });
  const scale = choice.named;
  const found = await tx.assessmentScale.findUnique({
    where: 'id' in scale ? { id: scale.id } : { name: scale.name },
    select: SCALE_COLUMNS,
  });
  if (!found) throw new NotFoundError({ entity: 'AssessmentScale', key: 'id' in scale ? scale.id : scale.name });
  return found;
}

/**
 * Shares a meeting's current cost estimate among its payers (Art. 14) on the scale in force when it opens, and
 * issues the shares as a new version; the previous issue is kept, superseded. Payers are the States invited and not
 * turned away: States Parties pay, a State not party when it participates (a registered delegation, or participation
 * recorded after the meeting).
 */
export async function issueCostShares(options: {
  tx: TransactionClient;
  actor: AuditActor;
  now: Date;
  input: IssueCostSharesInput;
}): Promise<CostShareIssue> {
  const { tx, actor, now } = options;
  const input = { ...options.input, ...apportionmentOf(options.input.apportionment) };
  const { meetingId } = input;
  const meeting = await tx.meeting.findUnique({ where: { id: meetingId }, include: { convention: true } });
  if (!meeting) throw new NotFoundError({ entity: 'Meeting', key: meetingId });
  const opensOn = toCalendarDate(meeting.opensOn);
  const scale = await scaleFor({ tx, meeting: { code: meeting.code, opensOn }, choice: input.scale });
  const scaleOverrideReason = assertScaleApplies({
    scale,
    meetingCode: meeting.code,
    opensOn,
    overrideReason: 'named' in input.scale ? input.scale.overrideReason : null,
  });
  const estimate = await tx.costEstimate.findFirst({ where: { meetingId }, orderBy: { version: 'desc' } });
  if (!estimate) {
    throw new NotFoundError({
      entity: 'CostEstimate',
      key: meeting.code,
      message: `${meeting.code} has no cost estimate yet: set one with setCostEstimate before issuing the shares.`,
    });
  }
  const latest = await tx.costShareIssue.findFirst({
    where: { meetingId },
    orderBy: { version: 'desc' },
    select: { version: true },
  });
  const currentVersion = latest?.version ?? 0;
  if (input.replacesVersion !== null && input.replacesVersion !== currentVersion) {
    throw new ConflictError({
      message: `The cost shares of ${meeting.code} are at version ${currentVersion}, not ${input.replacesVersion}: they were issued since you read them. Reload them and issue again.`,
    });
  }

  // Art. 14(1): the States Parties (invited as such) and the States not party that participate.
  const invitations = await tx.invitation.findMany({
    // States invited and not turned away: they are the candidate payers.
    where: { meetingId, stateId: { not: null }, status: { in: [...INVITED_STATUSES] } },
    select: {
      capacity: true,
      participationRecordedAt: true,
      state: { select: { id: true, iso3: true, nameEn: true } },
      delegation: { select: { id: true } },
    },
  });
  const invitedStates = invitations.flatMap((invitation) =>
    invitation.state ? [{ ...invitation, state: invitation.state }] : [],
  );
  const stateIdOf = new Map(invitedStates.map((invitation) => [invitation.state.iso3, invitation.state.id]));
  const rateIssues: ValidationIssue[] = input.explicitRates.flatMap((rate, index) =>
    stateIdOf.has(rate.iso3)
      ? []
      : [
          {
            path: `explicitRates.${index}.iso3`,
            message: `${rate.iso3} is not a State invited to ${meeting.code}, so it cannot be given a rate for it.`,
          },
        ],
  );
  if (rateIssues.length > 0) throw new ValidationError({ issues: rateIssues });

  const rates = await tx.assessmentRate.findMany({
    where: { scaleId: scale.id, stateId: { in: [...stateIdOf.values()] } },
    select: { stateId: true, ratePercent: true },
  });
  const unRateOf = new Map(rates.map((rate) => [rate.stateId, rate.ratePercent]));
  const explicitRateOf = new Map(input.explicitRates.map((rate) => [rate.iso3, rate.ratePercent]));
  const payers: CostPayer[] = invitedStates.map(({ capacity, state, delegation, participationRecordedAt }) => ({
    code: state.iso3,
    name: state.nameEn,
    stateParty: capacity === 'STATE_PARTY',
    participating: delegation !== null || participationRecordedAt !== null,
    unRate: unRateOf.get(state.id) ?? null,
    explicitRate: explicitRateOf.get(state.iso3) ?? null,
  }));
  const payerRule = input.payerRule ?? meeting.convention.defaultPayerRule;
  const apportionment = apportionCosts({
    total: formatMoney(estimate.total),
    currency: estimate.currency,
    payers,
    rules: conventionRulesOf(meeting.convention),
    payerRule,
    ceilingAndFloor: input.ceilingAndFloor ? UN_SCALE_LIMITS : null,
  });
  assertScaleRatesEveryPayer({ scale, unratedPayers: apportionment.unassessed });

  const superseded = await tx.costShareIssue.updateMany({
    where: { meetingId, supersededAt: null },
    data: { supersededAt: now },
  });
  const issue = await tx.costShareIssue.create({
    data: {
      meetingId,
      version: currentVersion + 1,
      estimateId: estimate.id,
      scaleId: scale.id,
      scaleOverrideReason,
      payerRule,
      ceilingAndFloorReapplied: input.ceilingAndFloor,
      currency: estimate.currency,
      total: estimate.total,
      issuedAt: now,
      issuedById: actingUserId(actor),
      shares: {
        createMany: {
          data: [
            ...apportionment.shares.map((share) => ({
              stateId: stateIdOf.get(share.code) as string,
              ratePercent: share.rate,
              sharePercent: share.sharePercent,
              amount: share.amount,
              assessed: true,
            })),
            ...apportionment.unassessed.map((payer) => ({
              stateId: stateIdOf.get(payer.code) as string,
              assessed: false,
            })),
          ],
        },
      },
    },
  });
  await recordAudit({
    tx,
    actor,
    now,
    entry: {
      action: 'costShares.issue',
      entityType: 'CostShareIssue',
      entityId: issue.id,
      before: superseded.count > 0 ? { supersededVersion: currentVersion } : undefined,
      after: {
        meetingId,
        version: issue.version,
        estimateVersion: estimate.version,
        scale: scale.name,
        // Chosen by the meeting's opening date, or named by the secretariat (with the reason when outside its period).
        scaleChosenBy: 'inForce' in input.scale ? 'MEETING_DATE' : 'SECRETARIAT',
        scaleOverrideReason,
        payerRule,
        ceilingAndFloor: input.ceilingAndFloor,
        explicitRates: input.explicitRates,
        total: apportionment.total,
        currency: apportionment.currency,
        shares: apportionment.shares.map((share) => ({
          iso3: share.code,
          rateSource: share.rateSource,
          rate: share.rate,
          sharePercent: share.sharePercent,
          amount: share.amount,
        })),
        unassessed: apportionment.unassessed.map((payer) => payer.code),
      },
    },
  });
  return issue;
}
