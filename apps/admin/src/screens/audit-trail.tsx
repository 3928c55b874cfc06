import {
  AdminAuditEventsDocument,
  AdminMeetingsDocument,
  type AdminAuditEventsQuery,
  type AuditEventFilter,
} from '@plenary/sdk';
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { DataTable } from '../components/data-table.tsx';
import { SelectField, TextField } from '../components/field.tsx';
import { QueryView } from '../components/status.tsx';
import { fetchAll } from '../lib/fetch-all.ts';
import { optional } from '../lib/form-values.ts';
import { formatDateTime, humanise } from '../lib/format.ts';
import { Link, navigate, useLocation } from '../router.tsx';
import { useClient } from '../session.tsx';

// The audit trail: who changed what, when, on which object, newest first, a page at a time. The API decides what the
// viewer may read (ADMINs everything, the secretariat the meeting cycle); the filters live in the address, so a
// filtered trail can be linked to.

const PAGE_SIZE = 25;

type AuditEvent = AdminAuditEventsQuery['auditEvents']['edges'][number]['node'];
type Entity = NonNullable<AuditEvent['entity']>;

/** Where the admin app shows the object an event is about, if anywhere. */
function entityLink(entity: Entity): { to: string; label: string } | null {
  switch (entity.__typename) {
    case 'Meeting':
      return {
        to: `/meetings/${encodeURIComponent(entity.id)}`,
        label: entity.title,
      };
    case 'State':
      return { to: `/states/${entity.iso3}`, label: entity.iso3 };
    case 'TransparencyReport':
      return {
        to: `/states/${entity.state.iso3}`,
        label: `${humanise(entity.kind)} report ${entity.periodYear} of ${entity.state.iso3}`,
      };
    case 'Delegation':
      return {
        to: `/meetings/${encodeURIComponent(entity.invitation.meeting.id)}`,
        label: `Delegation to ${entity.invitation.meeting.title}`,
      };
    case 'Invitation':
      return {
        to: `/meetings/${encodeURIComponent(entity.meeting.id)}`,
        label: `Invitation to ${entity.meeting.title}`,
      };
    default:
      return null;
  }
}

function EntityCell({ event }: { event: AuditEvent }) {
  const link = event.entity ? entityLink(event.entity) : null;
  if (!link) return <>{humanise(event.entityType)}</>;
  return <Link to={link.to}>{link.label}</Link>;
}

function Changes({ event }: { event: AuditEvent }) {
  if (event.before === null && event.after === null) return <>—</>;
  return (
    <details>
      <summary>
        Before and after
        <span className="visually-hidden">
          {' '}
          ({event.action}, {formatDateTime(event.at)})
        </span>
      </summary>
      <div className="audit-changes">
        <div>
          <h4>Before</h4>
          <pre>{event.before === null ? 'Nothing' : JSON.stringify(event.before, null, 2)}</pre>
        </div>
        <div>
          <h4>After</h4>
          <pre>{event.after === null ? 'Nothing' : JSON.stringify(event.after, null, 2)}</pre>
        </div>
      </div>
    </details>
  );
}

function filterOf(search: URLSearchParams): AuditEventFilter {
  return {
    ...(search.get('meeting') && { meeting: search.get('meeting') }),
    ...(search.get('entityType') && { entityType: search.get('entityType') }),
    ...(search.get('entityId') && { entityId: search.get('entityId') }),
    ...(search.get('action') && { action: search.get('action') }),
  };
}

