import {
  AdminAmendDelegationDocument,
  AdminMeetingDelegationsDocument,
  AdminRecordCredentialsDocument,
  AdminSubmitDelegationDocument,
  type AdminMeetingDelegationsQuery,
  type AdminMeetingQuery,
  type CredentialAuthorisingOffice,
  type CredentialDocumentKind,
  type CredentialIssuingAuthority,
  type CredentialStatus,
  type CredentialsInput,
  type DelegateRole,
  type DelegationInput,
} from '@plenary/sdk';
import {
  CREDENTIAL_AUTHORISING_OFFICES,
  CREDENTIAL_DOCUMENT_KINDS,
  CREDENTIAL_ISSUING_AUTHORITIES,
  CREDENTIAL_STATUSES,
  DELEGATE_ROLES,
} from '@plenary/domain/enums';
import { credentialsInputSchema } from '@plenary/domain/inputs/delegation-input';
import { delegationSubmissionInputSchema } from '@plenary/domain/inputs/delegation-submission-input';
import { inputIssues } from '@plenary/domain/inputs/parse-input';
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { DataTable } from '../components/data-table.tsx';
import { FormProblem, SelectField, TextField } from '../components/field.tsx';
import { QueryView } from '../components/status.tsx';
import { useStateName } from '../language.tsx';
import { issuesAt, successOf } from '../lib/action.ts';
import { fetchAll } from '../lib/fetch-all.ts';
import { optional } from '../lib/form-values.ts';
import { formatDate, formatDateTime, humanise, today } from '../lib/format.ts';
import { useOpenForm } from '../lib/open-form.ts';
import { useAction } from '../lib/use-action.ts';
import { isSecretariat, useClient, useSignedInUser } from '../session.tsx';
import { DelegationHistory } from './delegation-history.tsx';
import { meetingKey, useInvitations, type InvitationRow } from './meeting-queries.ts';
import { ParticipantName, participantIso3, participantText } from './participant.tsx';

type Meeting = NonNullable<AdminMeetingQuery['meeting']>;
type DelegationRow = NonNullable<AdminMeetingDelegationsQuery['meeting']>['delegations']['edges'][number]['node'];

interface MemberValues {
  role: DelegateRole;
  salutation: string;
  givenName: string;
  familyName: string;
  title: string;
  email: string;
}

const EMPTY_MEMBER: MemberValues = {
  role: 'REPRESENTATIVE',
  salutation: '',
  givenName: '',
  familyName: '',
  title: '',
  email: '',
};

function toDelegationInput(members: readonly MemberValues[], publicListConsent: boolean): DelegationInput {
  return {
    publicListConsent,
    members: members.map((member, index) => ({
      role: member.role,
      givenName: member.givenName.trim(),
      familyName: member.familyName.trim(),
      salutation: optional(member.salutation),
      title: optional(member.title),
      email: optional(member.email),
      order: index + 1,
    })),
  };
}

function membersOf(delegation: DelegationRow): MemberValues[] {
  return delegation.members.map((member) => ({
    role: member.role,
    salutation: member.salutation ?? '',
    givenName: member.givenName ?? '',
    familyName: member.familyName ?? '',
    title: member.title ?? '',
    email: member.email ?? '',
  }));
}

function credentialsText(delegation: DelegationRow): string {
  if (delegation.invitation.capacity !== 'STATE_PARTY') return 'Not required';
  if (!delegation.credentials) return 'Not received';
  return `${humanise(delegation.credentials.status)} (${humanise(delegation.credentials.documentKind)}, ${formatDate(delegation.credentials.receivedDate)})`;
}

function headText(delegation: DelegationRow): string {
  const head = delegation.members.find((member) => member.role === 'HEAD');
  if (!head) return '';
  return (
    [head.salutation, head.givenName, head.familyName].filter(Boolean).join(' ') + (head.title ? `, ${head.title}` : '')
  );
}

