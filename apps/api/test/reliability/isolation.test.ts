import { testBackends } from '@plenary/db/testing';
import { FORM_LETTERS } from '@plenary/domain';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql, type ResultOf, textOf, type TypedDocumentNode } from '../support/graphql.ts';
import { createActors, createUser, signIn, type Actors } from '../support/actors.ts';
import { startApi, type ApiFixture } from '../support/api-fixture.ts';
import {
  amendDelegation,
  databaseId,
  recordCredentials,
  submitDelegation,
  type MemberInput,
} from '../support/delegation-operations.ts';
import { expectData, expectResult } from '../support/expect-result.ts';
import { createInvitation, createMeeting } from '../support/factories.ts';
import { contentFingerprint, expectNoLeak, post, postDocument, type RawResponse } from './reliability-support.ts';

// Issue #8, isolation: with a STATE user's session, no query, mutation or download reaches another State's delegates
// or its unpublished (draft) Article 7 report. Switzerland holds the data; Austria's focal point (actors.otherState)
// asks for it by every path that holds such data, and Switzerland's own focal point, the secretariat or an ADMIN
// asks by the same path as a control, so that no row passes for want of data. authorisation-matrix.test.ts proves
// the roles on one path (node of a delegation); this file goes through every other.

type Asker = keyof Actors;

// Every personal field of a State's delegates carries its State's word, in every version of its list, so that a
// search of the raw answer finds any of them wherever the API puts it (fields, JSON history, rendered documents).
const SWISS_WORD = 'Zyxwv';
const AUSTRIAN_WORD = 'Qopmn';
const NORWEGIAN_WORD = 'Vwqrt';

function delegates(word: string, roles: MemberInput['role'][], version: string): MemberInput[] {
  return roles.map((role, index) => ({
    role,
    salutation: `H.E. ${word}`,
    givenName: `${word}-${version}-${index + 1}`,
    familyName: `${word}-Family`,
    title: `Counsellor ${word}`,
    email: `${word.toLowerCase()}.${version}.${index + 1}@example.org`,
    phone: `+41 22 ${word}`,
  }));
}

const SWISS_FIRST_LIST = delegates(SWISS_WORD, ['HEAD', 'ADVISER'], 'first');
const SWISS_DELEGATES = delegates(SWISS_WORD, ['HEAD', 'DEPUTY_HEAD', 'ADVISER'], 'current');
const AUSTRIAN_DELEGATES = delegates(AUSTRIAN_WORD, ['HEAD', 'ADVISER'], 'current');
// Norway consents to the public list of participants, so that list has names to show (its contact data stays out).
const NORWEGIAN_DELEGATES = delegates(NORWEGIAN_WORD, ['HEAD'], 'current').map(
  ({ email: _email, phone: _phone, ...member }) => member,
);

// Switzerland's focal point: createActors names the user by its e-mail address, which DelegationChange.changedByName shows.
const SWISS_FOCAL_POINT = 'same-state@plenary.test';
// Art. 7(2): the annual report on 2025 is due on 30 April 2026; Switzerland's was received and is not published.
const DRAFT_REPORT = {
  state: { iso3: 'CHE' },
  kind: 'ANNUAL',
  periodYear: 2025,
  receivedOn: '2026-03-10',
  channel: 'EMAIL',
} as const;
const COMPLIANCE_DAY = '2026-11-28';

interface Fixture {
  meeting: { id: string; code: string };
  swiss: {
    invitation: string;
    delegation: string;
    report: string;
    reportRow: string;
    user: string;
    submission: string;
  };
  austrianDelegation: string;
}

// ---------------------------------------------------------------- asking

interface RequestContext {
  fixture: Fixture;
  api: ApiFixture;
  asker: Asker;
}

/** Any typed document (`graphql()` of test/support/graphql.ts): the tables send many, each answer searched as raw text. */
type AnyDocument = TypedDocumentNode<unknown, never>;

type Request =
  | {
      graphql: AnyDocument;
      variables?: (context: RequestContext) => Record<string, unknown> | Promise<Record<string, unknown>>;
    }
  | { download: (fixture: Fixture) => string };

/** A GET of a download route, kept raw as `post` keeps a GraphQL answer. */
async function download(url: string, path: string, headers: Record<string, string>): Promise<RawResponse> {
  const response = await fetch(`${url}${path}`, { headers });
  return { status: response.status, headers: response.headers, text: await response.text(), body: undefined };
}

