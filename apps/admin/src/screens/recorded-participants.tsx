import { AdminMeetingRecordedParticipantsDocument, AdminRecordMeetingParticipantsDocument } from '@plenary/sdk';
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { DataTable } from '../components/data-table.tsx';
import { FormProblem, TextAreaField } from '../components/field.tsx';
import { QueryView } from '../components/status.tsx';
import { StateName, useStateName } from '../language.tsx';
import { issuesAt, successOf } from '../lib/action.ts';
import { fetchAll } from '../lib/fetch-all.ts';
import { formatDateTime, humanise } from '../lib/format.ts';
import { useAction } from '../lib/use-action.ts';
import { useClient } from '../session.tsx';
import { meetingKey } from './meeting-queries.ts';

const CSV_EXAMPLE = 'iso3,capacity\nNOR,STATE_PARTY\nIDN,SIGNATORY_OBSERVER\nTHA,NON_SIGNATORY_OBSERVER';

function RecordParticipantsForm({ meetingId }: { meetingId: string }) {
  const client = useClient();
  const [csv, setCsv] = useState('');
  const record = useAction(
    async (text: string) =>
      successOf(
        (await client.request(AdminRecordMeetingParticipantsDocument, { meetingId, input: { csv: text } }))
          .recordMeetingParticipants,
      ),
    {
      invalidate: [meetingKey(meetingId)],
      onSuccess: () => setCsv(''),
    },
  );
  return (
    <form
      className="card"
      aria-label="Record participants"
      noValidate
      onSubmit={(event: FormEvent) => {
        event.preventDefault();
        record.run(csv);
      }}
    >
      <h4>Record participants from the list of participants</h4>
      <FormProblem problem={record.problem} shownPaths={['csv']} />
      <TextAreaField
        label="Paste the CSV"
        rows={8}
        value={csv}
        onChange={(event) => setCsv(event.target.value)}
        placeholder={CSV_EXAMPLE}
        hint="A header row naming iso3 and capacity (STATE_PARTY, SIGNATORY_OBSERVER or NON_SIGNATORY_OBSERVER, as the State stood on the opening day); lines starting with # are comments. All rows are recorded, or none."
        errors={issuesAt(record.problem, 'csv')}
      />
      <button type="submit" disabled={record.pending || csv.trim() === ''}>
        {record.pending ? 'Recording…' : 'Record the participants'}
      </button>
      {record.succeeded && (
        <p role="status" className="notice notice-success">
          Participants recorded.
        </p>
      )}
    </form>
  );
}

/**
 * The States whose participation in a past meeting was recorded after the fact (meetings held before their
 * invitations were kept here): they share its cost (Art. 14) as invited States with delegations do.
 */
export function RecordedParticipants({
  meetingId,
  meetingCode,
  canRecord,
}: {
  meetingId: string;
  meetingCode: string;
  canRecord: boolean;
}) {
  const client = useClient();
  const stateName = useStateName();
  const query = useQuery({
    queryKey: [...meetingKey(meetingId), 'recorded-participants'],
    queryFn: () =>
      fetchAll(
        client,
        AdminMeetingRecordedParticipantsDocument,
        { id: meetingId },
        (data) => data.meeting?.recordedParticipants,
      ),
  });
  return (
    <section aria-labelledby={`recorded-participants-${meetingId}`}>
      <h3 id={`recorded-participants-${meetingId}`}>Participants recorded after the meeting</h3>
      <p className="hint">
        For a meeting held before its invitations were kept here, record who took part; they then share its cost like
        invited States.
      </p>
      <QueryView query={query}>
        {(participants) => (
          <DataTable
            title={`Recorded participants ${meetingCode}`}
            rows={participants}
            rowKey={(row) => row.id}
            empty="No participants have been recorded after the meeting."
            columns={[
              {
                key: 'state',
                header: 'State',
                value: (row) => (row.participant.__typename === 'State' ? stateName(row.participant.names) : ''),
                render: (row) =>
                  row.participant.__typename === 'State' ? <StateName names={row.participant.names} /> : '',
              },
              {
                key: 'iso3',
                header: 'Code',
                value: (row) => (row.participant.__typename === 'State' ? row.participant.iso3 : ''),
              },
              { key: 'capacity', header: 'Capacity', value: (row) => humanise(row.capacity) },
              {
                key: 'recorded',
                header: 'Recorded',
                value: (row) => row.participationRecordedAt ?? '',
                render: (row) => formatDateTime(row.participationRecordedAt),
              },
            ]}
          />
        )}
      </QueryView>
      {canRecord && <RecordParticipantsForm meetingId={meetingId} />}
    </section>
  );
}
