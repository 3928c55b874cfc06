import {
  AdminComplianceObligationsDocument,
  AdminStatesDocument,
  type AdminStatesQuery,
  type TreatyStatus,
} from '@plenary/sdk';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { DataTable } from '../components/data-table.tsx';
import { SelectField, TextField } from '../components/field.tsx';
import { QueryView } from '../components/status.tsx';
import { StateName, useStateName } from '../language.tsx';
import { fetchAll } from '../lib/fetch-all.ts';
import { formatDate, humanise, today } from '../lib/format.ts';
import { Link } from '../router.tsx';
import { useClient } from '../session.tsx';

type StateRow = AdminStatesQuery['states']['edges'][number]['node'];

const STATUS_FILTERS: { value: '' | TreatyStatus; label: string }[] = [
  { value: '', label: 'Any status' },
  { value: 'STATE_PARTY', label: 'States Parties' },
  { value: 'SIGNATORY', label: 'Signatories' },
  { value: 'NOT_PARTY', label: 'Not party' },
  { value: 'WITHDRAWN', label: 'Withdrawn' },
];

export function StatesScreen() {
  const client = useClient();
  const stateName = useStateName();
  const [on, setOn] = useState(today());
  const [status, setStatus] = useState<'' | TreatyStatus>('');
  const day = /^\d{4}-\d{2}-\d{2}$/.test(on) ? on : today();
  const year = Number(day.slice(0, 4));
  const states = useQuery({
    queryKey: ['states', day, status],
    queryFn: () =>
      fetchAll(
        client,
        AdminStatesDocument,
        { on: day, filter: { on: day, ...(status && { status }) } },
        (data) => data.states,
      ),
  });
  const compliance = useQuery({
    queryKey: ['compliance', year, day, 'obligations', 'all'],
    queryFn: () =>
      fetchAll(
        client,
        AdminComplianceObligationsDocument,
        { year, asOf: day },
        (data) => data.reportingCompliance.obligations,
      ),
  });
  const complianceOf = new Map((compliance.data ?? []).map((obligation) => [obligation.state.iso3, obligation.status]));

  return (
    <>
      <h1>States</h1>
      <div className="filters card">
        <TextField label="Treaty status on" type="date" value={on} onChange={(event) => setOn(event.target.value)} />
        <SelectField
          label="Show"
          value={status}
          onChange={(event) => setStatus(event.target.value as '' | TreatyStatus)}
          options={STATUS_FILTERS}
        />
      </div>
      <QueryView query={states}>
        {(rows) => (
          <DataTable
            title={`States on ${day}`}
            rows={rows}
            rowKey={(state) => state.id}
            columns={[
              {
                key: 'name',
                header: 'State',
                value: (state: StateRow) => stateName(state.names),
                render: (state) => (
                  <Link to={`/states/${state.iso3}`}>
                    <StateName names={state.names} />
                  </Link>
                ),
              },
              { key: 'iso3', header: 'Code', value: (state) => state.iso3 },
              {
                key: 'status',
                header: `Status on ${formatDate(day)}`,
                value: (state) => humanise(state.standing.status),
                render: (state) => (
                  <span className={`badge badge-${state.standing.status.toLowerCase()}`}>
                    {humanise(state.standing.status)}
                  </span>
                ),
              },
              {
                key: 'entryIntoForce',
                header: 'Entry into force',
                value: (state) => state.standing.entryIntoForce,
                render: (state) => formatDate(state.standing.entryIntoForce),
              },
              {
                key: 'compliance',
                header: `Article 7 report due in ${year}`,
                value: (state) =>
                  humanise(complianceOf.get(state.iso3) ?? null) || (compliance.isPending ? '…' : 'None due'),
              },
              { key: 'group', header: 'Regional group', value: (state) => humanise(state.regionalGroup) },
              { key: 'unStatus', header: 'UN status', value: (state) => humanise(state.unStatus) },
            ]}
          />
        )}
      </QueryView>
    </>
  );
}