/** Which of Switzerland's personal data or draft report an answer shows, by its raw text. */
function swissDataIn(text: string, fixture: Fixture): string[] {
  const marks: [string, boolean][] = [
    ['a Swiss delegate', new RegExp(SWISS_WORD, 'i').test(text)],
    ['the Swiss focal point', text.includes(SWISS_FOCAL_POINT)],
    ['the Swiss draft report', text.includes(fixture.swiss.report) || text.includes(fixture.swiss.reportRow)],
  ];
  return marks.filter(([, found]) => found).map(([what]) => what);
}

/** Every object of a JSON answer whose `id` is `id`, wherever it sits. */
function objectsWithId(value: unknown, id: string): Record<string, unknown>[] {
  if (Array.isArray(value)) return value.flatMap((item) => objectsWithId(item, id));
  if (value === null || typeof value !== 'object') return [];
  const object = value as Record<string, unknown>;
  return [...(object.id === id ? [object] : []), ...Object.values(object).flatMap((inner) => objectsWithId(inner, id))];
}

/** Rows as [name, row], so that test titles show the whole name. */
function named<Row extends { name: string }>(rows: readonly Row[]): (readonly [string, Row])[] {
  return rows.map((row) => [row.name, row] as const);
}

/** An answer's data, typed by the document that asked for it. */
function dataOf<Document extends AnyDocument>(
  answer: RawResponse,
  _document: Document,
): ResultOf<Document> | undefined {
  return (answer.body?.data ?? undefined) as ResultOf<Document> | undefined;
}

function errorCodes(answer: RawResponse): unknown[] {
  return (answer.body?.errors ?? []).map((error) => error.extensions?.code);
}

// ---------------------------------------------------------------- the access paths

const PERSON_FIELDS = graphql(`
  fragment IsolationPerson on DelegationMember { role salutation givenName familyName title email phone }
`);
const DELEGATE_FIELDS = graphql(
  `
  fragment IsolationDelegates on Delegation {
    id
    headOfDelegation { ...IsolationPerson }
    members { ...IsolationPerson }
    changes { totalCount edges { node { changedByName before after } } }
  }
`,
  [PERSON_FIELDS],
);

const NOBODY = { salutation: null, givenName: null, familyName: null, title: null, email: null, phone: null };
// What anyone but the secretariat and Switzerland gets of its delegation: its shape, nobody in it, no history.
const HIDDEN_DELEGATION = {
  headOfDelegation: { role: 'HEAD', ...NOBODY },
  members: SWISS_DELEGATES.map(({ role }) => ({ role, ...NOBODY })),
  changes: null,
};

/** Switzerland's delegation as often as the answer shows it: its head, members and history. */
function swissDelegations(answer: RawResponse, fixture: Fixture): unknown[] {
  return objectsWithId(answer.body?.data, fixture.swiss.delegation).map(({ headOfDelegation, members, changes }) => ({
    headOfDelegation,
    members,
    changes,
  }));
}

const REPORT_LIST_FIELDS = graphql(`
  fragment IsolationReportList on TransparencyReportConnection { totalCount edges { node { id forms { letter status } } } }
`);

const LIST_OF_PARTICIPANTS = graphql(`
  query IsolationListOfParticipants($id: ID!, $variant: ListOfParticipantsVariant!, $format: ListOfParticipantsFormat!) {
    meeting(id: $id) { listOfParticipants(variant: $variant, format: $format) { content } }
  }
`);
const REPORTS_OF_STATE_YEAR_KIND = graphql(
  `
  query IsolationReportsOfStateYearKind {
    transparencyReports(filter: { state: "CHE", year: 2025, kind: ANNUAL }) { ...IsolationReportList }
  }
`,
  [REPORT_LIST_FIELDS],
);
const REPORTS_ON_TIME = graphql(
  `
  query IsolationReportsOnTime($asOf: Date!) {
    transparencyReports(filter: { compliance: ON_TIME, asOf: $asOf }) { ...IsolationReportList }
  }
`,
  [REPORT_LIST_FIELDS],
);
const STATE_REPORTS = graphql(
  `
  query IsolationStateReports { state(iso3: "CHE") { reports { ...IsolationReportList } } }
`,
  [REPORT_LIST_FIELDS],
);
const COMPLIANCE_REPORTS = graphql(`
  query IsolationComplianceReports($asOf: Date!) {
    reportingCompliance(year: 2026, asOf: $asOf) {
      obligations(first: 100) { edges { node { state { iso3 } report { id forms { letter status } } } } }
    }
  }
`);
const NODES_OF_ADMIN_RECORDS = graphql(`
  query IsolationNodesOfAdminRecords($ids: [ID!]!) { nodes(ids: $ids) { id ... on AuditEvent { after } ... on User { email } } }
`);

