import { fromCalendarDate, toCalendarDate, type Prisma } from '@plenary/db';
import { ConflictError, formatMeetingCode, formatMeetingTitle } from '@plenary/domain';
import type { MeetingRecordInput } from '@plenary/domain/inputs/meeting-record-input';
import type { AuditActor, TransactionClient } from '../../mutations/audit.ts';
import { notFound } from '../../mutations/global-id.ts';
import { plainInput } from '../../mutations/plain-input.ts';

// A meeting as the secretariat records it (the domain's meetingRecordInputSchema) and as the database stores it:
// the mapping both ways, shared by createMeeting and updateMeeting.

/** What a meeting use case is given: the transaction, who acts (for the audit trail), the instant and the input. */
export interface MeetingUseCase<Input> {
  tx: TransactionClient;
  actor: AuditActor;
  now: Date;
  input: Input;
}

export const MEETING_RECORD = {
  convention: true,
  presidentState: true,
  noteIssuingOffice: true,
  secretariatOffice: true,
  mandateResolution: true,
} as const;
export type StoredMeeting = Prisma.MeetingGetPayload<{ include: typeof MEETING_RECORD }>;

/** A stored meeting in the shape of the domain's meeting input, so that an update is checked as a whole. */
export function recordInputOf(meeting: StoredMeeting): Record<string, unknown> {
  return plainInput({
    conventionCode: meeting.convention.code,
    kind: meeting.kind,
    number: meeting.number,
    part: meeting.part,
    code: meeting.code,
    title: meeting.title,
    opensOn: meeting.opensOn,
    closesOn: meeting.closesOn,
    venue: meeting.venue,
    city: meeting.city,
    country: meeting.country,
    venueFr: meeting.venueFr,
    cityFr: meeting.cityFr,
    countryFr: meeting.countryFr,
    timeZone: meeting.timeZone,
    presidencyStateCode: meeting.presidentState?.iso3,
    presidentName: meeting.presidentName,
    conveningNote:
      meeting.noteReference && meeting.noteDate && meeting.noteIssuingOffice
        ? {
            reference: meeting.noteReference,
            date: meeting.noteDate,
            issuingOffice: meeting.noteIssuingOffice.code,
            addressees: meeting.noteAddressees,
            addresseesFr: meeting.noteAddresseesFr,
            mandateResolution: meeting.mandateResolution?.number,
          }
        : undefined,
    delegationDeadline: meeting.delegationDeadline,
    delegationDeadlineWeekdayAsIssued: meeting.delegationDeadlineWeekdayAsIssued,
    reportingDeadline: meeting.reportingDeadline,
    secretariatOfficeCode: meeting.secretariatOffice?.code,
    webPage: meeting.webPage,
    symbolPrefix: meeting.symbolPrefix,
  }) as Record<string, unknown>;
}

/**
 * The stored meeting with the update applied: absent fields kept, `null` fields cleared; computed code and title
 * follow kind and number. The convening note's details are one group: given, they replace the stored ones. A weekday
 * as issued belongs to the deadline it was printed with: a new deadline without one drops it.
 */
export function mergeUpdate(meeting: StoredMeeting, update: Record<string, unknown>): Record<string, unknown> {
  const merged = recordInputOf(meeting);
  const computedCode =
    merged.code === formatMeetingCode({ kind: meeting.kind, number: meeting.number, part: meeting.part });
  const computedTitle = merged.title === formatMeetingTitle({ kind: meeting.kind, number: meeting.number });
  const renumbered = 'kind' in update || 'number' in update || 'part' in update;
  if (renumbered && computedCode && !('code' in update)) delete merged.code;
  if (renumbered && computedTitle && !('title' in update)) delete merged.title;
  const deadline = update.delegationDeadline;
  const newDeadline = deadline !== undefined && plainInput(deadline) !== merged.delegationDeadline;
  if (newDeadline && !('delegationDeadlineWeekdayAsIssued' in update)) delete merged.delegationDeadlineWeekdayAsIssued;
  for (const [key, value] of Object.entries(update)) {
    if (value === null) delete merged[key];
    else merged[key] = plainInput(value);
  }
  return merged;
}

