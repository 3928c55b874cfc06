import {
  AdminComplianceObligationsDocument,
  AdminComplianceTotalsDocument,
  type AdminComplianceObligationsQuery,
} from '@plenary/sdk';
import { useQueries, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { ComplianceChart, type YearTotals } from '../components/compliance-chart.tsx';
import { DataTable } from '../components/data-table.tsx';
import { SelectField, TextField } from '../components/field.tsx';
import { ErrorNotice, Loading, QueryView } from '../components/status.tsx';
import { StateName, useStateName } from '../language.tsx';
import { fetchAll } from '../lib/fetch-all.ts';
import { formatDate, humanise, today } from '../lib/format.ts';
import { Link, navigate, useLocation } from '../router.tsx';
import { isSecretariat, useClient, useSignedInUser } from '../session.tsx';
import { HistoricalReportsImport, RecordsBegin } from './report-records.tsx';
import { BulkReportReminders, ReportReminder, type OverdueReport } from './report-reminder.tsx';

type Obligation = AdminComplianceObligationsQuery['reportingCompliance']['obligations']['edges'][number]['node'];

// The Convention entered into force on 1 August 2010; the first Article 7 reports fell due in 2011.
const FIRST_REPORTING_YEAR = 2011;

function ReminderButton({ obligation, onOpen }: { obligation: Obligation; onOpen: (report: OverdueReport) => void }) {
  const stateName = useStateName();
  if (obligation.status !== 'OVERDUE') return null;
  const name = stateName(obligation.state.names);
  return (
    <button
      type="button"
      className="button-secondary"
      onClick={() =>
        onOpen({
          iso3: obligation.state.iso3,
          stateName: name,
          kind: obligation.kind,
          periodYear: obligation.periodYear,
          dueOn: obligation.dueOn,
        })
      }
    >
      Prepare a reminder<span className="visually-hidden"> to {name}</span>
    </button>
  );
}

export function ComplianceScreen() {
  const client = useClient();
  const stateName = useStateName();
  const secretariat = isSecretariat(useSignedInUser());
  const [reminding, setReminding] = useState<OverdueReport | null>(null);
  const [remindingAll, setRemindingAll] = useState(false);
  const { search } = useLocation();
  const currentYear = Number(today().slice(0, 4));
  const year = Number(search.get('year')) || currentYear;
  const [asOf, setAsOf] = useState(today());
  const day = /^\d{4}-\d{2}-\d{2}$/.test(asOf) ? asOf : today();
  const years = Array.from(
    { length: currentYear - FIRST_REPORTING_YEAR + 1 },
    (_, index) => FIRST_REPORTING_YEAR + index,
  );

  const totals = useQueries({
    queries: years.map((candidate) => ({
      queryKey: ['compliance', candidate, day, 'totals'],
      queryFn: () => client.request(AdminComplianceTotalsDocument, { year: candidate, asOf: day }),
    })),
  });
  const obligations = useQuery({
    queryKey: ['compliance', year, day, 'obligations', 'all'],
    queryFn: () =>
      fetchAll(
        client,
        AdminComplianceObligationsDocument,
        { year, asOf: day },
        (data) => data.reportingCompliance.obligations,
      ),
  });

  const failed = totals.find((result) => result.error);
  const loaded: YearTotals[] = totals.flatMap((result) =>
    result.data ? [{ year: result.data.reportingCompliance.year, ...result.data.reportingCompliance.totals }] : [],
  );
  // Every year's answer carries the convention's day; the first one loaded says it.
  const recordsBegin = totals.find((result) => result.data)?.data?.reportingCompliance;

  return (
    <>
      <h1>Reporting compliance (Article 7)</h1>
      <div className="filters card">
        <SelectField
          label="Year"
          value={String(year)}
          onChange={(event) => navigate(`/compliance?year=${event.target.value}`, { replace: true })}
          options={[...years, currentYear + 1]
            .reverse()
            .map((candidate) => ({ value: String(candidate), label: String(candidate) }))}
        />
        <TextField
          label="Judged as of"
          type="date"
          value={asOf}
          onChange={(event) => setAsOf(event.target.value)}
          hint="Reports received later count as not yet received."
        />
      </div>
      {recordsBegin && <RecordsBegin recordsBeginOn={recordsBegin.recordsBeginOn ?? null} secretariat={secretariat} />}
      <section aria-labelledby="per-year-title">
        <h2 id="per-year-title">Per year</h2>
        {failed ? (
          <ErrorNotice error={failed.error} onRetry={() => void failed.refetch()} />
        ) : loaded.length < years.length ? (
          <Loading />
        ) : (
          <ComplianceChart years={loaded} />
        )}
        {loaded.length === years.length && (
          <DataTable
            title="Article 7 compliance per year"
            rows={totals.flatMap((result) => (result.data ? [result.data.reportingCompliance] : []))}
            rowKey={(row) => String(row.year)}
            columns={[
              {
                key: 'year',
                header: 'Year',
                value: (row) => row.year,
                render: (row) => <Link to={`/compliance?year=${row.year}`}>{row.year}</Link>,
              },
              {
                key: 'onTime',
                header: 'On time',
                numeric: true,
                sortAsNumber: true,
                value: (row) => row.totals.onTime,
              },
              { key: 'late', header: 'Late', numeric: true, sortAsNumber: true, value: (row) => row.totals.late },
              {
                key: 'overdue',
                header: 'Overdue',
                numeric: true,
                sortAsNumber: true,
                value: (row) => row.totals.overdue,
              },
              {
                key: 'notYetDue',
                header: 'Not yet due',
                numeric: true,
                sortAsNumber: true,
                value: (row) => row.totals.notYetDue,
              },
              {
                key: 'notRecorded',
                header: 'Not recorded',
                numeric: true,
                sortAsNumber: true,
                value: (row) => row.totals.notRecorded,
              },
              { key: 'total', header: 'Total', numeric: true, sortAsNumber: true, value: (row) => row.total },
            ]}
          />
        )}
      </section>
      <section aria-labelledby="year-title">
        <h2 id="year-title">
          Reports due in {year}, as of {formatDate(day)}
        </h2>
        <QueryView query={obligations}>
          {(rows) => (
            <DataTable
              title={`Article 7 obligations ${year}`}
              captionHidden
              rows={rows}
              rowKey={(obligation: Obligation) =>
                `${obligation.state.iso3}-${obligation.kind}-${obligation.periodYear}`
              }
              empty={`No Article 7 report falls due in ${year}.`}
              rowClassName={(obligation) => (obligation.status === 'OVERDUE' ? 'row-late' : undefined)}
              columns={[
                {
                  key: 'state',
                  header: 'State',
                  value: (obligation) => stateName(obligation.state.names),
                  render: (obligation) => (
                    <Link to={`/states/${obligation.state.iso3}`}>
                      <StateName names={obligation.state.names} />
                    </Link>
                  ),
                },
                {
                  key: 'report',
                  header: 'Report',
                  value: (obligation) => `${humanise(obligation.kind)} ${obligation.periodYear}`,
                },
                {
                  key: 'dueOn',
                  header: 'Due',
                  value: (obligation) => obligation.dueOn,
                  render: (obligation) =>
                    `${formatDate(obligation.dueOn)}${obligation.dueOnOverridden ? ' (published date)' : ''}`,
                },
                {
                  key: 'receivedOn',
                  header: 'Received',
                  value: (obligation) => obligation.receivedOn,
                  render: (obligation) => formatDate(obligation.receivedOn),
                },
                {
                  key: 'status',
                  header: 'Status',
                  value: (obligation) => humanise(obligation.status),
                  render: (obligation) => (
                    <span className={`badge badge-${obligation.status.toLowerCase().replaceAll('_', '-')}`}>
                      {humanise(obligation.status)}
                    </span>
                  ),
                },
                // The API renders a reminder only for a report overdue on the note's date, and only for the secretariat.
                ...(secretariat
                  ? [
                      {
                        key: 'reminder',
                        header: 'Reminder',
                        action: true,
                        value: () => '',
                        render: (obligation: Obligation) => (
                          <ReminderButton obligation={obligation} onOpen={setReminding} />
                        ),
                      },
                    ]
                  : []),
              ]}
            />
          )}
        </QueryView>
        {secretariat &&
          obligations.data &&
          obligations.data.some((obligation) => obligation.status === 'OVERDUE') &&
          !remindingAll && (
            <button type="button" className="button-secondary" onClick={() => setRemindingAll(true)}>
              Prepare reminders to all overdue States
            </button>
          )}
        {remindingAll && obligations.data && (
          <BulkReportReminders
            key={`${year}-${day}`}
            reports={obligations.data
              .filter((obligation) => obligation.status === 'OVERDUE')
              .map((obligation) => ({
                iso3: obligation.state.iso3,
                stateName: stateName(obligation.state.names),
                kind: obligation.kind,
                periodYear: obligation.periodYear,
                dueOn: obligation.dueOn,
              }))}
            onClose={() => setRemindingAll(false)}
          />
        )}
        {reminding && (
          <ReportReminder
            key={`${reminding.iso3}-${reminding.kind}-${reminding.periodYear}`}
            report={reminding}
            onClose={() => setReminding(null)}
          />
        )}
      </section>
      {secretariat && <HistoricalReportsImport />}
    </>
  );
}
