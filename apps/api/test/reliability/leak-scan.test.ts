import { randomUUID } from 'node:crypto';
import type { PrismaClient } from '@plenary/db';
import { testBackends } from '@plenary/db/testing';
import { FORM_LETTERS } from '@plenary/domain';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { execute, GraphQLObjectType, GraphQLSchema, GraphQLString, parse, validate } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CALLER_KINDS, readersOf, sensitiveFields, type CallerKind, type Reader } from '../../src/auth/readers.ts';
import { credentialsFromHeaders, resolveViewer } from '../../src/auth/resolve-viewer.ts';
import type { Context } from '../../src/context.ts';
import { createLogger } from '../../src/logger.ts';
import { schema } from '../../src/schema/index.ts';
import { createActors, type Actors } from '../support/actors.ts';
import { startApi, type ApiFixture } from '../support/api-fixture.ts';
import {
  amendDelegation,
  databaseId,
  recordCredentials,
  submitDelegation,
  type MemberInput,
} from '../support/delegation-operations.ts';
import { expectResult } from '../support/expect-result.ts';
import { createInvitation, createMeeting } from '../support/factories.ts';
import {
  MAX_HOPS,
  scanDocument,
  scanPaths,
  type ArgumentTable,
  type ReachedValue,
  type ScanPath,
  valuesAt,
  withEveryFieldNullable,
} from './leak-scan-paths.ts';
import { nodeTypeNames, rowsOfEveryNodeType } from './reliability-support.ts';

// Issue #15, the leak scan. Every field that holds personal data, a draft report, credentials or a payment says
// who may read it, beside its definition (auth/readers.ts); this file holds the schema to that.

const READERS: readonly Reader[] = [...CALLER_KINDS, 'SELF', 'EVERYONE_ONCE_PUBLISHED'];

/** "Type.field (why it is sensitive)" of each sensitive field that has no reader set. */
function fieldsWithoutReaders(of: GraphQLSchema): string[] {
  return sensitiveFields(of)
    .filter(({ type, field }) => readersOf(type, field) === null)
    .map(({ type, field, category }) => `${type.name}.${field.name} (${category})`);
}

describe('the reader sets beside the fields', () => {
  it('name who may read every field that holds personal data, a draft report, credentials or a payment', () => {
    expect(sensitiveFields(schema).length).toBeGreaterThan(0);
    expect(
      fieldsWithoutReaders(schema),
      'add `extensions: readableBy(...)` (auth/readers.ts) beside these fields or their type',
    ).toEqual([]);
  });

  it('name only kinds of caller the API tells apart', () => {
    const unknown = sensitiveFields(schema).flatMap(({ type, field }) =>
      (readersOf(type, field) ?? [])
        .filter((reader) => !READERS.includes(reader))
        .map((reader) => `${type.name}.${field.name}: ${reader}`),
    );
    expect(unknown).toEqual([]);
  });

  it('fail, naming the field, when a new field of personal data comes without one', () => {
    const Contact = new GraphQLObjectType({
      name: 'Contact',
      fields: { label: { type: GraphQLString }, mobilePhone: { type: GraphQLString } },
    });
    const withNewField = new GraphQLSchema({
      query: new GraphQLObjectType({ name: 'Query', fields: { contact: { type: Contact } } }),
    });
    expect(fieldsWithoutReaders(withNewField)).toEqual(['Contact.mobilePhone (a telephone number)']);
  });
});

// ---------------------------------------------------------------- the scan

// Each kind of caller, as createActors makes it: Switzerland's focal point is OWN_STATE, for every sensitive record
// of the fixture is Switzerland's (or the secretariat's); Austria's, which holds none, is OTHER_STATE.
const CALLERS: Record<CallerKind, keyof Actors> = {
  ANONYMOUS: 'anonymous',
  PARTNER: 'partner',
  OWN_STATE: 'sameState',
  OTHER_STATE: 'otherState',
  SECRETARIAT: 'secretariat',
  ADMIN: 'admin',
};
const FOCAL_POINTS: readonly CallerKind[] = ['OWN_STATE', 'OTHER_STATE'];
const TODAY = '2026-11-28';
const scanSchema = withEveryFieldNullable(schema);
// Headroom for a loaded machine: the scan is some two thousand queries per caller.
const SCAN_TIMEOUT_MS = 300_000;

