import { fromCalendarDate, toCalendarDate, type Convention, type Meeting } from '@plenary/db';
import { listInvitations, planConvening } from '@plenary/domain';
import { recordAudit, type TransactionClient } from '../../mutations/audit.ts';
import { notFound } from '../../mutations/global-id.ts';
import { standingOn } from '../../treaty/standing-on.ts';
import { auditedState, staleMeeting, type MeetingUseCase } from './meeting-record.ts';

export interface ConveneMeetingInput {
  id: string;
  /** The meeting's ID as the caller gave it, named in a NotFoundError. */
  key: string;
  /** The version the caller read, checked only when this call convenes a draft; null: not checked. */
  version: number | null;
  /** The day asked for; null: the convening note's date, else today. */
  conveningDate: Date | null;
}

/**
 * Who a meeting of `convention` opening on `openingDay` invites: every State in the capacity its treaty record gives
 * it on that day, as known at convening (rule 1.1), and the organisations of right (rule 1.2).
 */
async function invitationsForOpeningDay(transaction: TransactionClient, convention: Convention, openingDay: string) {
  const states = await transaction.state.findMany({
    select: { id: true, iso3: true, nameEn: true, treatyRecords: { where: { conventionId: convention.id }, take: 1 } },
  });
  const organisationsOfRight = await transaction.observerOfRight.findMany({
    where: { conventionId: convention.id },
    select: { organisation: { select: { id: true, acronym: true, name: true } } },
  });
  const stateIds = new Map(states.map((state) => [state.iso3, state.id]));
  const organisationIds = new Map(
    organisationsOfRight.map(({ organisation }) => [organisation.acronym, organisation.id]),
  );
  const invitations = listInvitations({
    states: states.map((state) => {
      const record = state.treatyRecords[0];
      return {
        code: state.iso3,
        name: state.nameEn,
        status: standingOn(record && { ...record, convention }, openingDay).status,
      };
    }),
    organisationsOfRight: organisationsOfRight.map(({ organisation }) => ({
      code: organisation.acronym,
      name: organisation.name,
    })),
  });
  return invitations.map((invitation) =>
    invitation.participant.kind === 'STATE'
      ? {
          capacity: invitation.capacity,
          stateId: stateIds.get(invitation.participant.code) ?? null,
          organisationId: null,
        }
      : {
          capacity: invitation.capacity,
          stateId: null,
          organisationId: organisationIds.get(invitation.participant.code) ?? null,
        },
  );
}

function sameDay(stored: Date | null, date: string): boolean {
  return stored !== null && toCalendarDate(stored) === date;
}

/**
 * Convenes a draft meeting and issues its invitations for the opening day; a repeated or concurrent call changes
 * nothing, or only issues the invitations still missing. One audit event when something changed.
 */
export async function conveneMeeting({ tx, actor, now, input }: MeetingUseCase<ConveneMeetingInput>): Promise<Meeting> {
  const { id } = input;
  const before = await tx.meeting.findUnique({ where: { id }, include: { convention: true } });
  if (!before) throw notFound('Meeting', input.key);
  const plan = planConvening({
    status: before.status,
    opensOn: toCalendarDate(before.opensOn),
    convenedOn: before.convenedOn && toCalendarDate(before.convenedOn),
    noteDate: before.noteDate && toCalendarDate(before.noteDate),
    requestedDate: input.conveningDate ? toCalendarDate(input.conveningDate) : null,
    today: toCalendarDate(now),
  });
  if (plan.action === 'CONVENE' && input.version !== null && input.version !== before.version)
    throw staleMeeting(before);
  const invitations = await invitationsForOpeningDay(tx, before.convention, toCalendarDate(before.opensOn));
  // Each participant is invited once (unique per meeting): a repeated or concurrent call adds nothing.
  const issued = await tx.invitation.createMany({
    data: invitations.map((invitation) => ({ ...invitation, meetingId: id, status: 'ISSUED' as const })),
    skipDuplicates: true,
  });
  let convened = false;
  if (plan.action === 'CONVENE') {
    const { count } = await tx.meeting.updateMany({
      where: { id, status: 'DRAFT', version: before.version },
      data: { status: 'CONVENED', convenedOn: fromCalendarDate(plan.conveningDate), version: { increment: 1 } },
    });
    if (count === 0) {
      // Changed since it was read: fine if a concurrent call convened it on the same day, else a conflict.
      const current = await tx.meeting.findUnique({ where: { id } });
      if (!current) throw notFound('Meeting', input.key);
      if (current.status !== 'CONVENED' || !sameDay(current.convenedOn, plan.conveningDate)) throw staleMeeting(before);
    }
    convened = count === 1;
  }
  const after = await tx.meeting.findUniqueOrThrow({ where: { id } });
  // The audit trail records changes that happened: a repeated or concurrent call that found the meeting
  // convened and every invitation issued records nothing; one that only issued missing invitations says so.
  if (!convened && issued.count === 0) return after;
  await recordAudit({
    tx,
    actor,
    now,
    entry: {
      action: 'meeting.convene',
      entityType: 'Meeting',
      entityId: id,
      before: auditedState(convened ? before : after),
      after: { ...auditedState(after), invitationsIssued: issued.count },
    },
  });
  return after;
}
