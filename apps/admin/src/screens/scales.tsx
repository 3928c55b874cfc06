import {
  AdminAssessmentScalesDocument,
  AdminImportAssessmentScaleDocument,
  type ImportAssessmentScaleInput,
} from '@plenary/sdk';
import { assessmentScaleHeaderInputSchema } from '@plenary/domain/inputs/assessment-scale-import-input';
import { inputIssues } from '@plenary/domain/inputs/parse-input';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState, type ChangeEvent, type FormEvent } from 'react';
import { DataTable } from '../components/data-table.tsx';
import { FormProblem, TextAreaField, TextField } from '../components/field.tsx';
import { QueryView } from '../components/status.tsx';
import { issuesAt, successOf } from '../lib/action.ts';
import { fetchAll } from '../lib/fetch-all.ts';
import { wholeNumber } from '../lib/form-values.ts';
import { formatDateTime } from '../lib/format.ts';
import { previewScaleCsv, rowOfIssue } from '../lib/scale-csv.ts';
import { useAction } from '../lib/use-action.ts';
import { isSecretariat, useClient, useSignedInUser } from '../session.tsx';

const FIELD_NAMES: Record<string, string> = {
  iso3: 'State code',
  ratePercent: 'rate in per cent',
};
const FORM_FIELDS = ['name', 'firstYear', 'lastYear', 'resolution', 'source', 'rates.csv'];

