import { AdminStateDocument, type AdminStateQuery } from '@plenary/sdk';
import { useQuery } from '@tanstack/react-query';
import { DataTable } from '../components/data-table.tsx';
import { QueryView } from '../components/status.tsx';
import { directionOf, StateName, UN_LANGUAGES } from '../language.tsx';
import { formatDate, formatDateTime, formatMoney, humanise, today } from '../lib/format.ts';
import { Link } from '../router.tsx';
import { isSecretariat, useClient, useSignedInUser } from '../session.tsx';
import { StateRemindersSent } from './report-reminder.tsx';
import { StateReports } from './state-reports.tsx';

type StateDetail = NonNullable<AdminStateQuery['state']>;

function TreatyHistory({ state }: { state: StateDetail }) {
  const record = state.treatyStatus;
  if (!record) return <p className="empty">No treaty action is recorded for this State.</p>;
  const events = [
    { label: 'Signature', date: record.signedOn, source: record.signatureSource },
    {
      label: record.instrument
        ? `Deposit of the instrument of ${record.instrument.toLowerCase()}`
        : 'Deposit of an instrument',
      date: record.depositedOn,
      source: record.depositSource,
    },
    {
      label: `Entry into force${record.entryIntoForceOverridden ? ' (recorded date)' : ' (Art. 17)'}`,
      date: record.entryIntoForceOn,
      source: null,
    },
    { label: 'Notice of withdrawal', date: record.withdrawalNotifiedOn, source: record.withdrawalSource },
    { label: 'Withdrawal takes effect', date: record.withdrawalEffectiveOn, source: null },
  ].filter((event) => event.date);
  return (
    <table className="compact">
      <caption>Treaty history</caption>
      <thead>
        <tr>
          <th scope="col">Date</th>
          <th scope="col">Event</th>
          <th scope="col">Source</th>
        </tr>
      </thead>
      <tbody>
        {events.map((event) => (
          <tr key={event.label}>
            <td>{formatDate(event.date)}</td>
            <td>{event.label}</td>
            <td>{event.source ?? ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function StateDetailScreen({ iso3 }: { iso3: string }) {
  const client = useClient();
  const secretariat = isSecretariat(useSignedInUser());
  const day = today();
  const query = useQuery({
    queryKey: ['state', iso3, day],
    queryFn: () => client.request(AdminStateDocument, { iso3, on: day }),
  });
  return (
    <QueryView query={query}>
      {({ state }) =>
        state ? (
          <>
            <p className="breadcrumbs">
              <Link to="/states">States</Link> / {state.iso3}
            </p>
            <div className="page-heading">
              <h1>
                <StateName names={state.names} />
              </h1>
              <span className={`badge badge-${state.standing.status.toLowerCase()}`}>
                {humanise(state.standing.status)}
              </span>
            </div>
            <dl className="facts">
              {UN_LANGUAGES.map((language) => (
                <div key={language.code}>
                  <dt>{language.label}</dt>
                  <dd lang={language.code} dir={directionOf(language.code)}>
                    {state.names[language.code]}
                  </dd>
                </div>
              ))}
              <div>
                <dt>Code</dt>
                <dd>{state.iso3}</dd>
              </div>
              <div>
                <dt>UN status</dt>
                <dd>{humanise(state.unStatus)}</dd>
              </div>
              <div>
                <dt>Regional group</dt>
                <dd>{humanise(state.regionalGroup) || '—'}</dd>
              </div>
            </dl>
            <section aria-labelledby="history-title">
              <h2 id="history-title">Treaty history</h2>
              <TreatyHistory state={state} />
            </section>
            <StateReports iso3={state.iso3} />
            {secretariat && <StateRemindersSent iso3={state.iso3} />}
            <section aria-labelledby="state-delegations-title">
              <h2 id="state-delegations-title">Delegations</h2>
              <DataTable
                title={`Delegations of ${state.iso3}`}
                captionHidden
                rows={state.delegations.edges.map((edge) => edge.node)}
                rowKey={(delegation) => delegation.id}
                empty="No delegation is recorded."
                columns={[
                  {
                    key: 'meeting',
                    header: 'Meeting',
                    value: (delegation) => delegation.invitation.meeting.title,
                    render: (delegation) => (
                      <Link to={`/meetings/${encodeURIComponent(delegation.invitation.meeting.id)}`}>
                        {delegation.invitation.meeting.title}
                      </Link>
                    ),
                  },
                  {
                    key: 'capacity',
                    header: 'Capacity',
                    value: (delegation) => humanise(delegation.invitation.capacity),
                  },
                  {
                    key: 'submittedAt',
                    header: 'Submitted',
                    value: (delegation) => delegation.submittedAt,
                    render: (delegation) => formatDateTime(delegation.submittedAt),
                  },
                  { key: 'timeliness', header: 'On time', value: (delegation) => humanise(delegation.timeliness) },
                  {
                    key: 'credentials',
                    header: 'Credentials',
                    value: (delegation) => humanise(delegation.credentials?.status) || 'Not received',
                  },
                ]}
              />
            </section>
            <section aria-labelledby="state-shares-title">
              <h2 id="state-shares-title">Cost shares</h2>
              <DataTable
                title={`Cost shares of ${state.iso3}`}
                captionHidden
                rows={state.costShares.edges.map((edge) => edge.node)}
                rowKey={(share) => share.id}
                empty="No share has been issued to this State."
                columns={[
                  {
                    key: 'meeting',
                    header: 'Meeting',
                    value: (share) => share.issue.meeting.title,
                    render: (share) => (
                      <Link to={`/meetings/${encodeURIComponent(share.issue.meeting.id)}`}>
                        {share.issue.meeting.title}
                      </Link>
                    ),
                  },
                  {
                    key: 'amount',
                    header: 'Amount',
                    numeric: true,
                    sortAsNumber: true,
                    value: (share) => share.amount,
                    render: (share) => (share.assessed ? formatMoney(share.amount, share.currency) : 'Unassessed'),
                  },
                  {
                    key: 'paid',
                    header: 'Paid',
                    numeric: true,
                    sortAsNumber: true,
                    value: (share) => share.paid,
                    render: (share) => formatMoney(share.paid, share.currency),
                  },
                  {
                    key: 'outstanding',
                    header: 'Outstanding',
                    numeric: true,
                    sortAsNumber: true,
                    value: (share) => share.outstanding,
                    render: (share) => formatMoney(share.outstanding, share.currency),
                  },
                ]}
              />
            </section>
          </>
        ) : (
          <>
            <h1>State not found</h1>
            <p>
              No State has the code {iso3}. <Link to="/states">Back to the States</Link>.
            </p>
          </>
        )
      }
    </QueryView>
  );
}
