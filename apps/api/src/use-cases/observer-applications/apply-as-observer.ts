import { applyAsObserverInputSchema } from '@plenary/domain/inputs/meeting-record-input';
import { parseInput } from '@plenary/domain/inputs/parse-input';
import { recordAudit, type AuditActor, type TransactionClient } from '../../mutations/audit.ts';
import { notFound } from '../../mutations/global-id.ts';
import { recordObserverApplication } from './record-observer-application.ts';

/**
 * A signed-in user applies for an organisation (rule 1.3), named by its ID or by its details; an organisation not yet
 * known by its acronym is recorded.
 */
export async function applyAsObserver(options: {
  tx: TransactionClient;
  actor: AuditActor;
  now: Date;
  /** The organisation by its database ID or by its details, and the motivation, as sent: checked here first. */
  input: { meetingId: string; organisationId: string | null; organisation?: unknown; motivation: unknown };
}) {
  const { tx, actor, now } = options;
  const { meetingId, organisationId } = options.input;
  const input = {
    meetingId,
    organisationId,
    ...parseInput({
      schema: applyAsObserverInputSchema,
      input: {
        organisationId: organisationId ?? undefined,
        organisation: options.input.organisation,
        motivation: options.input.motivation,
      },
    }),
  };
  const meeting = await tx.meeting.findUnique({ where: { id: input.meetingId } });
  if (!meeting) throw notFound('Meeting', input.meetingId);
  let organisation = input.organisationId
    ? await tx.organisation.findUnique({ where: { id: input.organisationId } })
    : await tx.organisation.findFirst({
        where: { acronym: { equals: input.organisation?.acronym, mode: 'insensitive' } },
      });
  if (!organisation && input.organisationId) throw notFound('Organisation', input.organisationId);
  if (!organisation && input.organisation) {
    const { acronym, name, kind, website } = input.organisation;
    organisation = await tx.organisation.create({ data: { acronym, name, kind, website: website ?? null } });
    await recordAudit({
      tx,
      actor,
      now,
      entry: {
        action: 'organisation.create',
        entityType: 'Organisation',
        entityId: organisation.id,
        after: organisation,
      },
    });
  }
  if (!organisation) throw notFound('Organisation', 'given');
  return recordObserverApplication({ tx, actor, now, meeting, organisation, motivation: input.motivation });
}
