import { AdminReportReminderDocument, AdminSendReportReminderDocument, type DocumentLanguage, type ReportKind } from '@plenary/sdk';
import { TITLE_LANGUAGES } from '@plenary/domain/enums';
import { useState, type FormEvent } from 'react';
import { FormProblem, SelectField, TextField } from '../components/field.tsx';
import { issuesAt, successOf } from '../lib/action.ts';
import { optional } from '../lib/form-values.ts';
import { formatDate, formatDateTime, humanise, today } from '../lib/format.ts';
import { useAction } from '../lib/use-action.ts';
import { useClient } from '../session.tsx';

// The reminder of an overdue Article 7 report: the secretariat previews the note verbale the API renders (English or
// French), then records that it was sent, which the API writes to the audit trail.

// The seeded offices of the Convention's implementation support: the note comes from ODA, reports go to Geneva.
const DEFAULT_ISSUING_OFFICE = 'ODA';
const DEFAULT_SUBMISSION_OFFICE = 'ODA-GENEVA';

const LANGUAGE_LABELS: Record<DocumentLanguage, string> = {
  EN: 'English',
  FR: 'French',
};

export interface OverdueReport {
  iso3: string;
  stateName: string;
  kind: ReportKind;
  periodYear: number;
  dueOn: string;
}

const FIELD_PATHS = ['reference', 'date', 'issuingOffice', 'submissionOffice', 'language', 'kind', 'periodYear'];

export function ReportReminder({ report, onClose }: { report: OverdueReport; onClose: () => void }) {
  const client = useClient();
  const [reference, setReference] = useState('');
  const [date, setDate] = useState(today());
  const [issuingOffice, setIssuingOffice] = useState(DEFAULT_ISSUING_OFFICE);
  const [submissionOffice, setSubmissionOffice] = useState(DEFAULT_SUBMISSION_OFFICE);
  const [language, setLanguage] = useState<DocumentLanguage>('EN');
  const note = {
    kind: report.kind,
    periodYear: report.periodYear,
    reference: reference.trim(),
    date: optional(date),
    issuingOffice: issuingOffice.trim(),
    submissionOffice: optional(submissionOffice),
    language,
  };

  const preview = useAction(
    async () =>
      (
        await client.request(AdminReportReminderDocument, {
          iso3: report.iso3,
          ...note,
        })
      ).state?.reportReminder ?? null,
  );
  const send = useAction(
    async () =>
      successOf(
        (
          await client.request(AdminSendReportReminderDocument, {
            input: { state: report.iso3, ...note },
          })
        ).sendReportReminder,
      ),
    {
      invalidate: [['audit']],
    },
  );
  const problem = send.problem ?? preview.problem;
  // A changed field makes the preview stale: it is previewed again before it can be recorded as sent.
  const edit =
    <Value,>(set: (value: Value) => void) =>
    (value: Value) => {
      preview.reset();
      send.reset();
      set(value);
    };
  const title = `${humanise(report.kind)} report ${report.periodYear} of ${report.stateName}`;

  return (
    <section className="card" aria-labelledby="reminder-title">
      <h3 id="reminder-title">Reminder: {title}</h3>
      <p className="hint">Due on {formatDate(report.dueOn)} and not received.</p>
      <form
        noValidate
        aria-label="The reminder note verbale"
        onSubmit={(event: FormEvent) => {
          event.preventDefault();
          send.reset();
          preview.run(undefined);
        }}
      >
        <FormProblem problem={problem} shownPaths={FIELD_PATHS} />
        <div className="form-grid">
          <TextField
            label="Note reference"
            value={reference}
            onChange={(event) => edit(setReference)(event.target.value)}
            hint='E.g. "ODA/2025-00123"; each note has its own.'
            errors={issuesAt(problem, 'reference')}
          />
          <TextField label="Date of the note" type="date" value={date} onChange={(event) => edit(setDate)(event.target.value)} errors={issuesAt(problem, 'date')} />
          <TextField
            label="Issuing office"
            value={issuingOffice}
            onChange={(event) => edit(setIssuingOffice)(event.target.value)}
            hint="The office's code."
            errors={issuesAt(problem, 'issuingOffice')}
          />
          <TextField
            label="Office reports go to"
            value={submissionOffice}
            onChange={(event) => edit(setSubmissionOffice)(event.target.value)}
            hint="The office's code."
            errors={issuesAt(problem, 'submissionOffice')}
          />
          <SelectField
            label="Language of the note"
            value={language}
            onChange={(event) => edit(setLanguage)(event.target.value as DocumentLanguage)}
            options={TITLE_LANGUAGES.map((value) => ({
              value,
              label: LANGUAGE_LABELS[value],
            }))}
            errors={issuesAt(problem, 'language')}
          />
        </div>
        <div className="form-actions">
          <button type="submit" className="button-secondary" disabled={preview.pending}>
            Preview the note
          </button>
          <button type="button" disabled={send.pending || !preview.result} onClick={() => send.run(undefined)}>
            Record the note as sent
          </button>
          <button type="button" className="button-secondary" onClick={onClose}>
            Close
          </button>
        </div>
      </form>
      {preview.result && (
        <figure className="note-preview">
          <figcaption>{preview.result.fileName}</figcaption>
          <pre lang={language.toLowerCase()} tabIndex={0}>
            {preview.result.content}
          </pre>
        </figure>
      )}
      {send.result && (
        <p role="status" className="notice notice-success">
          Reminder {send.result.reminder.reference} of {formatDate(send.result.reminder.date)} recorded as sent on {formatDateTime(send.result.reminder.sentAt)}.
        </p>
      )}
    </section>
  );
}
