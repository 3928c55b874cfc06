import {
  AdminReportReminderDocument,
  AdminSendReportReminderDocument,
  AdminSendReportRemindersDocument,
  AdminStateRemindersSentDocument,
  type Language,
  type ReportKind,
} from '@plenary/sdk';
import { useQuery } from '@tanstack/react-query';
import { TITLE_LANGUAGES, type TitleLanguage } from '@plenary/domain/enums';
import { useState, type FormEvent } from 'react';
import { FormProblem, SelectField, TextField } from '../components/field.tsx';
import { issuesAt, successOf } from '../lib/action.ts';
import { optional } from '../lib/form-values.ts';
import { formatDate, formatDateTime, humanise, today } from '../lib/format.ts';
import { useAction } from '../lib/use-action.ts';
import { useDownload } from '../lib/use-download.ts';
import { DataTable } from '../components/data-table.tsx';
import { QueryView } from '../components/status.tsx';
import { useClient } from '../session.tsx';

// The reminder of an overdue Article 7 report: the secretariat previews the note verbale the API renders (English or
// French), then records that it was sent, which the API writes to the audit trail.

// The seeded offices of the Convention's implementation support: the note comes from ODA, reports go to Geneva.
const DEFAULT_ISSUING_OFFICE = 'ODA';
const DEFAULT_SUBMISSION_OFFICE = 'ODA-GENEVA';

// The API names languages by the six UN languages; notes are written in English or French (TITLE_LANGUAGES).
const LANGUAGE_LABELS: Record<Language, string> = {
  AR: 'Arabic',
  ZH: 'Chinese',
  EN: 'English',
  FR: 'French',
  RU: 'Russian',
  ES: 'Spanish',
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
  const [language, setLanguage] = useState<TitleLanguage>('EN');
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
            input: { state: { iso3: report.iso3 }, ...note },
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
          <TextField
            label="Date of the note"
            type="date"
            value={date}
            onChange={(event) => edit(setDate)(event.target.value)}
            errors={issuesAt(problem, 'date')}
          />
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
            onChange={(event) => edit(setLanguage)(event.target.value as TitleLanguage)}
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
          Reminder {send.result.reminder.reference} of {formatDate(send.result.reminder.date)} recorded as sent on{' '}
          {formatDateTime(send.result.reminder.sentAt)}.
        </p>
      )}
    </section>
  );
}

const BULK_FIELD_PATHS = ['referencePattern', 'firstNumber', 'date', 'issuingOffice', 'submissionOffice', 'language'];

/**
 * Reminders to every State whose report is overdue, at once: the notes are numbered from a reference pattern and
 * recorded as sent together (all or none); then the day's notes download as one PDF and their addressees as CSV.
 */
