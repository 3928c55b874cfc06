import {
  AdminChangeMeetingStatusDocument,
  AdminConveneMeetingDocument,
  AdminMeetingDocument,
  type AdminMeetingQuery,
  type MeetingStatus,
} from '@plenary/sdk';
import { DIRECT_MEETING_STATUS_TRANSITIONS } from '@plenary/domain/meeting-status';
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { DataTable } from '../components/data-table.tsx';
import { FormProblem, SelectField, TextField } from '../components/field.tsx';
import { QueryView } from '../components/status.tsx';
import { useStateName } from '../language.tsx';
import { issuesAt, successOf } from '../lib/action.ts';
import { optional } from '../lib/form-values.ts';
import { formatDate, formatDateTime, humanise, today } from '../lib/format.ts';
import { useAction } from '../lib/use-action.ts';
import { Link } from '../router.tsx';
import { isSecretariat, useClient, useSignedInUser } from '../session.tsx';
import { MeetingCosts } from './meeting-costs.tsx';
import { MeetingDelegations } from './meeting-delegations.tsx';
import { editMeetingPath } from './edit-meeting.tsx';
import { MeetingDocuments } from './meeting-documents.tsx';
import { meetingKey, useInvitations } from './meeting-queries.ts';
import { ParticipantName, participantText } from './participant.tsx';

type Meeting = NonNullable<AdminMeetingQuery['meeting']>;

function MeetingFacts({ meeting }: { meeting: Meeting }) {
  const stateName = useStateName();
  return (
    <dl className="facts">
      <div>
        <dt>Dates</dt>
        <dd>
          {formatDate(meeting.opensOn)} – {formatDate(meeting.closesOn)}
        </dd>
      </div>
      <div>
        <dt>Place</dt>
        <dd>{[meeting.venue, meeting.city, meeting.country].filter(Boolean).join(', ')}</dd>
      </div>
      <div>
        <dt>Delegation deadline</dt>
        <dd>
          {meeting.delegationDeadline
            ? `${formatDate(meeting.delegationDeadline)} (end of day, ${meeting.timeZone})`
            : 'None set'}
        </dd>
      </div>
      <div>
        <dt>Reporting deadline</dt>
        <dd>{formatDate(meeting.reportingDeadline) || 'None set'}</dd>
      </div>
      <div>
        <dt>Convening note</dt>
        <dd>
          {meeting.conveningNote.reference
            ? `${meeting.conveningNote.reference} of ${formatDate(meeting.conveningNote.date)}${meeting.conveningNote.issuingOffice ? `, ${meeting.conveningNote.issuingOffice.name}` : ''}`
            : 'None recorded'}
          {meeting.conveningNote.mandateResolution
            ? `, under resolution ${meeting.conveningNote.mandateResolution.symbol}`
            : ''}
        </dd>
      </div>
      <div>
        <dt>Convened on</dt>
        <dd>{formatDate(meeting.convenedOn) || 'Not convened'}</dd>
      </div>
      <div>
        <dt>Document symbols</dt>
        <dd>{meeting.symbolPrefix ?? '—'}</dd>
      </div>
      <div>
        <dt>Presidency</dt>
        <dd>
          {[meeting.presidentName, meeting.presidentState ? stateName(meeting.presidentState.names) : null]
            .filter(Boolean)
            .join(', ') || '—'}
        </dd>
      </div>
    </dl>
  );
}

function MeetingActions({ meeting }: { meeting: Meeting }) {
  const client = useClient();
  const [conveningDate, setConveningDate] = useState(meeting.conveningNote.date ?? today());
  // The moves changeMeetingStatus allows from here, as the domain lists them; a draft is convened with conveneMeeting.
  const choices = DIRECT_MEETING_STATUS_TRANSITIONS[meeting.status];
  const [chosen, setStatus] = useState<MeetingStatus | null>(null);
  const status = chosen !== null && choices.includes(chosen) ? chosen : choices[0];
  const invalidate = [meetingKey(meeting.id), ['meetings'], ['dashboard']];
  const convene = useAction(
    async () =>
      successOf(
        (
          await client.request(AdminConveneMeetingDocument, {
            id: meeting.id,
            version: meeting.version,
            conveningDate: optional(conveningDate),
          })
        ).conveneMeeting,
      ),
    { invalidate },
  );
  const change = useAction(
    async (next: MeetingStatus) =>
      successOf(
        (
          await client.request(AdminChangeMeetingStatusDocument, {
            id: meeting.id,
            status: next,
            version: meeting.version,
          })
        ).changeMeetingStatus,
      ),
    {
      invalidate,
    },
  );

  return (
    <section className="card actions" aria-labelledby="actions-title">
      <h2 id="actions-title">Actions</h2>
      {meeting.status === 'DRAFT' && (
        <form
          className="inline-form"
          onSubmit={(event: FormEvent) => {
            event.preventDefault();
            convene.run(undefined);
          }}
        >
          <FormProblem problem={convene.problem} shownPaths={['conveningDate']} />
          <TextField
            label="Convening date"
            type="date"
            value={conveningDate}
            onChange={(event) => setConveningDate(event.target.value)}
            errors={issuesAt(convene.problem, 'conveningDate')}
            hint="Invitations follow treaty status on this day."
          />
          <button type="submit" disabled={convene.pending}>
            {convene.pending ? 'Convening…' : 'Convene meeting'}
          </button>
        </form>
      )}
      {meeting.status !== 'DRAFT' && status !== undefined && (
        <form
          className="inline-form"
          onSubmit={(event: FormEvent) => {
            event.preventDefault();
            change.run(status);
          }}
        >
          <FormProblem problem={change.problem} />
          <SelectField
            label="New status"
            value={status}
            onChange={(event) => setStatus(event.target.value as MeetingStatus)}
            options={choices.map((choice) => ({ value: choice, label: humanise(choice) }))}
          />
          <button type="submit" disabled={change.pending}>
            Change status
          </button>
        </form>
      )}
      {(convene.succeeded || change.succeeded) && (
        <p role="status" className="notice notice-success">
          Saved.
        </p>
      )}
    </section>
  );
}