interface AccessPath {
  name: string;
  /** Who is shown Switzerland's data by this path: its own focal point, or only the secretariat or an ADMIN. */
  shownTo: 'sameState' | 'secretariat' | 'admin';
  request: Request;
  /** What the answer shows of Switzerland's delegation, draft report, focal point or audit trail. */
  extract: (answer: RawResponse, fixture: Fixture) => unknown;
  /** What another State's focal point gets instead, as the schema documents it. */
  refused: unknown;
}

const ACCESS_PATHS: AccessPath[] = [
  // Delegates, by every parent that leads to a delegation; each also asks for the delegation's history.
  {
    name: 'nodes(ids) of the delegation and its invitation',
    shownTo: 'sameState',
    request: {
      graphql: graphql(
        `
        query IsolationNodesOfDelegation($ids: [ID!]!) {
          nodes(ids: $ids) { ...IsolationDelegates ... on Invitation { delegation { ...IsolationDelegates } } }
        }
      `,
        [DELEGATE_FIELDS],
      ),
      variables: ({ fixture }) => ({ ids: [fixture.swiss.delegation, fixture.swiss.invitation] }),
    },
    extract: swissDelegations,
    refused: [HIDDEN_DELEGATION, HIDDEN_DELEGATION],
  },
  {
    name: 'Meeting.delegations',
    shownTo: 'sameState',
    request: {
      graphql: graphql(
        `
        query IsolationMeetingDelegations($id: ID!) {
          meeting(id: $id) { delegations(first: 100) { edges { node { ...IsolationDelegates } } } }
        }
      `,
        [DELEGATE_FIELDS],
      ),
      variables: ({ fixture }) => ({ id: fixture.meeting.id }),
    },
    extract: swissDelegations,
    refused: [HIDDEN_DELEGATION],
  },
  {
    name: 'Meeting.delegations filtered by timeliness, by the meeting’s code',
    shownTo: 'sameState',
    request: {
      graphql: graphql(
        `
        query IsolationLateDelegations($code: String!) {
          meetingByCode(code: $code) { delegations(filter: { timeliness: LATE }) { edges { node { ...IsolationDelegates } } } }
        }
      `,
        [DELEGATE_FIELDS],
      ),
      variables: ({ fixture }) => ({ code: fixture.meeting.code }),
    },
    extract: swissDelegations,
    refused: [HIDDEN_DELEGATION],
  },
  {
    name: 'Meeting.invitations to Invitation.delegation',
    shownTo: 'sameState',
    request: {
      graphql: graphql(
        `
        query IsolationInvitationDelegations($id: ID!) {
          meeting(id: $id) { invitations(first: 100) { edges { node { delegation { ...IsolationDelegates } } } } }
        }
      `,
        [DELEGATE_FIELDS],
      ),
      variables: ({ fixture }) => ({ id: fixture.meeting.id }),
    },
    extract: swissDelegations,
    refused: [HIDDEN_DELEGATION],
  },
  {
    name: 'the meetings list to Meeting.delegations',
    shownTo: 'sameState',
    request: {
      graphql: graphql(
        `
        query IsolationMeetingsDelegations {
          meetings(filter: { year: 2023 }, first: 5) { edges { node { delegations(first: 5) { edges { node { ...IsolationDelegates } } } } } }
        }
      `,
        [DELEGATE_FIELDS],
      ),
    },
    extract: swissDelegations,
    refused: [HIDDEN_DELEGATION],
  },
  {
    name: 'State.delegations',
    shownTo: 'sameState',
    request: {
      graphql: graphql(
        `
        query IsolationStateDelegations { state(iso3: "CHE") { delegations { edges { node { ...IsolationDelegates } } } } }
      `,
        [DELEGATE_FIELDS],
      ),
    },
    extract: swissDelegations,
    refused: [HIDDEN_DELEGATION],
  },
  {
    name: 'the States list, searched, to State.delegations',
    shownTo: 'sameState',
    request: {
      graphql: graphql(
        `
        query IsolationSearchedStatesDelegations {
          states(filter: { search: "Switzerland" }, first: 5) { edges { node { delegations(first: 10) { edges { node { ...IsolationDelegates } } } } } }
        }
      `,
        [DELEGATE_FIELDS],
      ),
    },
    extract: swissDelegations,
    refused: [HIDDEN_DELEGATION],
  },
  {
    name: 'me.state.delegations',
    shownTo: 'sameState',
    request: {
      graphql: graphql(
        `
        query IsolationOwnStateDelegations { me { state { delegations { edges { node { ...IsolationDelegates } } } } } }
      `,
        [DELEGATE_FIELDS],
      ),
    },
    extract: swissDelegations,
    // Austria's focal point's own State: Switzerland's delegation is not on this path at all.
    refused: [],
  },
  {
    name: 'the payload of an amendment of one’s own delegation, to the meeting’s delegations',
    shownTo: 'sameState',
    request: {
      graphql: graphql(
        `
        mutation IsolationAmendOwnDelegation($id: ID!, $version: Int!, $input: DelegationInput!) {
          amendDelegation(delegationId: $id, version: $version, input: $input) {
            __typename
            ... on MutationAmendDelegationSuccess { delegation { invitation { meeting { delegations { edges { node { ...IsolationDelegates } } } } } } }
          }
        }
      `,
        [DELEGATE_FIELDS],
      ),
      variables: async ({ fixture, api, asker }) => {
        // Each asker amends its own State's delegation, sending the list it already has.
        const [id, members] =
          asker === 'otherState'
            ? [fixture.austrianDelegation, AUSTRIAN_DELEGATES]
            : [fixture.swiss.delegation, SWISS_DELEGATES];
        const { version } = await api.database.prisma.delegation.findUniqueOrThrow({ where: { id: databaseId(id) } });
        return { id, version, input: { members } };
      },
    },
    extract: swissDelegations,
    refused: [HIDDEN_DELEGATION],
  },
  // The official list of participants, in GraphQL and as downloads (PDF shares the downloads' check and is not searchable).
  ...(['HTML', 'CSV', 'TEXT'] as const).map((format): AccessPath => ({
    name: `Meeting.listOfParticipants(variant: OFFICIAL, format: ${format})`,
    shownTo: 'secretariat',
    request: {
      graphql: LIST_OF_PARTICIPANTS,
      variables: ({ fixture }) => ({ id: fixture.meeting.id, variant: 'OFFICIAL', format }),
    },
    extract: (answer) => ({
      document: dataOf(answer, LIST_OF_PARTICIPANTS)?.meeting?.listOfParticipants,
      errors: errorCodes(answer),
    }),
    refused: { document: null, errors: ['FORBIDDEN'] },
  })),
  ...(['csv', 'html', 'txt'] as const).map((extension): AccessPath => ({
    name: `GET /documents/meetings/{code}/participants.${extension}?variant=official`,
    shownTo: 'secretariat',
    request: {
      download: (fixture) => `/documents/meetings/${fixture.meeting.code}/participants.${extension}?variant=official`,
    },
    extract: (answer) => answer.status,
    refused: 403,
  })),
  // The draft report.
  {
    name: 'node(id) of the draft report',
    shownTo: 'sameState',
    request: {
      graphql: graphql(`
        query IsolationReportNode($id: ID!) { node(id: $id) { id ... on TransparencyReport { published forms { letter status } } } }
      `),
      variables: ({ fixture }) => ({ id: fixture.swiss.report }),
    },
    extract: (answer, fixture) => objectsWithId(answer.body?.data, fixture.swiss.report),
    refused: [],
  },
  {
    name: 'transparencyReports filtered by the State, year and kind',
    shownTo: 'sameState',
    request: { graphql: REPORTS_OF_STATE_YEAR_KIND },
    extract: (answer) => dataOf(answer, REPORTS_OF_STATE_YEAR_KIND)?.transparencyReports,
    refused: { totalCount: 0, edges: [] },
  },
  {
    name: 'transparencyReports filtered by compliance',
    shownTo: 'sameState',
    request: { graphql: REPORTS_ON_TIME, variables: () => ({ asOf: COMPLIANCE_DAY }) },
    extract: (answer) => dataOf(answer, REPORTS_ON_TIME)?.transparencyReports,
    refused: { totalCount: 0, edges: [] },
  },
  {
    name: 'State.reports',
    shownTo: 'sameState',
    request: { graphql: STATE_REPORTS },
    extract: (answer) => dataOf(answer, STATE_REPORTS)?.state?.reports,
    refused: { totalCount: 0, edges: [] },
  },
  {
    name: 'reportingCompliance to ReportObligationCompliance.report',
    shownTo: 'sameState',
    request: { graphql: COMPLIANCE_REPORTS, variables: () => ({ asOf: COMPLIANCE_DAY }) },
    extract: (answer) =>
      dataOf(answer, COMPLIANCE_REPORTS)?.reportingCompliance.obligations.edges.find(
        ({ node }) => node.state.iso3 === 'CHE',
      )?.node.report,
    // Whether and when the report was received is public compliance data; the report itself is not.
    refused: null,
  },
  // The focal point's user record and the audit log, which keeps every list in full.
  {
    name: 'node(id) of the Swiss focal point’s user record',
    shownTo: 'sameState',
    request: {
      graphql: graphql(`
        query IsolationUserNode($id: ID!) { node(id: $id) { id ... on User { email name } } }
      `),
      variables: ({ fixture }) => ({ id: fixture.swiss.user }),
    },
    extract: (answer, fixture) => objectsWithId(answer.body?.data, fixture.swiss.user),
    refused: [],
  },
  {
    name: 'users searched by e-mail address',
    shownTo: 'admin',
    request: {
      graphql: graphql(`
        query IsolationUsersSearched { users(filter: { search: "same-state" }) { edges { node { id email name } } } }
      `),
    },
    extract: (answer, fixture) => objectsWithId(answer.body?.data, fixture.swiss.user),
    refused: [],
  },
  {
    name: 'auditEvents of the delegation',
    shownTo: 'admin',
    request: {
      graphql: graphql(`
        query IsolationDelegationAudit($id: ID!) {
          auditEvents(filter: { entityId: $id }) { edges { node { id action before after actorUser { email } } } }
        }
      `),
      variables: ({ fixture }) => ({ id: fixture.swiss.delegation }),
    },
    extract: (answer, fixture) => objectsWithId(answer.body?.data, fixture.swiss.submission),
    refused: [],
  },
  {
    name: 'nodes(ids) of the draft report, the focal point and the audit event of the submission',
    shownTo: 'admin',
    request: {
      graphql: NODES_OF_ADMIN_RECORDS,
      variables: ({ fixture }) => ({ ids: [fixture.swiss.report, fixture.swiss.user, fixture.swiss.submission] }),
    },
    extract: (answer) => dataOf(answer, NODES_OF_ADMIN_RECORDS)?.nodes,
    refused: [null, null, null],
  },
];

