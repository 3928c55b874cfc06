import { AdminMeetingsDocument, type AdminMeetingsQuery } from '@plenary/sdk';
import { useQuery } from '@tanstack/react-query';
import { DataTable, type Column } from '../components/data-table.tsx';
import { QueryView } from '../components/status.tsx';
import { fetchAll } from '../lib/fetch-all.ts';
import { formatDate, humanise } from '../lib/format.ts';
import { Link } from '../router.tsx';
import { isSecretariat, useClient, useSignedInUser } from '../session.tsx';

type MeetingRow = AdminMeetingsQuery['meetings']['edges'][number]['node'];

export function meetingPath(id: string): string {
  return `/meetings/${encodeURIComponent(id)}`;
}

const COLUMNS: Column<MeetingRow>[] = [
  { key: 'code', header: 'Code', value: (meeting) => meeting.code },
  {
    key: 'title',
    header: 'Title',
    value: (meeting) => meeting.title,
    render: (meeting) => <Link to={meetingPath(meeting.id)}>{meeting.title}</Link>,
  },
  {
    key: 'status',
    header: 'Status',
    value: (meeting) => humanise(meeting.status),
    render: (meeting) => (
      <span className={`badge badge-${meeting.status.toLowerCase()}`}>{humanise(meeting.status)}</span>
    ),
  },
  {
    key: 'opensOn',
    header: 'Opens',
    value: (meeting) => meeting.opensOn,
    render: (meeting) => formatDate(meeting.opensOn),
  },
  {
    key: 'closesOn',
    header: 'Closes',
    value: (meeting) => meeting.closesOn,
    render: (meeting) => formatDate(meeting.closesOn),
  },
  { key: 'place', header: 'Place', value: (meeting) => [meeting.venue, meeting.city].filter(Boolean).join(', ') },
  {
    key: 'delegationDeadline',
    header: 'Delegation deadline',
    value: (meeting) => meeting.delegationDeadline,
    render: (meeting) => formatDate(meeting.delegationDeadline),
  },
  {
    key: 'convenedOn',
    header: 'Convened',
    value: (meeting) => meeting.convenedOn,
    render: (meeting) => formatDate(meeting.convenedOn),
  },
];

export function MeetingsScreen() {
  const client = useClient();
  const user = useSignedInUser();
  const query = useQuery({
    queryKey: ['meetings'],
    queryFn: () => fetchAll(client, AdminMeetingsDocument, {}, (data) => data.meetings),
  });
  return (
    <>
      <div className="page-heading">
        <h1>Meetings</h1>
        {isSecretariat(user) && (
          <Link to="/meetings/new" className="button">
            New meeting
          </Link>
        )}
      </div>
      <QueryView query={query}>
        {(meetings) => (
          <DataTable
            title="Meetings"
            captionHidden
            rows={meetings}
            columns={COLUMNS}
            rowKey={(meeting) => meeting.id}
            empty="No meeting has been recorded yet."
          />
        )}
      </QueryView>
    </>
  );
}
