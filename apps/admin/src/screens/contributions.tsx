import { AdminContributionsStatusDocument, type AdminContributionsStatusQuery } from '@plenary/sdk';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { DataTable, type Column } from '../components/data-table.tsx';
import { DownloadMessage } from '../components/download-message.tsx';
import { TextField } from '../components/field.tsx';
import { QueryView } from '../components/status.tsx';
import { StateName, useStateName } from '../language.tsx';
import { formatDate, formatMoney, today } from '../lib/format.ts';
import { useDownload, type DownloadRequest } from '../lib/use-download.ts';
import { Link } from '../router.tsx';
import { useClient } from '../session.tsx';

type Status = AdminContributionsStatusQuery['contributionsStatus'];
type StateLine = Status['states']['edges'][number]['node'];
type Totals = Status['totals'][number];
/** One State's sums in one currency: a row of the table. */
type StateRow = { state: StateLine['state'] } & Totals;

// Each State brings its totals and every meeting it was assessed for, which the API's cost limit prices at up to a
// hundred meetings a State: a page of 100 States would cost more than the limit allows (80,300 against 50,000).
const PAGE_SIZE = 50;

// The amount columns shared by the States' table and the totals.
function amountColumns<Row extends Totals>(): Column<Row>[] {
  const money = (key: keyof Totals, header: string): Column<Row> => ({
    key,
    header,
    numeric: true,
    sortAsNumber: true,
    value: (row) => row[key],
    render: (row) => formatMoney(row[key], row.currency),
  });
  return [
    money('amountAssessed', 'Assessed'),
    money('paid', 'Paid'),
    money('outstanding', 'Outstanding'),
    money('notYetDue', 'Not yet due'),
    money('underOneYear', 'Under 1 year'),
    money('oneToTwoYears', '1–2 years'),
    money('overTwoYears', 'Over 2 years'),
    money('credit', 'Credit'),
  ];
}

const inArrears = (row: Totals) =>
  [row.underOneYear, row.oneToTwoYears, row.overTwoYears].some((amount) => /[1-9]/.test(amount));

function Downloads({ asOf }: { asOf: string }) {
  const download = useDownload();
  const request = (format: 'csv' | 'pdf', language: 'EN' | 'FR'): DownloadRequest => ({
    key: `status-${format}-${language}`,
    path: `/documents/contributions/status.${format}?asOf=${asOf}&language=${language}`,
    fallbackName: `status-of-contributions-${asOf}-${language}.${format}`,
    label: `Status of contributions (${format.toUpperCase()}, ${language === 'EN' ? 'English' : 'French'})`,
  });
  const buttons = [
    [request('csv', 'EN'), 'CSV'],
    [request('pdf', 'EN'), 'PDF'],
    [request('pdf', 'FR'), 'PDF (French)'],
  ] as const;
  return (
    <div className="card">
      <h2 id="contributions-downloads">Downloads</h2>
      <div className="button-row" role="group" aria-labelledby="contributions-downloads">
        {buttons.map(([item, label]) => (
          <button
            key={item.key}
            type="button"
            className="button-secondary"
            disabled={download.pending !== null}
            aria-busy={download.pending === item.key}
            onClick={() => void download.run(item)}
          >
            <span className="visually-hidden">Status of contributions </span>
            {download.pending === item.key ? `${label}…` : label}
          </button>
        ))}
      </div>
      <DownloadMessage download={download} />
    </div>
  );
}

export function ContributionsScreen() {
  const client = useClient();
  const stateName = useStateName();
  const [asOf, setAsOf] = useState(today());
  const day = /^\d{4}-\d{2}-\d{2}$/.test(asOf) ? asOf : today();
  const query = useQuery({
    queryKey: ['contributions', day],
    // The totals come with the first page; the States of every page.
    queryFn: async () => {
      let page = (await client.request(AdminContributionsStatusDocument, { asOf: day, first: PAGE_SIZE }))
        .contributionsStatus;
      const lines: StateLine[] = page.states.edges.map((edge) => edge.node);
      const status = page;
      while (page.states.pageInfo.hasNextPage) {
        page = (
          await client.request(AdminContributionsStatusDocument, {
            asOf: day,
            first: PAGE_SIZE,
            after: page.states.pageInfo.endCursor,
          })
        ).contributionsStatus;
        lines.push(...page.states.edges.map((edge) => edge.node));
      }
      return { ...status, lines };
    },
  });

  return (
    <>
      <h1>Status of contributions</h1>
      <p className="hint">
        What each State owes for the meetings’ costs (Art. 14): the amounts assessed by the shares in force, the
        payments received and what is outstanding, by how long it has been due. These figures are public, as the United
        Nations publishes its own; each payment and its reference are not.
      </p>
      <div className="filters card">
        <TextField
          label="As of"
          type="date"
          value={asOf}
          onChange={(event) => setAsOf(event.target.value)}
          hint="Shares issued and payments received after this day do not count."
        />
      </div>
      <Downloads asOf={day} />
      <QueryView query={query}>
        {(status) => {
          const rows: StateRow[] = status.lines.flatMap((line) =>
            line.totals.map((totals) => ({ state: line.state, ...totals })),
          );
          return (
            <>
              <section aria-labelledby="contributions-states-title">
                <h2 id="contributions-states-title">States, as of {formatDate(status.asOf)}</h2>
                <p className="hint">A share falls due {status.dueDays} days after the shares are issued.</p>
                <DataTable<StateRow>
                  title="Status of contributions by State"
                  captionHidden
                  rows={rows}
                  rowKey={(row) => `${row.state.iso3}-${row.currency}`}
                  empty="No shares had been issued by that day."
                  rowClassName={(row) => (inArrears(row) ? 'row-late' : undefined)}
                  columns={[
                    {
                      key: 'state',
                      header: 'State',
                      value: (row) => stateName(row.state.names),
                      render: (row) => (
                        <Link to={`/states/${row.state.iso3}`}>
                          <StateName names={row.state.names} />
                        </Link>
                      ),
                    },
                    { key: 'currency', header: 'Currency', value: (row) => row.currency },
                    ...amountColumns<StateRow>(),
                  ]}
                />
              </section>
              <section aria-labelledby="contributions-totals-title">
                <h2 id="contributions-totals-title">Totals per currency</h2>
                <DataTable<Totals>
                  title="Totals of contributions per currency"
                  captionHidden
                  rows={status.totals}
                  rowKey={(row) => row.currency}
                  empty="Nothing assessed."
                  columns={[
                    { key: 'currency', header: 'Currency', value: (row) => row.currency },
                    ...amountColumns<Totals>(),
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