/** Submit (for an invitation) or amend (a delegation, at its version) the list of members. */
function DelegationForm({
  meetingId,
  invitations,
  delegation,
  onDone,
}: {
  meetingId: string;
  invitations: readonly InvitationRow[];
  delegation?: DelegationRow;
  onDone: () => void;
}) {
  const client = useClient();
  const stateName = useStateName();
  const [invitationId, setInvitationId] = useState(delegation?.invitation.id ?? invitations[0]?.id ?? '');
  const [members, setMembers] = useState<MemberValues[]>(
    delegation ? membersOf(delegation) : [{ ...EMPTY_MEMBER, role: 'HEAD' }],
  );
  const [consent, setConsent] = useState(delegation?.publicListConsent ?? false);
  const save = useAction(
    async (input: DelegationInput) =>
      delegation
        ? successOf(
            (
              await client.request(AdminAmendDelegationDocument, {
                delegationId: delegation.id,
                version: delegation.version,
                input,
              })
            ).amendDelegation,
          )
        : successOf((await client.request(AdminSubmitDelegationDocument, { invitationId, input })).submitDelegation),
    {
      validate: (input) => inputIssues({ schema: delegationSubmissionInputSchema, input }),
      invalidate: [meetingKey(meetingId), ['dashboard']],
      onSuccess: onDone,
    },
  );
  const problem = save.problem;
  const setMember = (index: number, change: Partial<MemberValues>) =>
    setMembers((current) =>
      current.map((member, position) => (position === index ? { ...member, ...change } : member)),
    );
  const shownPaths = members.flatMap((_, index) =>
    ['role', 'givenName', 'familyName', 'title', 'salutation', 'email'].map((name) => `members.${index}.${name}`),
  );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.run(toDelegationInput(members, consent));
  };

  return (
    <form
      className="card"
      onSubmit={submit}
      noValidate
      aria-label={delegation ? 'Amend the delegation' : 'Record a delegation'}
    >
      <h3>
        {delegation
          ? `Amend the delegation of ${participantText(delegation.participant, stateName)}`
          : 'Record a delegation'}
      </h3>
      <FormProblem problem={problem} shownPaths={shownPaths} />
      {!delegation && (
        <SelectField
          label="Participant"
          value={invitationId}
          onChange={(event) => setInvitationId(event.target.value)}
          options={invitations.map((invitation) => ({
            value: invitation.id,
            label: `${participantText(invitation.participant, stateName)} — ${humanise(invitation.capacity)}`,
          }))}
        />
      )}
      {members.map((member, index) => (
        <fieldset key={index} className="member">
          <legend>Member {index + 1}</legend>
          <SelectField
            label="Role"
            value={member.role}
            onChange={(event) => setMember(index, { role: event.target.value as DelegateRole })}
            options={DELEGATE_ROLES.map((role) => ({ value: role, label: humanise(role) }))}
            errors={issuesAt(problem, `members.${index}.role`)}
          />
          <TextField
            label="Form of address"
            value={member.salutation}
            onChange={(event) => setMember(index, { salutation: event.target.value })}
            hint="E.g. H.E. Mr., Ms., Dr."
            errors={issuesAt(problem, `members.${index}.salutation`)}
          />
          <TextField
            label="Given name"
            value={member.givenName}
            onChange={(event) => setMember(index, { givenName: event.target.value })}
            errors={issuesAt(problem, `members.${index}.givenName`)}
          />
          <TextField
            label="Family name"
            value={member.familyName}
            onChange={(event) => setMember(index, { familyName: event.target.value })}
            errors={issuesAt(problem, `members.${index}.familyName`)}
          />
          <TextField
            label="Official title"
            value={member.title}
            onChange={(event) => setMember(index, { title: event.target.value })}
            errors={issuesAt(problem, `members.${index}.title`)}
          />
          <TextField
            label="E-mail"
            type="email"
            value={member.email}
            onChange={(event) => setMember(index, { email: event.target.value })}
            errors={issuesAt(problem, `members.${index}.email`)}
          />
          {members.length > 1 && (
            <button
              type="button"
              className="button-secondary"
              onClick={() => setMembers((current) => current.filter((_, position) => position !== index))}
            >
              Remove member {index + 1}
            </button>
          )}
        </fieldset>
      ))}
      <div className="checkbox">
        <input
          id={`consent-${delegation?.id ?? 'new'}`}
          type="checkbox"
          checked={consent}
          onChange={(event) => setConsent(event.target.checked)}
        />
        <label htmlFor={`consent-${delegation?.id ?? 'new'}`}>
          Names may appear on the public list of participants
        </label>
      </div>
      <div className="form-actions">
        <button
          type="button"
          className="button-secondary"
          onClick={() => setMembers((current) => [...current, { ...EMPTY_MEMBER }])}
        >
          Add a member
        </button>
        <button type="submit" disabled={save.pending || (!delegation && !invitationId)}>
          {save.pending ? 'Saving…' : delegation ? 'Save the delegation' : 'Record the delegation'}
        </button>
        <button type="button" className="button-secondary" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}

