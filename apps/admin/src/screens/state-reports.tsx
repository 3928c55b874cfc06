import {
  AdminPublishReportDocument,
  AdminRecordReportDocument,
  AdminStateReportsDocument,
  AdminUpdateReportFormsDocument,
  type AdminReportFragment,
  type FormLetter,
  type FormStatus,
  type RecordTransparencyReportInput,
  type ReportChannel,
  type ReportFormInput,
  type ReportKind,
} from '@plenary/sdk';
import { FORM_LETTERS, FORM_STATUSES, REPORT_CHANNELS, REPORT_KINDS } from '@plenary/domain/enums';
import { inputIssues } from '@plenary/domain/inputs/parse-input';
import { reportFormsInputSchema, reportRecordInputSchema } from '@plenary/domain/inputs/report-record-input';
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { DataTable } from '../components/data-table.tsx';
import { FormProblem, SelectField, TextField } from '../components/field.tsx';
import { QueryView } from '../components/status.tsx';
import { issuesAt, successOf, type ActionProblem } from '../lib/action.ts';
import { optional, wholeNumber } from '../lib/form-values.ts';
import { formatDate, humanise, today } from '../lib/format.ts';
import { useOpenForm } from '../lib/open-form.ts';
import { useAction } from '../lib/use-action.ts';
import { isSecretariat, useClient, useSignedInUser } from '../session.tsx';

// A State's Article 7 reports on its page: recorded by the secretariat for any State or by the State's focal point
// for its own; forms A-J edited by either; published by the secretariat alone (the API's rules, mirrored here so
// that no one is offered a button the API would refuse).

const NOT_GIVEN = '';

interface FormValues {
  status: FormStatus | typeof NOT_GIVEN;
  unchangedSinceYear: string;
}

type FormsValues = Record<FormLetter, FormValues>;

function formsValuesOf(report?: AdminReportFragment): FormsValues {
  return Object.fromEntries(
    FORM_LETTERS.map((letter) => {
      const form = report?.forms.find((candidate) => candidate.letter === letter);
      return [
        letter,
        {
          status: form?.status ?? NOT_GIVEN,
          unchangedSinceYear: form?.unchangedSinceYear ? String(form.unchangedSinceYear) : '',
        },
      ];
    }),
  ) as FormsValues;
}

/** The forms given a status, in letter order; their positions are the API's `forms.<index>` paths. */
function formsInputOf(values: FormsValues): ReportFormInput[] {
  return FORM_LETTERS.flatMap((letter) => {
    const form = values[letter];
    if (form.status === NOT_GIVEN) return [];
    const since = optional(form.unchangedSinceYear);
    return [
      {
        letter,
        status: form.status,
        ...(form.status === 'UNCHANGED' && since !== undefined && { unchangedSinceYear: wholeNumber(since) }),
      },
    ];
  });
}

function formIssues(
  problem: ActionProblem | null,
  values: FormsValues,
  letter: FormLetter,
  field: 'status' | 'unchangedSinceYear',
): string[] {
  const index = formsInputOf(values).findIndex((form) => form.letter === letter);
  return index < 0 ? [] : issuesAt(problem, `forms.${index}.${field}`);
}

function formsShownPaths(values: FormsValues): string[] {
  return formsInputOf(values).flatMap((_, index) => [`forms.${index}.status`, `forms.${index}.unchangedSinceYear`]);
}

function FormsEditor({
  values,
  onChange,
  problem,
}: {
  values: FormsValues;
  onChange: (values: FormsValues) => void;
  problem: ActionProblem | null;
}) {
  const set = (letter: FormLetter, change: Partial<FormValues>) =>
    onChange({ ...values, [letter]: { ...values[letter], ...change } });
  return (
    <fieldset className="report-forms">
      <legend>Forms A-J</legend>
      <div className="form-grid">
        {FORM_LETTERS.map((letter) => (
          <div key={letter}>
            <SelectField
              label={`Form ${letter}`}
              value={values[letter].status}
              onChange={(event) =>
                set(letter, {
                  status: event.target.value as FormStatus | typeof NOT_GIVEN,
                })
              }
              options={[
                { value: NOT_GIVEN, label: 'Not given' },
                ...FORM_STATUSES.map((status) => ({
                  value: status,
                  label: humanise(status),
                })),
              ]}
              errors={formIssues(problem, values, letter, 'status')}
            />
            {values[letter].status === 'UNCHANGED' && (
              <TextField
                label={`Form ${letter} unchanged since`}
                inputMode="numeric"
                value={values[letter].unchangedSinceYear}
                onChange={(event) => set(letter, { unchangedSinceYear: event.target.value })}
                errors={formIssues(problem, values, letter, 'unchangedSinceYear')}
              />
            )}
          </div>
        ))}
      </div>
    </fieldset>
  );
}

