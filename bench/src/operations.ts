// The operations the benchmark drives, each with the check every response body must pass.

export const STANDING_DATE = '2024-01-01';
export const COMPLIANCE_YEAR = 2023;
export const PAGE_SIZE = 100;

export type OperationName =
  'statesParties' | 'meetingDelegations' | 'reportingCompliance' | 'amendDelegation' | 'mixed';

/** In the mixed workload, one amendDelegation after this many reads of (2), so the cache's invalidation costs too. */
export const READS_PER_AMENDMENT = 10;

export const OPERATION_LABELS: Record<OperationName, string> = {
  statesParties: '(1) States Parties on a date',
  meetingDelegations: '(2) meeting with delegations',
  reportingCompliance: '(3) reporting compliance',
  amendDelegation: '(4) amendDelegation',
  mixed: `(5) mixed: (2) with (4) after ${READS_PER_AMENDMENT}`,
};

/** Relay global IDs as the API encodes them (Pothos: base64 of `Type:id`). */
export function globalId(typename: string, id: string): string {
  return Buffer.from(`${typename}:${id}`).toString('base64');
}

export const STATES_PARTIES_QUERY = `query StatesParties($on: Date!, $first: Int!) {
  states(filter: { status: STATE_PARTY, on: $on }, first: $first) {
    edges { node { iso3 name standing(on: $on) { status entryIntoForce } treatyStatus { depositedOn instrument } } }
  }
}`;

export const MEETING_DELEGATIONS_QUERY = `query MeetingDelegations($id: ID!, $first: Int!) {
  meeting(id: $id) {
    invitations(first: $first) {
      edges { node { participant { ... on State { iso3 name } } delegation { members { givenName familyName role } } } }
    }
  }
}`;

export const REPORTING_COMPLIANCE_QUERY = `query ReportingCompliance($year: Int!, $asOf: Date!) {
  reportingCompliance(year: $year, asOf: $asOf) {
    total
    totals { onTime late overdue notYetDue }
    obligations(first: 100) { edges { node { state { iso3 name } dueOn receivedOn status } } }
  }
}`;

export const AMEND_DELEGATION_MUTATION = `mutation AmendDelegation($delegationId: ID!, $version: Int!, $input: DelegationInput!) {
  amendDelegation(delegationId: $delegationId, version: $version, input: $input) {
    __typename
    ... on MutationAmendDelegationSuccess { delegation { id version } }
    ... on Error { code message }
  }
}`;

export interface StateNode {
  iso3: string;
  name: string;
  standing: { status: string; entryIntoForce: string | null };
  treatyStatus: { depositedOn: string | null; instrument: string | null } | null;
}

export interface InvitationNode {
  participant: { iso3?: string; name?: string };
  delegation: { members: { givenName: string | null; familyName: string | null; role: string }[] } | null;
}

type Body = { data?: Record<string, unknown> | null; errors?: unknown[] };

function fail(message: string): never {
  throw new Error(message);
}

function dataOf(text: string): Record<string, unknown> {
  const body = JSON.parse(text) as Body;
  if (body.errors?.length) fail(`errors: ${JSON.stringify(body.errors).slice(0, 300)}`);
  return body.data ?? fail('no data');
}

/** Expected shapes; each throws with what is wrong. */
export const CHECKS: Record<OperationName, (text: string) => void> = {
  statesParties: (text) => {
    const edges = (dataOf(text).states as { edges: { node: StateNode }[] } | undefined)?.edges ?? fail('no states');
    if (edges.length !== PAGE_SIZE) fail(`expected ${PAGE_SIZE} States Parties, got ${edges.length}`);
    for (const { node } of edges) {
      if (
        node.iso3.length !== 3 ||
        !node.name ||
        node.standing.status !== 'STATE_PARTY' ||
        !node.standing.entryIntoForce ||
        !node.treatyStatus?.depositedOn
      ) {
        fail(`unexpected State ${JSON.stringify(node)}`);
      }
    }
  },
  meetingDelegations: (text) => {
    const meeting = dataOf(text).meeting as { invitations: { edges: { node: InvitationNode }[] } } | null;
    const edges = meeting?.invitations.edges ?? fail('no meeting');
    if (edges.length !== PAGE_SIZE) fail(`expected ${PAGE_SIZE} invitations, got ${edges.length}`);
    for (const { node } of edges) {
      const members = node.delegation?.members ?? fail(`no delegation for ${node.participant.iso3}`);
      if (
        !node.participant.iso3 ||
        members.length === 0 ||
        members[0]?.role !== 'HEAD' ||
        !members.every((member) => member.givenName && member.familyName)
      ) {
        fail(`unexpected invitation ${JSON.stringify(node)}`);
      }
    }
  },
  reportingCompliance: (text) => {
    const compliance = dataOf(text).reportingCompliance as
      { total: number; obligations: { edges: unknown[] } } | undefined;
    if (!compliance || compliance.total <= 0 || compliance.obligations.edges.length === 0)
      fail(`unexpected compliance ${text.slice(0, 300)}`);
  },
  amendDelegation: (text) => {
    const result = dataOf(text).amendDelegation as { __typename: string; delegation?: { version: number } };
    if (result.__typename !== 'MutationAmendDelegationSuccess' || !result.delegation)
      fail(`amendment refused: ${JSON.stringify(result)}`);
  },
  mixed: (text) => ('amendDelegation' in dataOf(text) ? CHECKS.amendDelegation(text) : CHECKS.meetingDelegations(text)),
};

/** The new version an amendment answered with. */
export function amendedVersion(text: string): number {
  return (JSON.parse(text) as { data: { amendDelegation: { delegation: { version: number } } } }).data.amendDelegation
    .delegation.version;
}

export const DELEGATION_VERSIONS_QUERY = `query DelegationVersions($ids: [ID!]!) {
  nodes(ids: $ids) { ... on Delegation { id version } }
}`;

const GIVEN_NAMES = ['Aiko', 'Bruno', 'Carmen', 'Dawit', 'Elif', 'Farid'];
const FAMILY_NAMES = ['Achebe', 'Berg', 'Costa', 'Demir', 'Eriksen', 'Fofana'];
const ROLES = ['HEAD', 'DEPUTY_HEAD', 'REPRESENTATIVE', 'REPRESENTATIVE', 'ALTERNATE', 'ADVISER'];

/** A six-member list of participants; `round` varies the names so each amendment changes something. */
export function amendmentInput(round: number) {
  return {
    publicListConsent: round % 2 === 0,
    members: ROLES.map((role, index) => ({
      role,
      givenName: GIVEN_NAMES[(index + round) % GIVEN_NAMES.length],
      familyName: FAMILY_NAMES[index],
      title: index === 0 ? 'Ambassador, Permanent Representative' : 'Counsellor',
      email: `delegate${index + 1}@mission.example.org`,
    })),
  };
}
