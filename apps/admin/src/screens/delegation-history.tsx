import { AdminDelegationChangesDocument } from '@plenary/sdk';
import { useQuery } from '@tanstack/react-query';
import { QueryView } from '../components/status.tsx';
import { formatDateTime, humanise } from '../lib/format.ts';
import { useClient } from '../session.tsx';
import { meetingKey } from './meeting-queries.ts';

// A delegation's submission and amendments, as the API's `changes` keeps them: who, when, and the list of members
// before and after. The snapshot's shape is the API's (a version, the consent and the members in list order).

interface MemberSnapshot {
  position?: number;
  role?: string;
  salutation?: string | null;
  givenName?: string | null;
  familyName?: string | null;
  title?: string | null;
  email?: string | null;
}

interface DelegationSnapshot {
  publicListConsent?: boolean;
  members?: MemberSnapshot[];
}

function snapshotOf(value: unknown): DelegationSnapshot | null {
  return value !== null && typeof value === 'object' ? value : null;
}

function memberLine(member: MemberSnapshot): string {
  const name = [member.salutation, member.givenName, member.familyName].filter(Boolean).join(' ');
  return `${humanise(member.role)}: ${name}${member.title ? `, ${member.title}` : ''}${member.email ? ` <${member.email}>` : ''}`;
}

function MemberList({
  snapshot,
  other,
  mark,
}: {
  snapshot: DelegationSnapshot | null;
  other: DelegationSnapshot | null;
  mark: string;
}) {
  if (!snapshot) return <p className="empty">Nothing: first submission.</p>;
  const otherLines = new Set((other?.members ?? []).map(memberLine));
  return (
    <>
      <ol>
        {(snapshot.members ?? []).map((member) => {
          const line = memberLine(member);
          // Lines the other side lacks are what this change added or removed.
          const changed = other !== null && !otherLines.has(line);
          return (
            <li key={`${member.position ?? ''}-${line}`} className={changed ? 'change-marked' : undefined}>
              {line}
              {changed && <strong> ({mark})</strong>}
            </li>
          );
        })}
      </ol>
      <p className="hint">Public list consent: {snapshot.publicListConsent ? 'yes' : 'no'}</p>
    </>
  );
}

export function DelegationHistory({
  meetingId,
  delegationId,
  participant,
  onClose,
}: {
  meetingId: string;
  delegationId: string;
  participant: string;
  onClose: () => void;
}) {
  const client = useClient();
  const query = useQuery({
    // Under the meeting's key, so that an amendment refreshes it.
    queryKey: [...meetingKey(meetingId), 'delegations', delegationId, 'changes'],
    queryFn: () => client.request(AdminDelegationChangesDocument, { id: delegationId }),
  });
  return (
    <section className="card" aria-labelledby="delegation-history-title">
      <h3 id="delegation-history-title">Change history of the delegation of {participant}</h3>
      <QueryView query={query}>
        {({ node }) => {
          const changes = node && 'changes' in node ? (node.changes?.edges.map((edge) => edge.node) ?? null) : null;
          if (!changes) return <p className="empty">You may not see this delegation’s history.</p>;
          return (
            <table className="compact">
              <caption>Submission and amendments, oldest first</caption>
              <thead>
                <tr>
                  <th scope="col">Version</th>
                  <th scope="col">When</th>
                  <th scope="col">By</th>
                  <th scope="col">Before</th>
                  <th scope="col">After</th>
                </tr>
              </thead>
              <tbody>
                {changes.map((change) => {
                  const before = snapshotOf(change.before);
                  const after = snapshotOf(change.after);
                  return (
                    <tr key={change.version}>
                      <td>{change.version === 1 ? '1 (submitted)' : `${change.version} (amended)`}</td>
                      <td>
                        {formatDateTime(change.changedAt)}
                        {change.afterDeadline && <span className="badge badge-late">After the deadline</span>}
                      </td>
                      <td>{change.changedByName ?? 'Not recorded'}</td>
                      <td>
                        <MemberList snapshot={before} other={after} mark="removed or changed" />
                      </td>
                      <td>
                        <MemberList snapshot={after} other={before} mark="added or changed" />
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          );
        }}
      </QueryView>
      <button type="button" className="button-secondary" onClick={onClose}>
        Close the history
      </button>
    </section>
  );
}