// ---------------------------------------------------------------- the mutations

interface RefusedMutation {
  name: string;
  /** Each asks `__typename ... on Error { message }` of the answer, and nothing more. */
  mutation: AnyDocument;
  variables: (context: RequestContext) => Record<string, unknown> | Promise<Record<string, unknown>>;
}

async function delegationVersion({ fixture, api }: RequestContext): Promise<number> {
  return (
    await api.database.prisma.delegation.findUniqueOrThrow({ where: { id: databaseId(fixture.swiss.delegation) } })
  ).version;
}

async function reportVersion({ fixture, api }: RequestContext): Promise<number> {
  return (await api.database.prisma.transparencyReport.findUniqueOrThrow({ where: { id: fixture.swiss.reportRow } }))
    .version;
}

const AMEND = graphql(`
  mutation IsolationAmend($id: ID!, $version: Int!, $input: DelegationInput!) {
    amendDelegation(delegationId: $id, version: $version, input: $input) { __typename ... on Error { message } }
  }
`);
const RECORD_REPORT = graphql(`
  mutation IsolationRecordReport($input: RecordTransparencyReportInput!) {
    recordTransparencyReport(input: $input) { __typename ... on Error { message } }
  }
`);
const ALL_FORMS_CHANGED = FORM_LETTERS.map((letter) => ({ letter, status: 'CHANGED' as const }));

