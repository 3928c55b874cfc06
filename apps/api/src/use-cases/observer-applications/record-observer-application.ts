import type { Meeting, Organisation } from '@plenary/db';
import { assertMayApplyAsObserver } from '@plenary/domain';
import { recordAudit, type AuditActor, type TransactionClient } from '../../mutations/audit.ts';

/**
 * Rule 1.3: records an organisation's application to observe a meeting, REQUESTED, as the first step of its status
 * history. Throws a ConflictError when the organisation observes as of right or has applied already.
 */
export async function recordObserverApplication(options: {
  tx: TransactionClient;
  actor: AuditActor;
  now: Date;
  meeting: Meeting;
  organisation: Organisation;
  motivation: string;
  contact?: { name: string; email: string };
}) {
  const { tx, actor, now, meeting, organisation, motivation, contact } = options;
  // One after the other: a transaction holds one connection, which runs one statement at a time.
  const ofRight = await tx.observerOfRight.findUnique({
    where: { conventionId_organisationId: { conventionId: meeting.conventionId, organisationId: organisation.id } },
  });
  const existingInvitation = await tx.invitation.findUnique({
    where: { meetingId_organisationId: { meetingId: meeting.id, organisationId: organisation.id } },
  });
  assertMayApplyAsObserver({
    organisationName: organisation.name,
    meetingStatus: meeting.status,
    observesAsOfRight: ofRight !== null,
    existingInvitation,
  });
  const invitation = await tx.invitation.create({
    data: {
      meetingId: meeting.id,
      organisationId: organisation.id,
      capacity: 'ORGANISATION_ON_REQUEST',
      status: 'REQUESTED',
      requestedAt: now,
      applicationText: motivation,
      contactName: contact?.name ?? null,
      contactEmail: contact?.email ?? null,
      statusChanges: { create: { status: 'REQUESTED', at: now } },
    },
  });
  await recordAudit({
    tx,
    actor,
    now,
    entry: {
      action: 'observerApplication.apply',
      entityType: 'Invitation',
      entityId: invitation.id,
      after: invitation,
    },
  });
  return invitation;
}