const reportsKey = (iso3: string) => ['state', iso3, 'reports'];

function RecordReportForm({ iso3, onDone }: { iso3: string; onDone: () => void }) {
  const client = useClient();
  const secretariat = isSecretariat(useSignedInUser());
  const [kind, setKind] = useState<ReportKind>('ANNUAL');
  const [periodYear, setPeriodYear] = useState(String(Number(today().slice(0, 4)) - 1));
  const [receivedOn, setReceivedOn] = useState(today());
  const [channel, setChannel] = useState<ReportChannel | typeof NOT_GIVEN>(NOT_GIVEN);
  const [dueOn, setDueOn] = useState('');
  const [forms, setForms] = useState<FormsValues>(formsValuesOf());
  const record = useAction(
    async (input: RecordTransparencyReportInput) =>
      successOf((await client.request(AdminRecordReportDocument, { on: today(), input })).recordTransparencyReport),
    {
      validate: (input) => inputIssues({ schema: reportRecordInputSchema, input }),
      invalidate: [reportsKey(iso3), ['state', iso3], ['compliance'], ['dashboard']],
      onSuccess: onDone,
    },
  );
  const problem = record.problem;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const given = formsInputOf(forms);
    record.run({
      state: { iso3 },
      kind,
      periodYear: wholeNumber(periodYear),
      receivedOn: optional(receivedOn),
      channel: channel === NOT_GIVEN ? undefined : channel,
      dueOn: optional(dueOn),
      // Forms are optional when a report is recorded; when any is given, A-J all need a status.
      forms: given.length > 0 ? given : undefined,
    });
  };
  return (
    <form className="card" onSubmit={submit} noValidate aria-label="Record a report">
      <h3>Record a report</h3>
      <FormProblem
        problem={problem}
        shownPaths={['kind', 'periodYear', 'receivedOn', 'channel', 'dueOn', ...formsShownPaths(forms)]}
      />
      <div className="form-grid">
        <SelectField
          label="Kind of report"
          value={kind}
          onChange={(event) => setKind(event.target.value as ReportKind)}
          options={REPORT_KINDS.map((value) => ({
            value,
            label: humanise(value),
          }))}
          errors={issuesAt(problem, 'kind')}
        />
        <TextField
          label="Year covered"
          inputMode="numeric"
          value={periodYear}
          onChange={(event) => setPeriodYear(event.target.value)}
          hint="The calendar year an annual report covers; for the initial report, the year of entry into force."
          errors={issuesAt(problem, 'periodYear')}
        />
        <TextField
          label="Received on"
          type="date"
          value={receivedOn}
          onChange={(event) => setReceivedOn(event.target.value)}
          errors={issuesAt(problem, 'receivedOn')}
        />
        <SelectField
          label="Received through"
          value={channel}
          onChange={(event) => setChannel(event.target.value as ReportChannel | typeof NOT_GIVEN)}
          options={[
            { value: NOT_GIVEN, label: 'Not recorded' },
            ...REPORT_CHANNELS.map((value) => ({
              value,
              label: humanise(value),
            })),
          ]}
          errors={issuesAt(problem, 'channel')}
        />
        {secretariat && (
          <TextField
            label="Published due date"
            type="date"
            value={dueOn}
            onChange={(event) => setDueOn(event.target.value)}
            hint="Only when the published date differs from the one computed by Article 7."
            errors={issuesAt(problem, 'dueOn')}
          />
        )}
      </div>
      <FormsEditor values={forms} onChange={setForms} problem={problem} />
      <div className="form-actions">
        <button type="submit" disabled={record.pending}>
          {record.pending ? 'Saving…' : 'Record the report'}
        </button>
        <button type="button" className="button-secondary" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}

