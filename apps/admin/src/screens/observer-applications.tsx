import {
  allowedObserverDecisions,
  OBSERVER_DECISIONS_NEEDING_A_REASON,
  type ObserverDecision,
} from '@plenary/domain/observer-applications';
import {
  AdminDecideObserverApplicationDocument,
  AdminMeetingDocument,
  AdminObserverApplicationsDocument,
  type AdminObserverApplicationsQuery,
} from '@plenary/sdk';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { DataTable } from '../components/data-table.tsx';
import { FormProblem, TextField } from '../components/field.tsx';
import { QueryView } from '../components/status.tsx';
import { useStateName } from '../language.tsx';
import { issuesAt, successOf } from '../lib/action.ts';
import { fetchAll } from '../lib/fetch-all.ts';
import { optional } from '../lib/form-values.ts';
import { formatDateTime, humanise } from '../lib/format.ts';
import { useAction } from '../lib/use-action.ts';
import { Link } from '../router.tsx';
import { useClient } from '../session.tsx';
import { meetingKey } from './meeting-queries.ts';
import { participantText } from './participant.tsx';

type Application = NonNullable<
  AdminObserverApplicationsQuery['meeting']
>['observerApplications']['edges'][number]['node'];

const DECISION_LABELS: Record<ObserverDecision, string> = {
  PROVISIONALLY_INVITE: 'Provisionally invite',
  APPROVE: 'Approve',
  REJECT: 'Reject',
};

function StatusHistory({ application }: { application: Application }) {
  return (
    <ol className="status-history">
      {application.statusHistory.map((step) => (
        <li key={`${step.status}-${step.at}`}>
          {humanise(step.status)}, {formatDateTime(step.at)}
          {step.note ? `: ${step.note}` : ''}
        </li>
      ))}
    </ol>
  );
}

/** Only the decisions the domain's workflow allows from the application's status; a reason where the domain asks for one. */
function DecideApplication({ application, meetingId }: { application: Application; meetingId: string }) {
  const client = useClient();
  const [note, setNote] = useState('');
  const decide = useAction(
    async (decision: ObserverDecision) =>
      successOf(
        (
          await client.request(AdminDecideObserverApplicationDocument, {
            invitationId: application.id,
            decision,
            note: optional(note),
          })
        ).decideObserverApplication,
      ),
    { invalidate: [meetingKey(meetingId)], onSuccess: () => setNote('') },
  );
  const decisions = application.status === 'ISSUED' ? [] : allowedObserverDecisions(application.status);
  if (decisions.length === 0) return <span>Decided</span>;
  const label = participantText(application.participant, () => '');
  const reasonNeeded = decisions.filter((decision) => OBSERVER_DECISIONS_NEEDING_A_REASON.includes(decision));
  return (
    <div className="decide">
      <FormProblem problem={decide.problem} shownPaths={['note']} />
      <TextField
        label={`Decision note for ${label}`}
        value={note}
        onChange={(event) => setNote(event.target.value)}
        errors={issuesAt(decide.problem, 'note')}
        hint={
          reasonNeeded.length > 0
            ? `Required to ${reasonNeeded.map((decision) => DECISION_LABELS[decision].toLowerCase()).join(' or ')}: the reason, told to the organisation.`
            : undefined
        }
      />
      <div className="button-row" role="group" aria-label={`Decisions on ${label}`}>
        {decisions.map((decision) => (
          <button
            key={decision}
            type="button"
            className={
              decision === 'REJECT'
                ? 'button-danger'
                : decision === 'PROVISIONALLY_INVITE'
                  ? 'button-secondary'
                  : undefined
            }
            disabled={decide.pending || (OBSERVER_DECISIONS_NEEDING_A_REASON.includes(decision) && !note.trim())}
            onClick={() => decide.run(decision)}
          >
            {DECISION_LABELS[decision]}
          </button>
        ))}
      </div>
    </div>
  );
}

export function ObserverApplicationsScreen({ meetingId }: { meetingId: string }) {
  const client = useClient();
  const stateName = useStateName();
  const meeting = useQuery({
    queryKey: [...meetingKey(meetingId), 'detail'],
    queryFn: () => client.request(AdminMeetingDocument, { id: meetingId }),
  });
  const applications = useQuery({
    queryKey: [...meetingKey(meetingId), 'applications'],
    queryFn: () =>
      fetchAll(
        client,
        AdminObserverApplicationsDocument,
        { id: meetingId },
        (data) => data.meeting?.observerApplications,
      ),
  });
  return (
    <QueryView query={meeting}>
      {({ meeting: found }) =>
        found ? (
          <>
            <p className="breadcrumbs">
              <Link to="/meetings">Meetings</Link> / <Link to={`/meetings/${found.id}`}>{found.code}</Link> / Observer
              applications
            </p>
            <h1>Observer applications (rule 1.3)</h1>
            <p className="hint">
              Organisations apply on the public page <code>/apply/{found.code}</code>. The President-designate invites
              them provisionally, then the meeting approves or rejects them.
            </p>
            <QueryView query={applications}>
              {(rows) => (
                <DataTable
                  title={`Observer applications to ${found.code}`}
                  captionHidden
                  rows={rows}
                  rowKey={(application) => application.id}
                  empty="No organisation has applied to observe."
                  columns={[
                    {
                      key: 'organisation',
                      header: 'Organisation',
                      value: (application) => participantText(application.participant, stateName),
                    },
                    {
                      key: 'contact',
                      header: 'Contact',
                      value: (application) =>
                        [application.contactName, application.contactEmail].filter(Boolean).join(', '),
                      render: (application) =>
                        application.contactEmail ? (
                          <>
                            {application.contactName}{' '}
                            <a href={`mailto:${application.contactEmail}`}>{application.contactEmail}</a>
                          </>
                        ) : (
                          '—'
                        ),
                    },
                    { key: 'motivation', header: 'Motivation', value: (application) => application.motivation },
                    { key: 'status', header: 'Status', value: (application) => humanise(application.status) },
                    {
                      key: 'history',
                      header: 'Status history',
                      value: (application) =>
                        application.statusHistory
                          .map((step) => `${humanise(step.status)} ${step.at}${step.note ? ` (${step.note})` : ''}`)
                          .join('; '),
                      render: (application) => <StatusHistory application={application} />,
                    },
                    {
                      key: 'decide',
                      header: 'Decide',
                      action: true,
                      value: () => '',
                      render: (application) => <DecideApplication application={application} meetingId={meetingId} />,
                    },
                  ]}
                />
              )}
            </QueryView>
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
