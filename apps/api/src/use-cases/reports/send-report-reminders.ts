import { fromCalendarDate, type Prisma } from '@plenary/db';
import type { DocumentLanguage, ReportKind } from '@plenary/domain';
import { ConflictError, NotFoundError, renderReportReminder, ValidationError } from '@plenary/domain';
import { parseInput } from '@plenary/domain/inputs/parse-input';
import { reportReminderInputSchema } from '@plenary/domain/inputs/report-reminder-input';
import { numberReminderReferences, reportRemindersInputSchema } from '@plenary/domain/inputs/report-reminders-input';
import { loadReportReminderData } from '../../documents/document-data.ts';
import { actingUserId, recordAudit, type AuditActor, type TransactionClient } from '../../mutations/audit.ts';

/** The audit action of a sent reminder; the compliance screen and the audit trail find reminders by it. */
export const REPORT_REMINDER_SENT = 'reportReminder.send';

export interface ReminderRequest {
  state: { where: Prisma.StateWhereUniqueInput; key: string };
  conventionCode: string;
  kind: ReportKind;
  periodYear: number;
  reference: string;
  /** The note's date. */
  date: string;
  issuingOffice: string;
  submissionOffice?: string | undefined;
  language: DocumentLanguage;
  /** Where a list names this note in a refusal (`reports.<index>`); left out for a note sent alone. */
  path?: string;
}

interface ReminderToRecord {
  stateId: string;
  conventionId: string;
  kind: ReportKind;
  periodYear: number;
  reference: string;
  /** The note's date. */
  date: string;
  /** The due date the note cites. */
  dueOn: string;
  issuingOffice: string;
  submissionOffice: string;
  language: DocumentLanguage;
}

/**
 * What is recorded for one note, after checking that it could be sent: the State and offices exist, the report is
 * owed and overdue on the note's date (rendering refuses one that is not).
 */
async function prepareReminder(tx: TransactionClient, request: ReminderRequest): Promise<ReminderToRecord> {
  const state = await tx.state.findUnique({ where: request.state.where, select: { id: true, iso3: true } });
  if (!state) throw new NotFoundError({ entity: 'State', key: request.state.key });
  const convention = await tx.convention.findUnique({ where: { code: request.conventionCode }, select: { id: true } });
  if (!convention) throw new NotFoundError({ entity: 'Convention', key: request.conventionCode });
  try {
    const reminder = await loadReportReminderData(tx, {
      stateId: state.id,
      conventionCode: request.conventionCode,
      kind: request.kind,
      periodYear: request.periodYear,
      reference: request.reference,
      date: request.date,
      issuingOfficeCode: request.issuingOffice,
      submissionOfficeCode: request.submissionOffice ?? null,
    });
    renderReportReminder({ reminder, language: request.language, format: 'TEXT' });
    return {
      stateId: state.id,
      conventionId: convention.id,
      kind: request.kind,
      periodYear: request.periodYear,
      reference: request.reference,
      date: request.date,
      dueOn: reminder.report.dueOn,
      issuingOffice: request.issuingOffice,
      submissionOffice: request.submissionOffice ?? request.issuingOffice,
      language: request.language,
    };
  } catch (error) {
    // In a list, say which State's note is refused.
    if (error instanceof ValidationError && request.path !== undefined) {
      throw new ValidationError({
        issues: error.issues.map((issue) => ({
          path: `${request.path}.${issue.path}`,
          message: `${state.iso3}: ${issue.message}`,
        })),
      });
    }
    throw error;
  }
}

/**
 * Records on the States' records that reminder notes verbales were sent, with an audit event each: all of them or,
 * when one reference is already used (by an earlier note or twice in the list) or a note could not be sent, none.
 * A note's reference is used once, so a double click or a reused number is noticed.
 */
export async function sendReportReminders(options: {
  tx: TransactionClient;
  actor: AuditActor;
  now: Date;
  input: { requests: readonly ReminderRequest[] };
}) {
  const { tx, actor, now, input } = options;
  // One note after the other: a refusal names the first note that cannot be sent.
  const reminders: ReminderToRecord[] = [];
  for (const request of input.requests) reminders.push(await prepareReminder(tx, request));
  const references = reminders.map((reminder) => reminder.reference);
  const repeated = references.find((reference, index) => references.indexOf(reference) !== index);
  if (repeated !== undefined)
    throw new ConflictError({
      message: `The reference ${repeated} is given to two notes; give each note its own reference.`,
    });
  // Two officers sending under one reference at once: the unique reference makes the second transaction fail whole.
  const earlier = await tx.reportReminder.findMany({
    where: { reference: { in: references } },
    select: { reference: true, date: true },
    orderBy: { reference: 'asc' },
  });
  if (earlier.length > 0) {
    const used = earlier
      .map(
        (reminder) =>
          `A reminder with the reference ${reminder.reference} was already sent on ${reminder.date.toISOString().slice(0, 10)}`,
      )
      .join('; ');
    throw new ConflictError({ message: `${used}; give each note its own reference.` });
  }
  const sentById = actingUserId(actor);
  const sent = [];
  for (const reminder of reminders) {
    const { date, dueOn, ...rest } = reminder;
    const row = await tx.reportReminder.create({
      data: { ...rest, date: fromCalendarDate(date), dueOn: fromCalendarDate(dueOn), sentById, sentAt: now },
    });
    await recordAudit({
      tx,
      actor,
      now,
      entry: {
        action: REPORT_REMINDER_SENT,
        entityType: 'State',
        entityId: reminder.stateId,
        after: { ...reminder, sentAt: now },
      },
    });
    sent.push(row);
  }
  return sent;
}

/** A State as the mutation names it: where to find it, and how to name it in a NotFoundError. */
type StateReference = ReminderRequest['state'];

/** One note, as `sendReportReminder` takes it: its fields as sent, checked here before anything is read. */
export async function sendReportReminder(options: {
  tx: TransactionClient;
  actor: AuditActor;
  now: Date;
  input: { state: StateReference; conventionCode: string; reminder: unknown };
}) {
  const { input } = options;
  const reminder = parseInput({ schema: reportReminderInputSchema, input: input.reminder });
  const [sent] = await sendReportReminders({
    ...options,
    input: { requests: [{ ...reminder, state: input.state, conventionCode: input.conventionCode }] },
  });
  return sent!;
}

/**
 * Notes to several States, as `sendReportReminders` takes them: checked here, then numbered from the reference
 * pattern in the order given, and sent all or none.
 */
export async function sendNumberedReportReminders(options: {
  tx: TransactionClient;
  actor: AuditActor;
  now: Date;
  input: { conventionCode: string; reminders: unknown };
}) {
  const { input } = options;
  const reminders = parseInput({ schema: reportRemindersInputSchema, input: input.reminders });
  const references = numberReminderReferences({
    pattern: reminders.referencePattern,
    firstNumber: reminders.firstNumber,
    count: reminders.reports.length,
  });
  const requests = reminders.reports.map((report, index) => ({
    ...reminders,
    ...report,
    state: { where: { iso3: report.state }, key: report.state },
    reference: references[index]!,
    conventionCode: input.conventionCode,
    path: `reports.${index}`,
  }));
  return sendReportReminders({ ...options, input: { requests } });
}