function Invitations({ meeting }: { meeting: Meeting }) {
  const query = useInvitations(meeting.id);
  const stateName = useStateName();
  return (
    <section aria-labelledby="invitations-title">
      <h2 id="invitations-title">Invitations</h2>
      <table className="compact">
        <caption>Invited by capacity</caption>
        <thead>
          <tr>
            <th scope="col">Capacity</th>
            <th scope="col" className="numeric">
              Invited
            </th>
          </tr>
        </thead>
        <tbody>
          {meeting.invitationCounts.map((count) => (
            <tr key={count.capacity}>
              <th scope="row">{humanise(count.capacity)}</th>
              <td className="numeric">{count.count}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <QueryView query={query}>
        {(invitations) => (
          <DataTable
            title={`Invitations to ${meeting.code}`}
            rows={invitations}
            rowKey={(invitation) => invitation.id}
            empty={
              meeting.status === 'DRAFT' ? 'Invitations are made when the meeting is convened.' : 'No one is invited.'
            }
            columns={[
              {
                key: 'participant',
                header: 'Participant',
                value: (invitation) => participantText(invitation.participant, stateName),
                render: (invitation) => <ParticipantName participant={invitation.participant} />,
              },
              { key: 'capacity', header: 'Capacity', value: capacityText },
              { key: 'status', header: 'Status', value: (invitation) => humanise(invitation.status) },
              {
                key: 'delegation',
                header: 'Delegation',
                value: (invitation) => (invitation.delegation ? 'Registered' : 'Not yet'),
              },
            ]}
          />
        )}
      </QueryView>
    </section>
  );
}

/** The capacity, and each move a treaty action recorded after convening made to it (rule 1.1), so none goes unnoticed. */
function capacityText(invitation: {
  capacity: string;
  capacityChanges: readonly { changedAt: string; previousCapacity: string }[];
}): string {
  const changes = invitation.capacityChanges.map(
    (change) => `changed from ${humanise(change.previousCapacity)} on ${formatDateTime(change.changedAt)}`,
  );
  return changes.length === 0
    ? humanise(invitation.capacity)
    : `${humanise(invitation.capacity)} (${changes.join('; ')})`;
}

export function MeetingDetailScreen({ id }: { id: string }) {
  const client = useClient();
  const user = useSignedInUser();
  const query = useQuery({
    queryKey: [...meetingKey(id), 'detail'],
    queryFn: () => client.request(AdminMeetingDocument, { id }),
  });
  const secretariat = isSecretariat(user);
  return (
    <QueryView query={query}>
      {({ meeting }) =>
        meeting ? (
          <>
            <p className="breadcrumbs">
              <Link to="/meetings">Meetings</Link> / {meeting.code}
            </p>
            <div className="page-heading">
              <h1>{meeting.title}</h1>
              <span className={`badge badge-${meeting.status.toLowerCase()}`} data-testid="meeting-status">
                {humanise(meeting.status)}
              </span>
            </div>
            <nav aria-label="Sections of the meeting" className="section-links">
              <a href="#invitations-title">Invitations</a>
              <a href="#delegations-title">Delegations</a>
              {secretariat && <Link to={`/meetings/${meeting.id}/observer-applications`}>Observer applications</Link>}
              <a href="#costs-title">Costs</a>
              <a href="#documents-title">Documents</a>
            </nav>
            {secretariat && (
              <p>
                <Link to={editMeetingPath(meeting.id)} className="button button-secondary">
                  Edit meeting and convening note
                </Link>
              </p>
            )}
            <MeetingFacts meeting={meeting} />
            {meeting.conveningNote.deadlineWeekdayDisagreement && (
              <div
                className="notice notice-warning"
                role="note"
                aria-label="The convening note disagrees with the calendar"
              >
                <p>{meeting.conveningNote.deadlineWeekdayDisagreement.message}</p>
              </div>
            )}
            {secretariat && <MeetingActions meeting={meeting} />}
            {secretariat && <Invitations meeting={meeting} />}
            <MeetingDelegations meeting={meeting} />
            <MeetingCosts meetingId={meeting.id} meetingCode={meeting.code} convenedOn={meeting.convenedOn ?? null} />
            <MeetingDocuments
              meetingId={meeting.id}
              meetingCode={meeting.code}
              hasConveningNote={Boolean(meeting.conveningNote.reference)}
              secretariat={secretariat}
            />
          </>
        ) : (
          <>
            <h1>Meeting not found</h1>
            <p>
              No meeting has this address. <Link to="/meetings">Back to the meetings</Link>.
            </p>
          </>
        )
      }
    </QueryView>
  );
}
