import type { ReportKind, TitleLanguage } from '@plenary/domain';
import { ConflictError } from '@plenary/domain';
import type { Context } from '../../context.ts';
import { recordAudit, type TransactionClient } from '../../mutations/audit.ts';

/** The audit action of a sent reminder; the compliance screen and the audit trail find reminders by it. */
export const REPORT_REMINDER_SENT = 'reportReminder.send';

export interface SentReportReminder {
  stateId: string;
  kind: ReportKind;
  periodYear: number;
  reference: string;
  /** The note's date. */
  date: string;
  /** The due date the note cites. */
  dueOn: string;
  issuingOffice: string;
  submissionOffice: string;
  language: TitleLanguage;
  sentAt: Date;
}

/**
 * Records in the audit trail that the reminder note verbale was sent to the State. A note's reference is used once:
 * a second reminder under the same reference is refused, so a double click or a reused number is noticed.
 */
export async function sendReportReminder(options: { tx: TransactionClient; actor: Context; now: Date; input: Omit<SentReportReminder, 'sentAt'> }): Promise<SentReportReminder> {
  const { tx, actor, now, input } = options;
  // Two officers sending under one reference at once take turns, so the second sees the first's record.
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`${REPORT_REMINDER_SENT}:${input.reference}`}))`;
  const earlier = await tx.auditEvent.findFirst({ where: { action: REPORT_REMINDER_SENT, after: { path: ['reference'], equals: input.reference } }, select: { at: true } });
  if (earlier) {
    throw new ConflictError({ message: `A reminder with the reference ${input.reference} was already sent on ${earlier.at.toISOString().slice(0, 10)}; give this note its own reference.` });
  }
  const sent: SentReportReminder = { ...input, sentAt: now };
  await recordAudit(tx, actor, { action: REPORT_REMINDER_SENT, entityType: 'State', entityId: input.stateId, after: sent });
  return sent;
}