const SWISS: MemberInput[] = [
  {
    role: 'HEAD',
    salutation: 'H.E. Ms.',
    givenName: 'Zyxwv',
    familyName: 'Head',
    title: 'Ambassador',
    email: 'head@example.ch',
    phone: '+41 22 000 00 01',
    order: 1,
  },
  {
    role: 'ADVISER',
    salutation: 'Mr.',
    givenName: 'Zyxwv',
    familyName: 'Adviser',
    title: 'Counsellor',
    email: 'adviser@example.ch',
    phone: '+41 22 000 00 02',
    order: 2,
  },
];
const ALL_FORMS = (periodYear: number) =>
  FORM_LETTERS.map((letter, index) =>
    index === 0 ? { letter, status: 'UNCHANGED', unchangedSinceYear: periodYear - 1 } : { letter, status: 'CHANGED' },
  );

interface Fixture {
  meeting: { id: string; code: string };
  scaleName: string;
  /** Global IDs that `node` and `nodes` are asked for, by type: the fixture's records, or any for types without one. */
  nodeIds: Record<string, string[]>;
}

async function mutate(
  api: ApiFixture,
  headers: Record<string, string>,
  query: string,
  variables: Record<string, unknown>,
): Promise<Record<string, { __typename: string } & Record<string, unknown>>> {
  const { body } = await api.graphql<Record<string, { __typename: string } & Record<string, unknown>>>(query, {
    variables,
    headers,
  });
  const result = Object.values(body.data ?? {})[0];
  if (!result?.__typename.startsWith('Mutation')) throw new Error(`fixture mutation refused: ${JSON.stringify(body)}`);
  return body.data!;
}

