import { AdminImportHistoricalReportsDocument, AdminSetReportRecordsBeginDocument } from '@plenary/sdk';
import { useState, type FormEvent } from 'react';
import { TextAreaField, TextField } from '../components/field.tsx';
import { issuesAt, successOf, type ActionProblem } from '../lib/action.ts';
import { formatDate, today } from '../lib/format.ts';
import { useAction } from '../lib/use-action.ts';
import { useClient } from '../session.tsx';

// Where the secretariat's records of Article 7 reports begin, and the import of the reports received before then:
// compliance counts a report due earlier and not recorded as "not recorded" (unknown), never as overdue.

const ROW_ISSUE = /^rows\.(\d+)\.(\w+)$/;
const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;
const CSV_EXAMPLE =
  'iso3,kind,periodYear,receivedOn,channel\nNOR,ANNUAL,2023,2024-04-15,EMAIL\nNGA,INITIAL,2023,2024-02-10,';

/** A row's issue as the officer counts rows: row 1 is the first line after the header. */
function describeIssue(issue: { path: string; message: string }): string {
  const match = ROW_ISSUE.exec(issue.path);
  return match ? `Row ${Number(match[1]) + 1} (${match[2]}): ${issue.message}` : issue.message;
}

function ImportProblem({ problem }: { problem: ActionProblem }) {
  return (
    <div className="notice notice-error" role="alert">
      <p>
        {problem.issues.length > 0 ? 'Nothing was imported. Correct these rows and import again:' : problem.message}
      </p>
      {problem.issues.length > 0 && (
        <ul>
          {problem.issues.map((issue) => (
            <li key={`${issue.path}|${issue.message}`}>{describeIssue(issue)}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

export function RecordsBegin({ recordsBeginOn, secretariat }: { recordsBeginOn: string | null; secretariat: boolean }) {
  const client = useClient();
  const [day, setDay] = useState(recordsBeginOn ?? '');
  const [saved, setSaved] = useState(false);
  const set = useAction(
    async (on: string) =>
      successOf((await client.request(AdminSetReportRecordsBeginDocument, { on })).setReportRecordsBegin),
    {
      // An empty date field would not reach the API as a Date at all: say so beside the field.
      validate: (on) =>
        CALENDAR_DATE.test(on)
          ? []
          : [{ path: 'reportRecordsBeginOn', message: 'Give the day the records begin, as a date.' }],
      invalidate: [['compliance'], ['dashboard']],
      onSuccess: () => setSaved(true),
    },
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    set.run(day);
  };
  return (
    <section aria-labelledby="records-begin-title" className="card">
      <h2 id="records-begin-title">Records of reports received</h2>
      <p>
        {recordsBeginOn ? (
          <>
            The secretariat’s records begin on <strong>{formatDate(recordsBeginOn)}</strong>. A report that fell due
            earlier and is not recorded is shown as <em>Not recorded</em>: whether it came is unknown, so it is never
            counted as overdue. Import the reports received before then to know.
          </>
        ) : (
          <>
            The secretariat’s records are complete from the Convention’s entry into force: every report due and not
            recorded is overdue.
          </>
        )}
      </p>
      {secretariat && (
        <form onSubmit={submit} noValidate aria-label="Records begin">
          {set.problem && set.problem.issues.length === 0 && (
            <p className="notice notice-error" role="alert">
              {set.problem.message}
            </p>
          )}
          <div className="form-grid">
            <TextField
              label="Records complete from"
              type="date"
              value={day}
              max={today()}
              onChange={(event) => setDay(event.target.value)}
              hint="The first day from which every report received is recorded here; the Convention’s entry into force (2010-08-01) when all are."
              errors={issuesAt(set.problem, 'reportRecordsBeginOn')}
            />
          </div>
          <div className="form-actions">
            <button type="submit" disabled={set.pending}>
              {set.pending ? 'Saving…' : 'Set the day records begin'}
            </button>
          </div>
          {saved && (
            <p role="status" className="notice notice-success">
              The records now begin on {formatDate(day)}.
            </p>
          )}
        </form>
      )}
    </section>
  );
}

export function HistoricalReportsImport() {
  const client = useClient();
  const [csv, setCsv] = useState('');
  const [imported, setImported] = useState<number | null>(null);
  const importReports = useAction(
    async (text: string) =>
      successOf((await client.request(AdminImportHistoricalReportsDocument, { csv: text })).importHistoricalReports),
    {
      invalidate: [['compliance'], ['dashboard'], ['state']],
      onSuccess: (result) => {
        setImported(result.result.imported);
        setCsv('');
      },
    },
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setImported(null);
    importReports.run(csv);
  };
  return (
    <section aria-labelledby="import-title" className="card">
      <h2 id="import-title">Import reports received in the past</h2>
      <form onSubmit={submit} noValidate aria-label="Import reports received in the past">
        {importReports.problem && <ImportProblem problem={importReports.problem} />}
        <TextAreaField
          label="Reports received (CSV)"
          rows={8}
          value={csv}
          placeholder={CSV_EXAMPLE}
          onChange={(event) => setCsv(event.target.value)}
          hint="A header line iso3,kind,periodYear,receivedOn (channel optional), then one report a line: kind INITIAL or ANNUAL, dates YYYY-MM-DD. All rows are recorded, or none."
        />
        <div className="form-actions">
          <button type="submit" disabled={importReports.pending || csv.trim() === ''}>
            {importReports.pending ? 'Importing…' : 'Import the reports'}
          </button>
        </div>
        {imported !== null && (
          <p role="status" className="notice notice-success">
            Imported {imported} report{imported === 1 ? '' : 's'}.
          </p>
        )}
      </form>
    </section>
  );
}