function EditFormsForm({ iso3, report, onDone }: { iso3: string; report: AdminReportFragment; onDone: () => void }) {
  const client = useClient();
  const [forms, setForms] = useState<FormsValues>(formsValuesOf(report));
  const save = useAction(
    async (input: { forms: ReportFormInput[] }) =>
      successOf(
        (
          await client.request(AdminUpdateReportFormsDocument, {
            reportId: report.id,
            version: report.version,
            forms: input.forms,
            on: today(),
          })
        ).updateReportForms,
      ),
    {
      validate: (input) =>
        inputIssues({ schema: reportFormsInputSchema({ kind: report.kind, periodYear: report.periodYear }), input }),
      invalidate: [reportsKey(iso3)],
      onSuccess: onDone,
    },
  );
  const label = `${humanise(report.kind)} report ${report.periodYear}`;
  return (
    <form
      className="card"
      noValidate
      aria-label={`Edit the forms of the ${label}`}
      onSubmit={(event: FormEvent) => {
        event.preventDefault();
        save.run({ forms: formsInputOf(forms) });
      }}
    >
      <h3>Forms of the {label}</h3>
      <FormProblem problem={save.problem} shownPaths={formsShownPaths(forms)} />
      <FormsEditor values={forms} onChange={setForms} problem={save.problem} />
      <div className="form-actions">
        <button type="submit" disabled={save.pending}>
          {save.pending ? 'Saving…' : 'Save the forms'}
        </button>
        <button type="button" className="button-secondary" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}

function PublishButton({ iso3, report }: { iso3: string; report: AdminReportFragment }) {
  const client = useClient();
  const publish = useAction(
    async () =>
      successOf(
        (
          await client.request(AdminPublishReportDocument, {
            reportId: report.id,
            version: report.version,
            on: today(),
          })
        ).publishReport,
      ),
    {
      invalidate: [reportsKey(iso3), ['compliance']],
    },
  );
  return (
    <>
      <button
        type="button"
        className="button-secondary"
        disabled={publish.pending}
        onClick={() => publish.run(undefined)}
      >
        Publish
        <span className="visually-hidden">
          {' '}
          the {humanise(report.kind).toLowerCase()} report {report.periodYear}
        </span>
      </button>
      {publish.problem && (
        <span role="alert" className="field-errors">
          {publish.problem.message}
        </span>
      )}
    </>
  );
}

function formsSummary(report: AdminReportFragment): string {
  if (report.forms.length === 0) return 'None recorded';
  return report.forms
    .map(
      (form) =>
        `${form.letter}: ${humanise(form.status)}${form.unchangedSinceYear ? ` since ${form.unchangedSinceYear}` : ''}`,
    )
    .join('; ');
}

export function StateReports({ iso3 }: { iso3: string }) {
  const client = useClient();
  const user = useSignedInUser();
  const secretariat = isSecretariat(user);
  const reporter = secretariat || (user.role === 'STATE' && user.state?.iso3 === iso3);
  const { open: editing, show: setEditing, closer } = useOpenForm();
  const query = useQuery({
    queryKey: [...reportsKey(iso3), today()],
    queryFn: () => client.request(AdminStateReportsDocument, { iso3, on: today() }),
  });
  return (
    <section aria-labelledby="reports-title">
      <h2 id="reports-title">Article 7 reports</h2>
      <QueryView query={query}>
        {({ state }) => {
          const reports = state?.reports.edges.map((edge) => edge.node) ?? [];
          const report = reports.find((candidate) => candidate.id === editing);
          return (
            <>
              <DataTable
                title={`Article 7 reports of ${iso3}`}
                captionHidden
                rows={reports}
                rowKey={(row) => row.id}
                empty="No report is recorded."
                columns={[
                  {
                    key: 'kind',
                    header: 'Report',
                    value: (row) => `${humanise(row.kind)} ${row.periodYear}`,
                  },
                  {
                    key: 'dueOn',
                    header: 'Due',
                    value: (row) => row.dueOn,
                    render: (row) => `${formatDate(row.dueOn)}${row.dueOnOverridden ? ' (published date)' : ''}`,
                  },
                  {
                    key: 'receivedOn',
                    header: 'Received',
                    value: (row) => row.receivedOn,
                    render: (row) => formatDate(row.receivedOn),
                  },
                  {
                    key: 'compliance',
                    header: 'Compliance',
                    value: (row) => humanise(row.compliance),
                    render: (row) => (
                      <span className={`badge badge-${row.compliance.toLowerCase().replaceAll('_', '-')}`}>
                        {humanise(row.compliance)}
                      </span>
                    ),
                  },
                  { key: 'forms', header: 'Forms', value: formsSummary },
                  {
                    key: 'published',
                    header: 'Published',
                    value: (row) =>
                      row.published ? `Published ${formatDate(row.publishedAt?.slice(0, 10))}` : 'Not published',
                  },
                  {
                    key: 'actions',
                    action: true,
                    header: 'Actions',
                    value: () => '',
                    render: (row) => (
                      <div className="row-actions">
                        {reporter && (
                          <button type="button" className="button-secondary" onClick={() => setEditing(row.id)}>
                            Edit forms
                            <span className="visually-hidden">
                              {' '}
                              of the {humanise(row.kind).toLowerCase()} report {row.periodYear}
                            </span>
                          </button>
                        )}
                        {secretariat && !row.published && row.receivedOn && <PublishButton iso3={iso3} report={row} />}
                      </div>
                    ),
                  },
                ]}
              />
              {report && <EditFormsForm key={report.id} iso3={iso3} report={report} onDone={closer(report.id)} />}
              {reporter && editing === null && (
                <button type="button" onClick={() => setEditing('new')}>
                  Record a report
                </button>
              )}
              {editing === 'new' && <RecordReportForm iso3={iso3} onDone={closer('new')} />}
            </>
          );
        }}
      </QueryView>
    </section>
  );
}