function Filters({ filter }: { filter: AuditEventFilter }) {
  const client = useClient();
  const meetings = useQuery({
    queryKey: ['meetings', 'all'],
    queryFn: () => fetchAll(client, AdminMeetingsDocument, {}, (data) => data.meetings),
  });
  const [meeting, setMeeting] = useState(String(filter.meeting ?? ''));
  const [entityType, setEntityType] = useState(filter.entityType ?? '');
  const [entityId, setEntityId] = useState(String(filter.entityId ?? ''));
  const [action, setAction] = useState(filter.action ?? '');
  const apply = (event: FormEvent) => {
    event.preventDefault();
    const params = new URLSearchParams();
    for (const [name, value] of Object.entries({
      meeting,
      entityType,
      entityId,
      action,
    })) {
      const given = optional(value);
      if (given) params.set(name, given);
    }
    navigate(`/audit${params.size > 0 ? `?${params.toString()}` : ''}`);
  };
  return (
    <form className="filters card" onSubmit={apply} aria-label="Filter the audit trail">
      <SelectField
        label="Meeting"
        value={meeting}
        onChange={(event) => setMeeting(event.target.value)}
        options={[
          { value: '', label: 'Any meeting or none' },
          ...(meetings.data ?? []).map((candidate) => ({
            value: candidate.id,
            label: `${candidate.code} — ${candidate.title}`,
          })),
        ]}
      />
      <TextField
        label="Object type"
        value={entityType}
        onChange={(event) => setEntityType(event.target.value)}
        hint="E.g. Delegation, TransparencyReport, State."
      />
      <TextField label="Object ID" value={entityId} onChange={(event) => setEntityId(event.target.value)} />
      <TextField
        label="Action"
        value={action}
        onChange={(event) => setAction(event.target.value)}
        hint="E.g. delegation.amend, transparencyReport.publish."
      />
      <div className="form-actions">
        <button type="submit">Show events</button>
      </div>
    </form>
  );
}

export function AuditTrailScreen() {
  const client = useClient();
  const { search } = useLocation();
  const filter = filterOf(search);
  const filterKey = JSON.stringify(filter);
  // The cursors of the pages before this one, to go back; a new filter starts again at the first page.
  const [pages, setPages] = useState<{
    filterKey: string;
    cursors: (string | null)[];
  }>({ filterKey, cursors: [null] });
  const cursors = pages.filterKey === filterKey ? pages.cursors : [null];
  const after = cursors.at(-1) ?? null;
  const query = useQuery({
    queryKey: ['audit', filterKey, after],
    queryFn: () =>
      client.request(AdminAuditEventsDocument, {
        filter,
        first: PAGE_SIZE,
        ...(after && { after }),
      }),
  });

  return (
    <>
      <h1>Audit trail</h1>
      <p className="hint">Who changed what and when, newest first.</p>
      <Filters key={filterKey} filter={filter} />
      <QueryView query={query}>
        {({ auditEvents }) => {
          const events = auditEvents.edges.map((edge) => edge.node);
          const first = (cursors.length - 1) * PAGE_SIZE + 1;
          return (
            <section aria-labelledby="audit-events-title">
              <h2 id="audit-events-title">
                {auditEvents.totalCount === 0
                  ? 'No events'
                  : `Events ${first}-${first + events.length - 1} of ${auditEvents.totalCount}`}
              </h2>
              <DataTable
                title="Audit events"
                captionHidden
                rows={events}
                rowKey={(event) => event.id}
                empty="No event matches these filters."
                columns={[
                  {
                    key: 'at',
                    header: 'When',
                    value: (event) => event.at,
                    render: (event) => formatDateTime(event.at),
                  },
                  {
                    key: 'actor',
                    header: 'Who',
                    value: (event) => event.actorName ?? 'System',
                  },
                  {
                    key: 'action',
                    header: 'What',
                    value: (event) => event.action,
                    render: (event) => <code>{event.action}</code>,
                  },
                  {
                    key: 'entity',
                    header: 'Object',
                    value: (event) =>
                      event.entity ? (entityLink(event.entity)?.label ?? event.entityType) : event.entityType,
                    render: (event) => <EntityCell event={event} />,
                  },
                  {
                    key: 'changes',
                    header: 'Changes',
                    action: true,
                    value: () => '',
                    render: (event) => <Changes event={event} />,
                  },
                ]}
              />
              <nav className="pager" aria-label="Pages of the audit trail">
                <button
                  type="button"
                  className="button-secondary"
                  disabled={cursors.length <= 1}
                  onClick={() => setPages({ filterKey, cursors: cursors.slice(0, -1) })}
                >
                  Previous page
                </button>
                <button
                  type="button"
                  className="button-secondary"
                  disabled={!auditEvents.pageInfo.hasNextPage}
                  onClick={() =>
                    setPages({
                      filterKey,
                      cursors: [...cursors, auditEvents.pageInfo.endCursor ?? null],
                    })
                  }
                >
                  Next page
                </button>
              </nav>
            </section>
          );
        }}
      </QueryView>
    </>
  );
}