/** A record holding every kind of sensitive data, most made through the API as its users make them. */
async function createSensitiveData(api: ApiFixture, actors: Actors): Promise<Fixture> {
  const prisma = api.database.prisma;
  const [secretariat, partnerKey, swiss] = await Promise.all([
    prisma.user.findUniqueOrThrow({ where: { email: 'secretariat@plenary.test' } }),
    prisma.apiKey.findFirstOrThrow(),
    prisma.state.findUniqueOrThrow({ where: { iso3: 'CHE' } }),
  ]);
  // The latest meeting, so that it is on the first page of every list of meetings.
  const meeting = await createMeeting(prisma, {
    presidentName: 'Ambassador Zyxwv President',
    opensOn: new Date('2031-09-15T00:00:00Z'),
    closesOn: new Date('2031-09-18T00:00:00Z'),
    convenedOn: new Date('2026-03-02T00:00:00Z'),
    delegationDeadline: new Date('2031-08-29T00:00:00Z'),
  });
  const invitation = await createInvitation(prisma, { meetingId: meeting.id, participant: 'CHE' });
  // Delegates, their history and credentials, by Switzerland's focal point and the secretariat.
  const submitted = expectResult(
    await submitDelegation(api, {
      invitationId: invitation.id,
      members: SWISS.slice(0, 1),
      headers: actors.sameState.headers,
    }),
    'MutationSubmitDelegationSuccess',
  );
  const delegationId = databaseId(submitted.delegation.id);
  await amendDelegation(api, {
    delegationId,
    version: submitted.delegation.version,
    members: SWISS,
    headers: actors.sameState.headers,
  });
  await recordCredentials(api, {
    delegationId,
    input: {
      issuingAuthority: 'AUTHORISED_PERSON',
      authorisedBy: 'MINISTER_FOR_FOREIGN_AFFAIRS',
      documentKind: 'ORIGINAL',
      receivedDate: '2023-09-01',
      status: 'REJECTED',
    },
    headers: actors.secretariat.headers,
  });
  // An organisation's application to observe, with its contact person.
  const organisation = await prisma.organisation.findFirstOrThrow({ where: { invitations: { none: {} } } });
  await prisma.invitation.create({
    data: {
      meetingId: meeting.id,
      organisationId: organisation.id,
      capacity: 'ORGANISATION_ON_REQUEST',
      status: 'REQUESTED',
      requestedAt: new Date('2023-07-01T09:00:00Z'),
      applicationText: 'We work on victim assistance.',
      contactName: 'Zyxwv Contact',
      contactEmail: 'contact@example.org',
    },
  });
  // Switzerland's share of the meeting's cost and a payment with its bank reference.
  const scale = await prisma.assessmentScale.create({
    data: { name: 'Leak scan scale', firstYear: 2022, lastYear: 2027, resolution: 'A/RES/76/238', source: 'test' },
  });
  const estimate = await prisma.costEstimate.create({
    data: { meetingId: meeting.id, kind: 'ESTIMATE', version: 1, currency: 'CHF', total: '1000.00' },
  });
  const issue = await prisma.costShareIssue.create({
    data: {
      meetingId: meeting.id,
      version: 1,
      estimateId: estimate.id,
      scaleId: scale.id,
      payerRule: 'STATES_PARTIES_AND_PARTICIPATING_NON_PARTIES',
      ceilingAndFloorReapplied: false,
      currency: 'CHF',
      total: '1000.00',
      issuedAt: new Date('2026-03-21T09:00:00Z'),
      shares: { create: { stateId: swiss.id, assessed: true, amount: '1000.00', ratePercent: '1.000000' } },
    },
    include: { shares: true },
  });
  const share = issue.shares[0]!;
  const paid = await mutate(
    api,
    actors.secretariat.headers,
    'mutation ($id: ID!, $input: RecordPaymentInput!) { recordPayment(costShareId: $id, input: $input) { __typename ... on MutationRecordPaymentSuccess { payment { id } } ... on ValidationError { issues { path message } } } }',
    {
      id: encodeGlobalID('CostShare', share.id),
      input: { amount: '400.00', currency: 'CHF', receivedOn: '2026-06-15', reference: 'UBS Zyxwv 2026-0615' },
    },
  );
  // Art. 7: Switzerland's report on 2025, received and not published, and its report on 2024, published.
  const RECORD =
    'mutation ($input: RecordTransparencyReportInput!) { recordTransparencyReport(input: $input) { __typename ... on MutationRecordTransparencyReportSuccess { report { id version } } } }';
  const draft = await mutate(api, actors.sameState.headers, RECORD, {
    input: {
      state: { iso3: 'CHE' },
      kind: 'ANNUAL',
      periodYear: 2025,
      receivedOn: '2026-03-10',
      channel: 'EMAIL',
      forms: ALL_FORMS(2025),
    },
  });
  const recorded = await mutate(api, actors.secretariat.headers, RECORD, {
    input: {
      state: { iso3: 'CHE' },
      kind: 'ANNUAL',
      periodYear: 2024,
      receivedOn: '2025-04-02',
      channel: 'EMAIL',
      forms: ALL_FORMS(2024),
    },
  });
  const toPublish = recorded.recordTransparencyReport!.report as { id: string; version: number };
  await mutate(
    api,
    actors.secretariat.headers,
    'mutation ($id: ID!, $version: Int!) { publishReport(reportId: $id, version: $version) { __typename } }',
    toPublish,
  );
  // Rows no mutation makes in a test: a reminder recorded by an officer, an event of an API key, a key revoked.
  const convention = await prisma.convention.findUniqueOrThrow({ where: { code: 'CCM' } });
  await prisma.reportReminder.create({
    data: {
      stateId: swiss.id,
      conventionId: convention.id,
      kind: 'ANNUAL',
      periodYear: 2023,
      reference: 'ODA/2024-LEAK',
      date: new Date('2024-05-15T00:00:00Z'),
      dueOn: new Date('2024-04-30T00:00:00Z'),
      issuingOffice: 'ODA',
      submissionOffice: 'ODA',
      language: 'EN',
      sentById: secretariat.id,
      sentAt: new Date('2024-05-15T09:00:00Z'),
    },
  });
  const revoked = await prisma.apiKey.create({
    data: {
      name: 'Revoked',
      prefix: 'leakscan0001',
      secretHash: 'leak-scan-revoked',
      scopes: ['READ_PUBLIC'],
      organisationId: organisation.id,
      createdById: secretariat.id,
      expiresAt: new Date('2027-01-01T00:00:00Z'),
      revokedAt: new Date('2026-01-01T00:00:00Z'),
    },
  });
  await prisma.auditEvent.create({
    data: {
      actorApiKeyId: partnerKey.id,
      action: 'meeting.update',
      entityType: 'Meeting',
      entityId: meeting.id,
      before: { webPage: null },
      after: { webPage: 'https://example.org' },
      requestId: randomUUID(),
    },
  });
  if ((await prisma.document.count()) === 0) {
    await prisma.document.create({
      data: {
        conventionId: convention.id,
        meetingId: meeting.id,
        symbol: 'CCM/LEAK/1',
        title: 'Provisional agenda',
        kind: 'OFFICIAL',
        languages: ['EN'],
        status: 'FINAL',
      },
    });
  }
  return {
    meeting: { id: encodeGlobalID('Meeting', meeting.id), code: meeting.code },
    scaleName: scale.name,
    nodeIds: await nodeIdsOf(prisma, {
      Meeting: [meeting.id],
      Invitation: [invitation.id],
      Delegation: [delegationId],
      CostShare: [share.id],
      CostShareIssue: [issue.id],
      CostEstimate: [estimate.id],
      AssessmentScale: [scale.id],
      Payment: [databaseId((paid.recordPayment!.payment as { id: string }).id)],
      TransparencyReport: [
        databaseId((draft.recordTransparencyReport!.report as { id: string }).id),
        databaseId(toPublish.id),
      ],
      ApiKey: [partnerKey.id, revoked.id],
      State: [swiss.id],
    }),
  };
}