function ImportForm() {
  const client = useClient();
  const [values, setValues] = useState({ name: '', firstYear: '', lastYear: '', resolution: '', source: '', csv: '' });
  const [complete, setComplete] = useState(false);
  const preview = useMemo(() => previewScaleCsv(values.csv), [values.csv]);
  const importScale = useAction(
    async (input: ImportAssessmentScaleInput) =>
      successOf((await client.request(AdminImportAssessmentScaleDocument, { input })).importAssessmentScale),
    {
      // The rates are read from the file on the server, which names each bad row; everything else is checked here.
      validate: (input) => inputIssues({ schema: assessmentScaleHeaderInputSchema, input }),
      invalidate: [['scales']],
    },
  );
  const problem = importScale.problem;
  const rowIssues = (problem?.issues ?? []).flatMap((issue) => {
    const row = rowOfIssue(issue.path);
    return row ? [{ ...row, message: issue.message, preview: preview.rows[row.index] }] : [];
  });
  const field = (name: keyof typeof values) => ({
    value: values[name],
    onChange: (event: { target: { value: string } }) =>
      setValues((current) => ({ ...current, [name]: event.target.value })),
  });

  const readFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (file) {
      const csv = await file.text();
      setValues((current) => ({ ...current, csv }));
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    importScale.run({
      name: values.name.trim(),
      firstYear: wholeNumber(values.firstYear),
      lastYear: wholeNumber(values.lastYear),
      resolution: values.resolution.trim(),
      source: values.source.trim(),
      complete,
      rates: { csv: values.csv },
    });
  };

  return (
    <form className="card" onSubmit={submit} noValidate aria-labelledby="import-title">
      <h2 id="import-title">Import a scale</h2>
      <p className="hint">
        All or nothing: every bad row is listed and nothing is saved until the whole file is right.
      </p>
      {problem && rowIssues.length < problem.issues.length + (problem.issues.length === 0 ? 1 : 0) && (
        <FormProblem
          problem={problem}
          shownPaths={[...FORM_FIELDS, ...problem.issues.map((issue) => issue.path).filter((path) => rowOfIssue(path))]}
        />
      )}
      {rowIssues.length > 0 && (
        <div className="notice notice-error" role="alert" aria-labelledby="row-issues-title">
          <h3 id="row-issues-title">
            {rowIssues.length} {rowIssues.length === 1 ? 'problem' : 'problems'} in the rows; nothing was saved
          </h3>
          <ul className="row-issues">
            {rowIssues.map((issue) => (
              <li key={`${issue.index}-${issue.field}-${issue.message}`}>
                <strong>
                  Row {issue.index + 1}
                  {issue.preview
                    ? ` (line ${issue.preview.line}: ${issue.preview.iso3 || 'no code'}, ${issue.preview.ratePercent || 'no rate'})`
                    : ''}
                </strong>
                {issue.field ? `, ${FIELD_NAMES[issue.field] ?? issue.field}` : ''}: {issue.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      <div className="form-grid">
        <TextField
          label="Name"
          {...field('name')}
          hint='E.g. "2025-2027"; unique.'
          errors={issuesAt(problem, 'name')}
        />
        <TextField
          label="First year"
          inputMode="numeric"
          {...field('firstYear')}
          errors={issuesAt(problem, 'firstYear')}
        />
        <TextField
          label="Last year"
          inputMode="numeric"
          {...field('lastYear')}
          errors={issuesAt(problem, 'lastYear')}
        />
        <TextField
          label="Resolution"
          {...field('resolution')}
          hint="E.g. A/RES/79/249."
          errors={issuesAt(problem, 'resolution')}
        />
        <TextField
          label="Source"
          {...field('source')}
          hint="Document, annex or file the rates come from."
          errors={issuesAt(problem, 'source')}
        />
      </div>
      <div className="checkbox">
        <input
          id="scale-complete"
          type="checkbox"
          checked={complete}
          onChange={(event) => setComplete(event.target.checked)}
        />
        <label htmlFor="scale-complete">The file holds every Member State of the scale</label>
      </div>
      <div className="field">
        <label htmlFor="scale-file">Upload a CSV file</label>
        <input id="scale-file" type="file" accept=".csv,text/csv" onChange={(event) => void readFile(event)} />
      </div>
      <TextAreaField
        label="Or paste the CSV"
        rows={10}
        spellCheck={false}
        {...field('csv')}
        hint="A header row with iso3 and rate_percent columns; lines starting with # are comments."
        errors={issuesAt(problem, 'rates.csv')}
      />
      {values.csv.trim() && !preview.headerFound && (
        <p className="notice notice-warning">The first row should name an iso3 column and a rate_percent column.</p>
      )}
      {preview.rows.length > 0 && <p className="hint">{preview.rows.length} rows read from the file.</p>}
      <button type="submit" disabled={importScale.pending}>
        {importScale.pending ? 'Importing…' : 'Import the scale'}
      </button>
      {importScale.result && (
        <p role="status" className="notice notice-success">
          Imported {importScale.result.assessmentScale.name} with {importScale.result.assessmentScale.rates.totalCount}{' '}
          rates.
        </p>
      )}
    </form>
  );
}

export function ScalesScreen() {
  const client = useClient();
  const user = useSignedInUser();
  const scales = useQuery({
    queryKey: ['scales'],
    queryFn: () => fetchAll(client, AdminAssessmentScalesDocument, {}, (data) => data.assessmentScales),
  });
  return (
    <>
      <h1>Scales of assessment</h1>
      <QueryView query={scales}>
        {(rows) => (
          <DataTable
            title="Scales of assessment"
            captionHidden
            rows={rows}
            rowKey={(scale) => scale.id}
            empty="No scale has been imported."
            columns={[
              { key: 'name', header: 'Period', value: (scale) => scale.name },
              { key: 'resolution', header: 'Resolution', value: (scale) => scale.resolution },
              {
                key: 'rates',
                header: 'Rates',
                numeric: true,
                sortAsNumber: true,
                value: (scale) => scale.rates.totalCount,
              },
              { key: 'complete', header: 'Complete', value: (scale) => (scale.complete ? 'Yes' : 'No') },
              { key: 'source', header: 'Source', value: (scale) => scale.source },
              {
                key: 'importedAt',
                header: 'Imported',
                value: (scale) => scale.importedAt,
                render: (scale) => formatDateTime(scale.importedAt),
              },
            ]}
          />
        )}
      </QueryView>
      {isSecretariat(user) && <ImportForm />}
    </>
  );
}