// The refusal comes before any other answer: a ConflictError or a ValidationError would tell Austria that
// Switzerland has a delegation, which version it is at, or that its report is recorded.
const REFUSED_MUTATIONS: RefusedMutation[] = [
  {
    name: 'submitDelegation for Switzerland’s invitation, which has a delegation',
    mutation: graphql(`
      mutation IsolationSubmit($id: ID!, $input: DelegationInput!) {
        submitDelegation(invitationId: $id, input: $input) { __typename ... on Error { message } }
      }
    `),
    variables: ({ fixture }) => ({ id: fixture.swiss.invitation, input: { members: AUSTRIAN_DELEGATES } }),
  },
  {
    name: 'amendDelegation of Switzerland’s delegation with the version it has',
    mutation: AMEND,
    variables: async (context) => ({
      id: context.fixture.swiss.delegation,
      version: await delegationVersion(context),
      input: { members: AUSTRIAN_DELEGATES },
    }),
  },
  {
    name: 'amendDelegation of Switzerland’s delegation with a stale version',
    mutation: AMEND,
    variables: async (context) => ({
      id: context.fixture.swiss.delegation,
      version: (await delegationVersion(context)) - 1,
      input: { members: AUSTRIAN_DELEGATES },
    }),
  },
  {
    name: 'amendDelegation of Switzerland’s delegation with a list that has no head',
    mutation: AMEND,
    variables: async (context) => ({
      id: context.fixture.swiss.delegation,
      version: await delegationVersion(context),
      input: { members: AUSTRIAN_DELEGATES.map((member) => ({ ...member, role: 'ADVISER' })) },
    }),
  },
  {
    name: 'recordCredentials for Switzerland’s delegation',
    mutation: graphql(`
      mutation IsolationRecordCredentials($id: ID!, $input: CredentialsInput!) {
        recordCredentials(delegationId: $id, input: $input) { __typename ... on Error { message } }
      }
    `),
    variables: ({ fixture }) => ({
      id: fixture.swiss.delegation,
      input: {
        issuingAuthority: 'HEAD_OF_STATE',
        documentKind: 'ORIGINAL',
        receivedDate: '2023-09-01',
        status: 'REJECTED',
      },
    }),
  },
  {
    name: 'decideObserverApplication on Switzerland’s invitation',
    mutation: graphql(`
      mutation IsolationDecideObserverApplication($id: ID!) {
        decideObserverApplication(invitationId: $id, decision: REJECT) { __typename ... on Error { message } }
      }
    `),
    variables: ({ fixture }) => ({ id: fixture.swiss.invitation }),
  },
  {
    name: 'recordTransparencyReport for Switzerland, of the draft’s kind and period',
    mutation: RECORD_REPORT,
    variables: () => ({ input: { ...DRAFT_REPORT, forms: ALL_FORMS_CHANGED } }),
  },
  {
    name: 'recordTransparencyReport for Switzerland named by its global ID',
    mutation: RECORD_REPORT,
    variables: async ({ api }) => {
      const { id } = await api.database.prisma.state.findUniqueOrThrow({ where: { iso3: 'CHE' } });
      return { input: { ...DRAFT_REPORT, state: { id: encodeGlobalID('State', id) }, periodYear: 2024 } };
    },
  },
  {
    name: 'updateReportForms of the draft report',
    mutation: graphql(`
      mutation IsolationUpdateReportForms($id: ID!, $version: Int!, $forms: [ReportFormInput!]!) {
        updateReportForms(reportId: $id, version: $version, forms: $forms) { __typename ... on Error { message } }
      }
    `),
    variables: async (context) => ({
      id: context.fixture.swiss.report,
      version: await reportVersion(context),
      forms: FORM_LETTERS.map((letter) => ({ letter, status: 'NOT_APPLICABLE' })),
    }),
  },
  {
    name: 'publishReport of the draft report',
    mutation: graphql(`
      mutation IsolationPublishReport($id: ID!, $version: Int!) {
        publishReport(reportId: $id, version: $version) { __typename ... on Error { message } }
      }
    `),
    variables: async (context) => ({ id: context.fixture.swiss.report, version: await reportVersion(context) }),
  },
  {
    name: 'updateUser of Switzerland’s focal point, to act for Austria',
    mutation: graphql(`
      mutation IsolationMoveUserToAustria($id: ID!) {
        updateUser(id: $id, input: { stateIso3: "AUT" }) { __typename ... on Error { message } }
      }
    `),
    variables: ({ fixture }) => ({ id: fixture.swiss.user }),
  },
];