/** The given records' global IDs, and for every other node type the IDs of its first rows (every user, the last event, ...). */
async function nodeIdsOf(prisma: PrismaClient, given: Record<string, string[]>): Promise<Record<string, string[]>> {
  const first = async (rows: Promise<{ id: string }[]>) => (await rows).map(({ id }) => id);
  const chosen: Record<string, string[]> = {
    ...(await rowsOfEveryNodeType(prisma, { take: 1 })),
    ...given,
    User: await first(prisma.user.findMany({ select: { id: true }, orderBy: { role: 'desc' } })),
    AuditEvent: await first(
      prisma.auditEvent.findMany({ select: { id: true }, orderBy: { sequence: 'desc' }, take: 1 }),
    ),
    TreatyRecord: await first(
      prisma.treatyRecord.findMany({ select: { id: true }, where: { state: { iso3: 'CHE' } } }),
    ),
  };
  return Object.fromEntries(
    Object.entries(chosen).map(([type, ids]) => [type, ids.map((id) => encodeGlobalID(type, id))]),
  );
}

const one = (text: string) => [{ text }];

/** Required arguments, and lists narrowed to the fixture's data (a page of 20 of 190 States would miss Switzerland). */
function argumentTable(fixture: Fixture): ArgumentTable {
  const everyId = Object.values(fixture.nodeIds).flat();
  return {
    // `node` asks for one record of each type, `nodes` for them all (the same rules decide both: builder.ts).
    'Query.node': Object.entries(fixture.nodeIds).map(([type, ids]) => ({ text: `(id: "${ids[0]}")`, only: [type] })),
    'Query.nodes': one(`(ids: ${JSON.stringify(everyId)})`),
    'Query.meeting': one(`(id: "${fixture.meeting.id}")`),
    'Query.meetingByCode': one(`(code: "${fixture.meeting.code}")`),
    'Query.meetings': one('(first: 2)'),
    'Convention.meetings': one('(last: 2)'),
    'Query.state': one('(iso3: "CHE")'),
    'Query.states': one('(filter: { search: "Switzerland" })'),
    'Query.convention': one('(code: "CCM")'),
    'Query.assessmentScale': one(`(name: "${fixture.scaleName}")`),
    // The draft report on 2025 falls due in 2026, the published one on 2024 in 2025.
    'Query.reportingCompliance': [
      { text: `(year: 2026, asOf: "${TODAY}")` },
      { text: `(year: 2025, asOf: "${TODAY}")` },
    ],
    'ReportingCompliance.obligations': one('(filter: { status: ON_TIME })'),
    'Query.transparencyReports': one('(filter: { state: "CHE" })'),
    'Query.users': one('(first: 100)'),
    'Query.auditEvents': one('(first: 10)'),
    'State.standing': one(`(on: "${TODAY}")`),
    'TreatyRecord.standing': one(`(on: "${TODAY}")`),
    'AssessmentScale.rate': one('(iso3: "CHE")'),
    'State.reportReminder': one('(issuingOffice: "ODA", kind: ANNUAL, periodYear: 2025, reference: "ODA/2026-LEAK")'),
  };
}

function mayRead(
  readers: readonly Reader[],
  caller: CallerKind,
  selfId: string | null,
  reached: ReachedValue,
): boolean {
  return (
    readers.includes(caller) ||
    (readers.includes('EVERYONE_ONCE_PUBLISHED') && reached.published === true) ||
    (readers.includes('SELF') && selfId !== null && reached.userId === selfId)
  );
}

/**
 * The callers who must be shown the field somewhere, so that no rule passes for want of data: its readers, everyone
 * where a published record is readable, and focal points where their own user record is (staff have no State).
 */
function mustReach(readers: readonly Reader[]): CallerKind[] {
  return CALLER_KINDS.filter(
    (caller) =>
      readers.includes(caller) ||
      readers.includes('EVERYONE_ONCE_PUBLISHED') ||
      (readers.includes('SELF') && FOCAL_POINTS.includes(caller)),
  );
}

function describePath(path: ScanPath): string {
  return path.hops
    .map(
      (hop) =>
        `${hop.field.name}${hop.args}${hop.through && hop.through.name !== String(hop.field.type).replace(/[[\]!]/g, '') ? ` on ${hop.through.name}` : ''}`,
    )
    .join(' > ');
}