async function idOfCode<T extends { id: string }>(
  find: () => Promise<T | null>,
  entity: string,
  key: string,
): Promise<string> {
  const row = await find();
  if (!row) throw notFound(entity, key);
  return row.id;
}

/** The database columns of a checked meeting input; offices, the presiding State and the resolution are looked up. */
export async function meetingColumns(tx: TransactionClient, input: MeetingRecordInput) {
  const { presidencyStateCode, secretariatOfficeCode, conveningNote: note } = input;
  const issuingOffice = note?.issuingOffice;
  const resolution = note?.mandateResolution;
  return {
    kind: input.kind,
    number: input.number,
    part: input.part ?? null,
    code: input.code ?? formatMeetingCode({ kind: input.kind, number: input.number, part: input.part ?? null }),
    title: input.title ?? formatMeetingTitle({ kind: input.kind, number: input.number }),
    opensOn: fromCalendarDate(input.opensOn),
    closesOn: fromCalendarDate(input.closesOn),
    venue: input.venue,
    city: input.city,
    country: input.country ?? null,
    venueFr: input.venueFr ?? null,
    cityFr: input.cityFr ?? null,
    countryFr: input.countryFr ?? null,
    timeZone: input.timeZone,
    presidentStateId: presidencyStateCode
      ? await idOfCode(
          () => tx.state.findUnique({ where: { iso3: presidencyStateCode }, select: { id: true } }),
          'State',
          presidencyStateCode,
        )
      : null,
    presidentName: input.presidentName ?? null,
    noteReference: note?.reference ?? null,
    noteDate: note ? fromCalendarDate(note.date) : null,
    noteIssuingOfficeId: issuingOffice
      ? await idOfCode(
          () => tx.office.findUnique({ where: { code: issuingOffice }, select: { id: true } }),
          'Office',
          issuingOffice,
        )
      : null,
    noteAddressees: note?.addressees ?? null,
    noteAddresseesFr: note?.addresseesFr ?? null,
    mandateResolutionId: resolution
      ? await idOfCode(
          () => tx.generalAssemblyResolution.findUnique({ where: { number: resolution }, select: { id: true } }),
          'GeneralAssemblyResolution',
          resolution,
        )
      : null,
    delegationDeadline: input.delegationDeadline ? fromCalendarDate(input.delegationDeadline) : null,
    delegationDeadlineWeekdayAsIssued: input.delegationDeadlineWeekdayAsIssued ?? null,
    reportingDeadline: input.reportingDeadline ? fromCalendarDate(input.reportingDeadline) : null,
    secretariatOfficeId: secretariatOfficeCode
      ? await idOfCode(
          () => tx.office.findUnique({ where: { code: secretariatOfficeCode }, select: { id: true } }),
          'Office',
          secretariatOfficeCode,
        )
      : null,
    webPage: input.webPage ?? null,
    symbolPrefix: input.symbolPrefix,
  };
}

export async function assertCodeIsFree(
  tx: TransactionClient,
  options: { conventionId: string; code: string; exceptId?: string },
): Promise<void> {
  const existing = await tx.meeting.findFirst({
    where: {
      conventionId: options.conventionId,
      code: options.code,
      ...(options.exceptId && { id: { not: options.exceptId } }),
    },
    select: { id: true },
  });
  if (existing)
    throw new ConflictError({ message: `The convention already has a meeting with the code ${options.code}.` });
}

export function staleMeeting(meeting: { code: string }): ConflictError {
  return new ConflictError({
    message: `Meeting ${meeting.code} was changed by someone else since you read it. Reload it and apply your change again.`,
  });
}

/** What the audit trail keeps of a meeting's status change or convening. */
export function auditedState(meeting: { status: string; convenedOn: Date | null; version: number }) {
  return {
    status: meeting.status,
    convenedOn: meeting.convenedOn && toCalendarDate(meeting.convenedOn),
    version: meeting.version,
  };
}