// ---------------------------------------------------------------- the public list and the load

// Anyone may read the public list: names of the delegations that consented, without contact data.
const PUBLIC_LISTS: { name: string; request: Request }[] = [
  ...(['HTML', 'CSV', 'TEXT'] as const).map((format) => ({
    name: `Meeting.listOfParticipants(variant: PUBLIC, format: ${format})`,
    request: {
      graphql: LIST_OF_PARTICIPANTS,
      variables: ({ fixture }: RequestContext) => ({ id: fixture.meeting.id, variant: 'PUBLIC', format }),
    },
  })),
  ...(['csv', 'html', 'txt'] as const).map((extension) => ({
    name: `GET /documents/meetings/{code}/participants.${extension}`,
    request: {
      download: (fixture: Fixture) => `/documents/meetings/${fixture.meeting.code}/participants.${extension}`,
    },
  })),
];

const MEETING_DELEGATES = graphql(
  `
  query IsolationMeetingDelegates($id: ID!) {
    meeting(id: $id) { invitations(first: 100) { edges { node { participant { ... on State { iso3 } } delegation { ...IsolationDelegates } } } } }
  }
`,
  [DELEGATE_FIELDS],
);
const RECORD_DRAFT_REPORT = graphql(`
  mutation IsolationRecordDraftReport($input: RecordTransparencyReportInput!) {
    recordTransparencyReport(input: $input) { __typename ... on MutationRecordTransparencyReportSuccess { report { id } } }
  }
`);
const DELEGATION_NODE = graphql(
  `
  query IsolationDelegationNode($id: ID!) { node(id: $id) { ...IsolationDelegates } }
`,
  [DELEGATE_FIELDS],
);
const MOVE_TO_AUSTRIA = graphql(`
  mutation IsolationMoveToAustria($id: ID!) { updateUser(id: $id, input: { stateIso3: "AUT" }) { __typename } }
`);
const CONCURRENT_READERS = 60;
const WORDS = { Austria: AUSTRIAN_WORD, Norway: NORWEGIAN_WORD, Switzerland: SWISS_WORD };
// Whose delegates each reader of the meeting may see by name.
const SEES: Partial<Record<Asker, (keyof typeof WORDS)[]>> = {
  otherState: ['Austria'],
  sameState: ['Switzerland'],
  anonymous: [],
  partner: [],
  secretariat: ['Austria', 'Norway', 'Switzerland'],
};

