import { type ApplyAsObserverInput } from '@plenary/domain';
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
  input: Omit<ApplyAsObserverInput, 'organisationId'> & { meetingId: string; organisationId: string | null };
}) {
  const { tx, actor, now, input } = options;
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