export function BulkReportReminders({ reports, onClose }: { reports: readonly OverdueReport[]; onClose: () => void }) {
  const client = useClient();
  const [referencePattern, setReferencePattern] = useState(`ODA/${today().slice(0, 4)}-{nnnnn}`);
  const [firstNumber, setFirstNumber] = useState('');
  const [date, setDate] = useState(today());
  const [issuingOffice, setIssuingOffice] = useState(DEFAULT_ISSUING_OFFICE);
  const [submissionOffice, setSubmissionOffice] = useState(DEFAULT_SUBMISSION_OFFICE);
  const [language, setLanguage] = useState<TitleLanguage>('EN');
  const download = useDownload();
  const send = useAction(
    async () =>
      successOf(
        (
          await client.request(AdminSendReportRemindersDocument, {
            input: {
              reports: reports.map((report) => ({
                state: report.iso3,
                kind: report.kind,
                periodYear: report.periodYear,
              })),
              referencePattern: referencePattern.trim(),
              firstNumber: Number(firstNumber),
              date: optional(date),
              issuingOffice: issuingOffice.trim(),
              submissionOffice: optional(submissionOffice),
              language,
            },
          })
        ).sendReportReminders,
      ),
    { invalidate: [['audit'], ['reminders']] },
  );
  const problem = send.problem;
  const sentDate = send.result?.reminders[0]?.date;
  const files = sentDate
    ? (['pdf', 'csv'] as const).map((extension) => ({
        key: `reminders-${extension}`,
        path: `/documents/report-reminders/${sentDate}.${extension}?language=${language}`,
        fallbackName: `report-reminders-${sentDate}-${language}.${extension}`,
        label: extension === 'pdf' ? 'The notes (one PDF)' : 'The addressees (CSV)',
      }))
    : [];

  return (
    <section className="card" aria-labelledby="bulk-reminder-title">
      <h3 id="bulk-reminder-title">Reminders to the {reports.length} States whose reports are overdue</h3>
      <p className="hint">One note each, numbered in the order listed; all are recorded as sent, or none.</p>
      <form
        noValidate
        aria-label="The reminder notes verbales"
        onSubmit={(event: FormEvent) => {
          event.preventDefault();
          send.run(undefined);
        }}
      >
        <FormProblem problem={problem} shownPaths={BULK_FIELD_PATHS} />
        <div className="form-grid">
          <TextField
            label="Reference pattern"
            value={referencePattern}
            onChange={(event) => setReferencePattern(event.target.value)}
            hint="{nnnnn} is the note’s number, padded to five digits."
            errors={issuesAt(problem, 'referencePattern')}
          />
          <TextField
            label="First note number"
            inputMode="numeric"
            value={firstNumber}
            onChange={(event) => setFirstNumber(event.target.value)}
            errors={issuesAt(problem, 'firstNumber')}
          />
          <TextField
            label="Date of the notes"
            type="date"
            value={date}
            onChange={(event) => setDate(event.target.value)}
            errors={issuesAt(problem, 'date')}
          />
          <TextField
            label="Issuing office"
            value={issuingOffice}
            onChange={(event) => setIssuingOffice(event.target.value)}
            hint="The office's code."
            errors={issuesAt(problem, 'issuingOffice')}
          />
          <TextField
            label="Office reports go to"
            value={submissionOffice}
            onChange={(event) => setSubmissionOffice(event.target.value)}
            hint="The office's code."
            errors={issuesAt(problem, 'submissionOffice')}
          />
          <SelectField
            label="Language of the notes"
            value={language}
            onChange={(event) => setLanguage(event.target.value as TitleLanguage)}
            options={TITLE_LANGUAGES.map((value) => ({ value, label: LANGUAGE_LABELS[value] }))}
            errors={issuesAt(problem, 'language')}
          />
        </div>
        <div className="form-actions">
          <button type="submit" disabled={send.pending || Boolean(send.result)}>
            Record {reports.length} notes as sent
          </button>
          <button type="button" className="button-secondary" onClick={onClose}>
            Close
          </button>
        </div>
      </form>
      {send.result && (
        <>
          <p role="status" className="notice notice-success">
            {send.result.reminders.length} reminders recorded as sent, {send.result.reminders[0]?.reference} to{' '}
            {send.result.reminders.at(-1)?.reference}.
          </p>
          <div className="form-actions">
            {files.map((file) => (
              <button
                key={file.key}
                type="button"
                className="button-secondary"
                disabled={download.pending === file.key}
                onClick={() => void download.run(file)}
              >
                Download {file.label.toLowerCase()}
              </button>
            ))}
          </div>
          {download.problem && (
            <p className="notice notice-error">
              {download.problem.label}: {download.problem.message}
            </p>
          )}
        </>
      )}
    </section>
  );
}

/** The reminders of overdue reports sent to a State, for its record. */
export function StateRemindersSent({ iso3 }: { iso3: string }) {
  const client = useClient();
  const query = useQuery({
    queryKey: ['reminders', iso3],
    queryFn: () => client.request(AdminStateRemindersSentDocument, { iso3 }),
  });
  return (
    <section aria-labelledby="state-reminders-title">
      <h2 id="state-reminders-title">Reminders sent</h2>
      <QueryView query={query}>
        {({ state }) => (
          <DataTable
            title={`Reminders sent to ${iso3}`}
            captionHidden
            rows={state?.reportRemindersSent?.edges.map((edge) => edge.node) ?? []}
            rowKey={(reminder) => reminder.reference}
            empty="No reminder has been sent to this State."
            columns={[
              { key: 'reference', header: 'Reference', value: (reminder) => reminder.reference },
              {
                key: 'date',
                header: 'Date',
                value: (reminder) => reminder.date,
                render: (reminder) => formatDate(reminder.date),
              },
              {
                key: 'report',
                header: 'Report',
                value: (reminder) => `${humanise(reminder.kind)} ${reminder.periodYear}`,
              },
              {
                key: 'dueOn',
                header: 'Due',
                value: (reminder) => reminder.dueOn,
                render: (reminder) => formatDate(reminder.dueOn),
              },
              { key: 'language', header: 'Language', value: (reminder) => LANGUAGE_LABELS[reminder.language] },
              { key: 'sentBy', header: 'Recorded by', value: (reminder) => reminder.sentByName ?? '—' },
            ]}
          />
        )}
      </QueryView>
    </section>
  );
}