function delegatesNamedIn(text: string): (keyof typeof WORDS)[] {
  return (Object.keys(WORDS) as (keyof typeof WORDS)[]).filter((state) => new RegExp(WORDS[state], 'i').test(text));
}

describe.each(testBackends())(
  'a State’s focal point reaches no other State’s delegates or draft report, on %s',
  (backend) => {
    let api: ApiFixture;
    let actors: Actors;
    let fixture: Fixture;

    async function ask(request: Request, asker: Asker): Promise<RawResponse> {
      const { headers } = actors[asker];
      if ('download' in request) return download(api.url, request.download(fixture), headers);
      return post(
        api.url,
        { query: textOf(request.graphql), variables: await request.variables?.({ fixture, api, asker }) },
        headers,
      );
    }

    beforeAll(async () => {
      api = await startApi({ backend });
      actors = await createActors(api, { stateIso3: 'CHE', otherStateIso3: 'AUT' });
      const prisma = api.database.prisma;
      // Rendered documents name a meeting by its ordinal, which they spell for 1-40 only.
      const meeting = await createMeeting(prisma, { number: 11 });
      const [swiss, austrian, norwegian] = await Promise.all(
        ['CHE', 'AUT', 'NOR'].map((participant) => createInvitation(prisma, { meetingId: meeting.id, participant })),
      );
      // Switzerland's focal point submits a list and amends it: the history keeps both, before and after.
      const submitted = expectResult(
        await submitDelegation(api, {
          invitationId: swiss!.id,
          members: SWISS_FIRST_LIST,
          headers: actors.sameState.headers,
        }),
        'MutationSubmitDelegationSuccess',
      );
      const swissDelegation = databaseId(submitted.delegation.id);
      await amendDelegation(api, {
        delegationId: swissDelegation,
        version: submitted.delegation.version,
        members: SWISS_DELEGATES,
        headers: actors.sameState.headers,
      });
      await recordCredentials(api, {
        delegationId: swissDelegation,
        input: {
          issuingAuthority: 'MINISTER_FOR_FOREIGN_AFFAIRS',
          documentKind: 'ORIGINAL',
          receivedDate: '2023-09-01',
          status: 'ACCEPTED',
        },
        headers: actors.secretariat.headers,
      });
      const austrianDelegation = expectResult(
        await submitDelegation(api, {
          invitationId: austrian!.id,
          members: AUSTRIAN_DELEGATES,
          headers: actors.otherState.headers,
        }),
        'MutationSubmitDelegationSuccess',
      );
      await submitDelegation(api, {
        invitationId: norwegian!.id,
        members: NORWEGIAN_DELEGATES,
        publicListConsent: true,
        headers: actors.secretariat.headers,
      });
      const recorded = await api.graphql(RECORD_DRAFT_REPORT, {
        variables: { input: { ...DRAFT_REPORT, forms: ALL_FORMS_CHANGED } },
        headers: actors.sameState.headers,
      });
      const report = expectResult(
        expectData(recorded.body).recordTransparencyReport,
        'MutationRecordTransparencyReportSuccess',
      ).report.id;
      const user = await prisma.user.findUniqueOrThrow({ where: { email: SWISS_FOCAL_POINT } });
      const submission = await prisma.auditEvent.findFirstOrThrow({
        where: { action: 'delegation.submit', entityId: swissDelegation },
      });
      fixture = {
        meeting: { id: encodeGlobalID('Meeting', meeting.id), code: meeting.code },
        swiss: {
          invitation: encodeGlobalID('Invitation', swiss!.id),
          delegation: submitted.delegation.id,
          report,
          reportRow: databaseId(report),
          user: encodeGlobalID('User', user.id),
          submission: encodeGlobalID('AuditEvent', submission.id),
        },
        austrianDelegation: austrianDelegation.delegation.id,
      };
    });
    afterAll(() => api.close());

    describe('reading', () => {
      it.each(named(ACCESS_PATHS))(
        '%s: another State’s focal point gets the documented refusal and nothing of Switzerland',
        async (_name, path) => {
          const answer = await ask(path.request, 'otherState');
          expectNoLeak(answer, path.name);
          expect(swissDataIn(answer.text, fixture)).toEqual([]);
          expect(path.extract(answer, fixture)).toEqual(path.refused);
        },
      );

      it.each(named(ACCESS_PATHS))(
        '%s: the control (Switzerland’s focal point, the secretariat or an ADMIN) is shown Switzerland’s data',
        async (_name, path) => {
          const answer = await ask(path.request, path.shownTo);
          expect(swissDataIn(answer.text, fixture)).not.toEqual([]);
          expect(path.extract(answer, fixture)).not.toEqual(path.refused);
        },
      );

      it.each(named(PUBLIC_LISTS))(
        '%s names the delegates of a State that consented and none of Switzerland’s, which did not',
        async (_name, { request }) => {
          const answer = await ask(request, 'otherState');
          expect(answer.status).toBe(200);
          expect(answer.text).toContain(NORWEGIAN_WORD);
          expect(swissDataIn(answer.text, fixture)).toEqual([]);
        },
      );

      it('stops showing the delegates to a focal point moved to another State, from its next request in the same session', async () => {
        await createUser(api.database.prisma, { email: 'moved@plenary.test', role: 'STATE', stateIso3: 'CHE' });
        const headers = await signIn(api, 'moved@plenary.test');
        const swissDataShown = async () =>
          swissDataIn(
            (await postDocument(api.url, DELEGATION_NODE, { id: fixture.swiss.delegation }, headers)).text,
            fixture,
          );
        expect(await swissDataShown()).toEqual(['a Swiss delegate', 'the Swiss focal point']);

        const moved = await api.database.prisma.user.findUniqueOrThrow({ where: { email: 'moved@plenary.test' } });
        const { body } = await api.graphql(MOVE_TO_AUSTRIA, {
          variables: { id: encodeGlobalID('User', moved.id) },
          headers: actors.admin.headers,
        });
        expect(body.data?.updateUser.__typename).toBe('MutationUpdateUserSuccess');
        expect(await swissDataShown()).toEqual([]);
      });
    });

    describe('changing', () => {
      it.each(named(REFUSED_MUTATIONS))(
        'refuses %s with a ForbiddenError that names nobody, and stores nothing',
        async (_name, { mutation, variables }) => {
          const fingerprint = await contentFingerprint(api.database.prisma);
          const before = await fingerprint();
          const answer = await ask({ graphql: mutation, variables }, 'otherState');
          expectNoLeak(answer);
          expect(Object.values(answer.body?.data ?? {})).toEqual([
            { __typename: 'ForbiddenError', message: expect.any(String) },
          ]);
          expect(swissDataIn(answer.text, fixture)).toEqual([]);
          expect(await fingerprint()).toEqual(before);
        },
      );
    });

    describe('under load', () => {
      it(`shows each of ${CONCURRENT_READERS} concurrent readers of the meeting’s delegations only the delegates it may see`, async () => {
        const askers = Object.keys(SEES) as Asker[];
        const readers = Array.from({ length: CONCURRENT_READERS }, (_, index) => askers[index % askers.length]!);
        const answers = await Promise.all(
          readers.map((asker) =>
            ask({ graphql: MEETING_DELEGATES, variables: ({ fixture: { meeting } }) => ({ id: meeting.id }) }, asker),
          ),
        );
        for (const answer of answers) expect(answer.body?.errors, answer.text.slice(0, 300)).toBeUndefined();
        expect(
          answers.map((answer, index) => ({ reader: readers[index], sees: delegatesNamedIn(answer.text) })),
        ).toEqual(readers.map((reader) => ({ reader, sees: SEES[reader] })));
      });
    });
  },
);