interface Finding {
  path: ScanPath;
  caller: CallerKind;
  seen: boolean;
  leaked: ReachedValue[];
}

describe.each(testBackends())('the leak scan on %s', (backend) => {
  let api: ApiFixture;
  let actors: Actors;
  let paths: ScanPath[];
  let missing: string[];
  let fixture: Fixture;
  const findings: Finding[] = [];
  let documents = 0;

  /** A request's context as the server builds it (server.ts): the viewer its headers prove, a clock, a logger. */
  async function contextOf(caller: CallerKind): Promise<Context> {
    const prisma = api.database.prisma;
    const { viewer, dataGeneration } = await resolveViewer(
      prisma,
      credentialsFromHeaders(actors[CALLERS[caller]].headers),
      new Date(),
    );
    return {
      prisma,
      viewer,
      requestId: randomUUID(),
      logger: createLogger('silent'),
      now: () => new Date(),
      rateLimit: null,
      dataGeneration,
    };
  }

  // In process, with a context per request and the real schema's resolvers (in a copy whose fields are all nullable,
  // so that one path's refusal cannot blank out another's answer: withEveryFieldNullable). Not over HTTP: a document
  // asks for thousands of fields, which the depth, alias and cost limits (tested in hostile-input and
  // resource-bounds) rightly refuse to a client. The read rules are in the types' authScopes and the resolvers,
  // which run here as they run for a request.
  async function ask(group: readonly ScanPath[], caller: CallerKind): Promise<void> {
    const document = scanDocument(schema, group);
    const parsed = parse(document.text);
    expect(validate(scanSchema, parsed)).toEqual([]);
    const context = await contextOf(caller);
    const selfId = context.viewer.kind === 'user' ? encodeGlobalID('User', context.viewer.user.id) : null;
    const result = await execute({ schema: scanSchema, document: parsed, contextValue: context });
    documents += 1;
    for (const path of group) {
      const values = valuesAt(result.data, document.routes.get(path)!);
      findings.push({
        path,
        caller,
        seen: values.length > 0,
        leaked: values.filter((reached) => !mayRead(path.readers, caller, selfId, reached)),
      });
    }
  }

  beforeAll(async () => {
    api = await startApi({ backend });
    actors = await createActors(api, { stateIso3: 'CHE', otherStateIso3: 'AUT' });
    fixture = await createSensitiveData(api, actors);
    ({ paths, missing } = scanPaths(schema, argumentTable(fixture)));
    const byWayIn = new Map<string, ScanPath[]>();
    for (const path of paths) {
      const wayIn = path.hops[0]!.field.name;
      byWayIn.set(wayIn, [...(byWayIn.get(wayIn) ?? []), path]);
    }
    // The callers one beside the other, as concurrent requests; each asks its documents in turn.
    await Promise.all(
      CALLER_KINDS.map(async (caller) => {
        for (const group of byWayIn.values()) await ask(group, caller);
      }),
    );
    const reached = findings.filter((finding) => finding.seen).length;
    console.info(
      `leak scan on ${backend}: ${paths.length} paths (up to ${MAX_HOPS} hops) x ${CALLER_KINDS.length} callers = ${findings.length}, ` +
        `${reached} reached data, ${documents} documents`,
    );
  }, SCAN_TIMEOUT_MS);
  afterAll(() => api?.close(), 60_000);

  it('gives every field on the way the arguments it requires, and `node` an ID of every node type', () => {
    expect(missing).toEqual([]);
    expect(nodeTypeNames().filter((type) => !fixture.nodeIds[type]?.length)).toEqual([]);
  });

  it('shows no caller a sensitive field outside its reader set, by any path', () => {
    const leaks = findings
      .filter((finding) => finding.leaked.length > 0)
      .map(
        ({ path, caller, leaked }) =>
          `${caller} reads ${path.leaf} (${JSON.stringify(leaked[0]!.value).slice(0, 60)}) by ${describePath(path)}`,
      );
    expect(leaks).toEqual([]);
  });

  it('shows every reader each sensitive field by some path, so that no rule passes for want of data', () => {
    const unreached = [...new Set(paths.map((path) => path.leaf))].flatMap((leaf) => {
      const readers = paths.find((path) => path.leaf === leaf)!.readers;
      return mustReach(readers)
        .filter(
          (caller) =>
            !findings.some((finding) => finding.path.leaf === leaf && finding.caller === caller && finding.seen),
        )
        .map((caller) => `${caller} never reached ${leaf}`);
    });
    expect(unreached).toEqual([]);
  });
});