function CredentialsForm({ meetingId, delegations }: { meetingId: string; delegations: readonly DelegationRow[] }) {
  const client = useClient();
  const stateName = useStateName();
  const [delegationId, setDelegationId] = useState(delegations[0]?.id ?? '');
  const [issuingAuthority, setIssuingAuthority] = useState<CredentialIssuingAuthority>('MINISTER_FOR_FOREIGN_AFFAIRS');
  const [authorisedBy, setAuthorisedBy] = useState<CredentialAuthorisingOffice>('MINISTER_FOR_FOREIGN_AFFAIRS');
  const [documentKind, setDocumentKind] = useState<CredentialDocumentKind>('ORIGINAL');
  const [receivedDate, setReceivedDate] = useState(today());
  const [status, setStatus] = useState<CredentialStatus>('RECEIVED');
  const record = useAction(
    async (input: CredentialsInput) =>
      successOf((await client.request(AdminRecordCredentialsDocument, { delegationId, input })).recordCredentials),
    {
      validate: (input) => inputIssues({ schema: credentialsInputSchema, input }),
      invalidate: [meetingKey(meetingId)],
    },
  );
  const problem = record.problem;
  return (
    <form
      className="card"
      aria-label="Record credentials"
      noValidate
      onSubmit={(event: FormEvent) => {
        event.preventDefault();
        record.run({
          issuingAuthority,
          documentKind,
          receivedDate,
          status,
          ...(issuingAuthority === 'AUTHORISED_PERSON' && { authorisedBy }),
        });
      }}
    >
      <h3>Record credentials</h3>
      <FormProblem
        problem={problem}
        shownPaths={['issuingAuthority', 'authorisedBy', 'documentKind', 'receivedDate', 'status']}
      />
      <div className="form-grid">
        <SelectField
          label="Delegation"
          value={delegationId}
          onChange={(event) => setDelegationId(event.target.value)}
          options={delegations.map((delegation) => ({
            value: delegation.id,
            label: participantText(delegation.participant, stateName),
          }))}
        />
        <SelectField
          label="Issued by"
          value={issuingAuthority}
          onChange={(event) => setIssuingAuthority(event.target.value as CredentialIssuingAuthority)}
          options={CREDENTIAL_ISSUING_AUTHORITIES.map((value) => ({ value, label: humanise(value) }))}
          errors={issuesAt(problem, 'issuingAuthority')}
        />
        {issuingAuthority === 'AUTHORISED_PERSON' && (
          <SelectField
            label="Authorised by"
            value={authorisedBy}
            onChange={(event) => setAuthorisedBy(event.target.value as CredentialAuthorisingOffice)}
            options={CREDENTIAL_AUTHORISING_OFFICES.map((value) => ({ value, label: humanise(value) }))}
            errors={issuesAt(problem, 'authorisedBy')}
          />
        )}
        <SelectField
          label="Document"
          value={documentKind}
          onChange={(event) => setDocumentKind(event.target.value as CredentialDocumentKind)}
          options={CREDENTIAL_DOCUMENT_KINDS.map((value) => ({ value, label: humanise(value) }))}
          errors={issuesAt(problem, 'documentKind')}
        />
        <TextField
          label="Received on"
          type="date"
          value={receivedDate}
          onChange={(event) => setReceivedDate(event.target.value)}
          errors={issuesAt(problem, 'receivedDate')}
        />
        <SelectField
          label="Credentials status"
          value={status}
          onChange={(event) => setStatus(event.target.value as CredentialStatus)}
          options={CREDENTIAL_STATUSES.map((value) => ({ value, label: humanise(value) }))}
          errors={issuesAt(problem, 'status')}
        />
      </div>
      <button type="submit" disabled={record.pending || !delegationId}>
        Record credentials
      </button>
      {record.succeeded && (
        <p role="status" className="notice notice-success">
          Credentials recorded.
        </p>
      )}
    </form>
  );
}

