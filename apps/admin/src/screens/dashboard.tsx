import { AdminDashboardDocument, type AdminDashboardQuery } from '@plenary/sdk';
import { useQuery } from '@tanstack/react-query';
import { DataTable, type Column } from '../components/data-table.tsx';
import { QueryView } from '../components/status.tsx';
import { formatDate, formatMoney, humanise, today } from '../lib/format.ts';
import { Link } from '../router.tsx';
import { useClient } from '../session.tsx';

type DashboardMeeting = AdminDashboardQuery['meetings']['edges'][number]['node'];

const FINISHED_STATUSES = new Set(['CLOSED', 'CANCELLED']);
// Organisations on request apply; they are not expected to send a delegation.
const EXPECTED_CAPACITIES = new Set([
  'STATE_PARTY',
  'SIGNATORY_OBSERVER',
  'NON_SIGNATORY_OBSERVER',
  'ORGANISATION_OF_RIGHT',
]);

function invitedCount(meeting: DashboardMeeting): number {
  return meeting.invitationCounts
    .filter((count) => EXPECTED_CAPACITIES.has(count.capacity))
    .reduce((sum, count) => sum + count.count, 0);
}

function missingDelegations(meeting: DashboardMeeting): number {
  return Math.max(0, invitedCount(meeting) - meeting.delegations.totalCount);
}

function daysUntil(date: string, from: string): number {
  return Math.round((Date.parse(date) - Date.parse(from)) / 86_400_000);
}

function deadlineText(date: string | null | undefined, from: string): string {
  if (!date) return 'None set';
  const days = daysUntil(date, from);
  if (days < 0) return `${formatDate(date)} (passed)`;
  if (days === 0) return `${formatDate(date)} (today)`;
  return `${formatDate(date)} (in ${days} ${days === 1 ? 'day' : 'days'})`;
}

export function DashboardScreen() {
  const client = useClient();
  const day = today();
  const year = Number(day.slice(0, 4));
  const query = useQuery({
    queryKey: ['dashboard', day],
    queryFn: () => client.request(AdminDashboardDocument, { year, asOf: day }),
  });

  return (
    <>
      <h1>Dashboard</h1>
      <QueryView query={query}>
        {(data) => {
          const upcoming = data.meetings.edges
            .map((edge) => edge.node)
            .filter((meeting) => !FINISHED_STATUSES.has(meeting.status) && meeting.closesOn >= day);
          const withShares = data.meetings.edges
            .map((edge) => edge.node)
            .filter((meeting) => meeting.costShares && Number(meeting.costShares.outstanding) > 0);
          const totals = data.reportingCompliance.totals;
          const columns: Column<DashboardMeeting>[] = [
            {
              key: 'title',
              header: 'Meeting',
              value: (meeting) => meeting.title,
              render: (meeting) => <Link to={`/meetings/${encodeURIComponent(meeting.id)}`}>{meeting.title}</Link>,
            },
            { key: 'status', header: 'Status', value: (meeting) => humanise(meeting.status) },
            {
              key: 'opensOn',
              header: 'Opens',
              value: (meeting) => meeting.opensOn,
              render: (meeting) => formatDate(meeting.opensOn),
            },
            {
              key: 'delegationDeadline',
              header: 'Delegation deadline',
              value: (meeting) => meeting.delegationDeadline,
              render: (meeting) => deadlineText(meeting.delegationDeadline, day),
            },
            {
              key: 'reportingDeadline',
              header: 'Reporting deadline',
              value: (meeting) => meeting.reportingDeadline,
              render: (meeting) => deadlineText(meeting.reportingDeadline, day),
            },
            {
              key: 'registered',
              header: 'Delegations registered',
              numeric: true,
              sortAsNumber: true,
              value: (meeting) => meeting.delegations.totalCount,
            },
            {
              key: 'missing',
              header: 'Delegations missing',
              numeric: true,
              sortAsNumber: true,
              value: missingDelegations,
            },
          ];
          return (
            <>
              <section aria-labelledby="summary-title" className="summary-cards">
                <h2 id="summary-title" className="visually-hidden">
                  Summary
                </h2>
                <div className="card stat">
                  <p className="stat-value">{upcoming.length}</p>
                  <p className="stat-label">Upcoming meetings</p>
                </div>
                <div className="card stat">
                  <p className="stat-value">
                    {upcoming.reduce((sum, meeting) => sum + missingDelegations(meeting), 0)}
                  </p>
                  <p className="stat-label">Delegations still missing</p>
                </div>
                <div className="card stat stat-warning">
                  <p className="stat-value">{totals.overdue}</p>
                  <p className="stat-label">
                    <Link to={`/compliance?year=${year}`}>
                      Article 7 reports overdue ({data.reportingCompliance.year})
                    </Link>
                  </p>
                </div>
                <div className="card stat">
                  <p className="stat-value">{withShares.length}</p>
                  <p className="stat-label">Meetings with cost shares outstanding</p>
                </div>
              </section>
              <section aria-labelledby="upcoming-title">
                <h2 id="upcoming-title">Upcoming meetings</h2>
                <DataTable
                  title="Upcoming meetings"
                  captionHidden
                  rows={upcoming}
                  columns={columns}
                  rowKey={(meeting) => meeting.id}
                  empty="No meeting is planned. Create one under Meetings."
                />
              </section>
              <section aria-labelledby="compliance-title">
                <h2 id="compliance-title">Article 7 reports due in {data.reportingCompliance.year}</h2>
                <p>
                  As of {formatDate(data.reportingCompliance.asOf)}: {totals.onTime} on time, {totals.late} late,{' '}
                  <strong>{totals.overdue} overdue</strong>, {totals.notYetDue} not yet due, {totals.notRecorded} not
                  recorded (due before the records begin), of {data.reportingCompliance.total}.{' '}
                  <Link to={`/compliance?year=${year}`}>See each State</Link>.
                </p>
              </section>
              <section aria-labelledby="shares-title">
                <h2 id="shares-title">Cost shares outstanding</h2>
                <DataTable
                  title="Cost shares outstanding"
                  captionHidden
                  rows={withShares}
                  rowKey={(meeting) => meeting.id}
                  empty="Every issued share is paid, or none has been issued."
                  columns={[
                    {
                      key: 'title',
                      header: 'Meeting',
                      value: (meeting) => meeting.title,
                      render: (meeting) => (
                        <Link to={`/meetings/${encodeURIComponent(meeting.id)}`}>{meeting.title}</Link>
                      ),
                    },
                    {
                      key: 'total',
                      header: 'Total',
                      numeric: true,
                      sortAsNumber: true,
                      value: (meeting) => meeting.costShares?.total,
                      render: (meeting) => formatMoney(meeting.costShares?.total, meeting.costShares?.currency ?? ''),
                    },
                    {
                      key: 'paid',
                      header: 'Paid',
                      numeric: true,
                      sortAsNumber: true,
                      value: (meeting) => meeting.costShares?.paid,
                      render: (meeting) => formatMoney(meeting.costShares?.paid, meeting.costShares?.currency ?? ''),
                    },
                    {
                      key: 'outstanding',
                      header: 'Outstanding',
                      numeric: true,
                      sortAsNumber: true,
                      value: (meeting) => meeting.costShares?.outstanding,
                      render: (meeting) =>
                        formatMoney(meeting.costShares?.outstanding, meeting.costShares?.currency ?? ''),
                    },
                  ]}
                />
              </section>
            </>
          );
        }}
      </QueryView>
    </>
  );
}
