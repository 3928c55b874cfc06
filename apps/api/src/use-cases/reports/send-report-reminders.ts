import type { DocumentLanguage, ReportKind } from '@plenary/domain';
import { ConflictError } from '@plenary/domain';
import type { Context } from '../../context.ts';
import { recordAudit, type TransactionClient } from '../../mutations/audit.ts';
import { fromCalendarDate } from '../../schema/scalars.ts';

/** The audit action of a sent reminder; the compliance screen and the audit trail find reminders by it. */
export const REPORT_REMINDER_SENT = 'reportReminder.send';

export interface ReminderToRecord {
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
 * Records on the States' records that reminder notes verbales were sent, with an audit event each: all of them or,
 * when one reference is already used (by an earlier note or twice in the list), none. Call it inside the mutation's
 * transaction. A note's reference is used once, so a double click or a reused number is noticed.
 */
export async function sendReportReminders(options: { tx: TransactionClient; actor: Context; now: Date; input: { reminders: readonly ReminderToRecord[] } }) {
  const { tx, actor, now, input } = options;
  const references = input.reminders.map((reminder) => reminder.reference);
  const repeated = references.find((reference, index) => references.indexOf(reference) !== index);
  if (repeated !== undefined) throw new ConflictError({ message: `The reference ${repeated} is given to two notes; give each note its own reference.` });
  // Two officers sending under one reference at once: the unique reference makes the second transaction fail whole.
  const earlier = await tx.reportReminder.findMany({ where: { reference: { in: references } }, select: { reference: true, date: true }, orderBy: { reference: 'asc' } });
  if (earlier.length > 0) {
    const used = earlier.map((reminder) => `A reminder with the reference ${reminder.reference} was already sent on ${reminder.date.toISOString().slice(0, 10)}`).join('; ');
    throw new ConflictError({ message: `${used}; give each note its own reference.` });
  }
  const sentById = actor.viewer.kind === 'user' ? actor.viewer.user.id : null;
  const sent = [];
  for (const reminder of input.reminders) {
    const { date, dueOn, ...rest } = reminder;
    const row = await tx.reportReminder.create({ data: { ...rest, date: fromCalendarDate(date), dueOn: fromCalendarDate(dueOn), sentById, sentAt: now } });
    await recordAudit(tx, actor, { action: REPORT_REMINDER_SENT, entityType: 'State', entityId: reminder.stateId, after: { ...reminder, sentAt: now } });
    sent.push(row);
  }
  return sent;
}