export function MeetingDelegations({ meeting }: { meeting: Meeting }) {
  const client = useClient();
  const user = useSignedInUser();
  const stateName = useStateName();
  const secretariat = isSecretariat(user);
  const ownIso3 = user.role === 'STATE' ? (user.state?.iso3 ?? null) : null;
  const { open: editing, show: setEditing, closer } = useOpenForm();
  const [history, setHistory] = useState<string | null>(null);
  const delegationsQuery = useQuery({
    queryKey: [...meetingKey(meeting.id), 'delegations'],
    queryFn: () =>
      fetchAll(client, AdminMeetingDelegationsDocument, { id: meeting.id }, (data) => data.meeting?.delegations),
  });
  const invitationsQuery = useInvitations(meeting.id);
  const open = meeting.status === 'CONVENED' || meeting.status === 'IN_SESSION';

  return (
    <section aria-labelledby="delegations-title">
      <h2 id="delegations-title">{ownIso3 ? 'Your delegation' : 'Delegations'}</h2>
      {meeting.delegationDeadline && (
        <p className="hint">
          Delegations registered after {formatDate(meeting.delegationDeadline)} (end of day, {meeting.timeZone}) are
          marked late.
        </p>
      )}
      <QueryView query={delegationsQuery}>
        {(all) => {
          // A focal point works on its own State's delegation only; the API hides other delegates' names anyway.
          const delegations = ownIso3
            ? all.filter((delegation) => participantIso3(delegation.participant) === ownIso3)
            : all;
          const invitations = (invitationsQuery.data ?? []).filter(
            (invitation) =>
              !invitation.delegation &&
              (ownIso3 ? participantIso3(invitation.participant) === ownIso3 : true) &&
              invitation.status !== 'REQUESTED' &&
              invitation.status !== 'REJECTED',
          );
          const editable = (delegation: DelegationRow) =>
            open && (secretariat || participantIso3(delegation.participant) === ownIso3);
          const amending = delegations.find((delegation) => delegation.id === editing);
          const historyOf = delegations.find((delegation) => delegation.id === history);
          return (
            <>
              <DataTable
                title={`Delegations to ${meeting.code}`}
                rows={delegations}
                rowKey={(delegation) => delegation.id}
                empty={
                  ownIso3
                    ? 'Your State has not registered a delegation for this meeting.'
                    : 'No delegation has been registered.'
                }
                rowClassName={(delegation) => (delegation.timeliness === 'LATE' ? 'row-late' : undefined)}
                columns={[
                  {
                    key: 'participant',
                    header: 'Participant',
                    value: (delegation) => participantText(delegation.participant, stateName),
                    render: (delegation) => <ParticipantName participant={delegation.participant} />,
                  },
                  {
                    key: 'capacity',
                    header: 'Capacity',
                    value: (delegation) => humanise(delegation.invitation.capacity),
                  },
                  { key: 'head', header: 'Head of delegation', value: headText },
                  {
                    key: 'members',
                    header: 'Members',
                    numeric: true,
                    sortAsNumber: true,
                    value: (delegation) => delegation.members.length,
                  },
                  {
                    key: 'submittedAt',
                    header: 'Submitted',
                    value: (delegation) => delegation.submittedAt,
                    render: (delegation) => formatDateTime(delegation.submittedAt),
                  },
                  {
                    key: 'timeliness',
                    header: 'On time',
                    value: (delegation) =>
                      (delegation.timeliness === 'LATE' ? 'Late' : 'On time') +
                      (delegation.amendedAfterDeadline ? ', amended after the deadline' : ''),
                    render: (delegation) => (
                      <>
                        <span className={`badge badge-${delegation.timeliness === 'LATE' ? 'late' : 'on-time'}`}>
                          {delegation.timeliness === 'LATE' ? 'Late' : 'On time'}
                        </span>
                        {delegation.amendedAfterDeadline && <span className="hint"> amended after the deadline</span>}
                      </>
                    ),
                  },
                  { key: 'credentials', header: 'Credentials', value: credentialsText },
                  {
                    key: 'history',
                    header: 'History',
                    action: true,
                    value: () => '',
                    // The API keeps the history for the secretariat and the delegation's own State.
                    render: (delegation) =>
                      secretariat || participantIso3(delegation.participant) === ownIso3 ? (
                        <button type="button" className="button-secondary" onClick={() => setHistory(delegation.id)}>
                          History
                          <span className="visually-hidden">
                            {' '}
                            of the delegation of {participantText(delegation.participant, stateName)}
                          </span>
                        </button>
                      ) : (
                        ''
                      ),
                  },
                  {
                    key: 'edit',
                    header: 'Change',
                    value: () => '',
                    render: (delegation) =>
                      editable(delegation) ? (
                        <button type="button" className="button-secondary" onClick={() => setEditing(delegation.id)}>
                          Amend
                          <span className="visually-hidden">
                            {' '}
                            the delegation of {participantText(delegation.participant, stateName)}
                          </span>
                        </button>
                      ) : (
                        ''
                      ),
                  },
                ]}
              />
              {historyOf && (
                <DelegationHistory
                  key={historyOf.id}
                  meetingId={meeting.id}
                  delegationId={historyOf.id}
                  participant={participantText(historyOf.participant, stateName)}
                  onClose={() => setHistory(null)}
                />
              )}
              {amending && (
                <DelegationForm
                  key={amending.id}
                  meetingId={meeting.id}
                  invitations={[]}
                  delegation={amending}
                  onDone={closer(amending.id)}
                />
              )}
              {open && invitations.length > 0 && editing === null && (
                <button type="button" onClick={() => setEditing('new')}>
                  Record a delegation
                </button>
              )}
              {editing === 'new' && (
                <DelegationForm meetingId={meeting.id} invitations={invitations} onDone={closer('new')} />
              )}
              {!open && <p className="hint">Delegations are registered while the meeting is convened or in session.</p>}
              {secretariat &&
                open &&
                delegations.some((delegation) => delegation.invitation.capacity === 'STATE_PARTY') && (
                  <CredentialsForm
                    meetingId={meeting.id}
                    delegations={delegations.filter((delegation) => delegation.invitation.capacity === 'STATE_PARTY')}
                  />
                )}
            </>
          );
        }}
      </QueryView>
    </section>
  );
}
