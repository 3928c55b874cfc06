import type { PublicObserverApplicationInput } from '@plenary/domain/inputs/meeting-record-input';
import { recordAudit, type AuditActor, type TransactionClient } from '../../mutations/audit.ts';
import { notFound } from '../../mutations/global-id.ts';
import { recordObserverApplication } from './record-observer-application.ts';

/**
 * An organisation applies on the public page, without an account (rule 1.3). Moderated: the application is REQUESTED
 * until the secretariat decides. An organisation already known by its acronym is used as it is (an applicant cannot
 * change its record); a new one is recorded. Answers only when the application was received.
 */
export async function applyToObserve(options: {
  tx: TransactionClient;
  actor: AuditActor;
  now: Date;
  input: PublicObserverApplicationInput & { meetingId: string };
}): Promise<{ receivedAt: Date }> {
  const { tx, actor, now, input } = options;
  const meeting = await tx.meeting.findUnique({ where: { id: input.meetingId } });
  if (!meeting) throw notFound('Meeting', input.meetingId);
  let organisation = await tx.organisation.findFirst({
    where: { acronym: { equals: input.acronym, mode: 'insensitive' } },
  });
  if (!organisation) {
    organisation = await tx.organisation.create({
      data: { acronym: input.acronym, name: input.organisationName, kind: input.kind, website: input.website ?? null },
    });
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
  await recordObserverApplication({
    tx,
    actor,
    now,
    meeting,
    organisation,
    motivation: input.motivation,
    contact: { name: input.contactName, email: input.contactEmail },
  });
  return { receivedAt: now };
}
