import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_DEMO_PASSWORD } from '../../src/config.ts';
import { graphql, textOf, type TypedDocumentNode } from '../support/graphql.ts';
import { createPartnerKey } from '../support/actors.ts';
import { delegationGlobalId, type MemberInput } from '../support/delegation-operations.ts';
import { createDelegation, createInvitation, createMeeting } from '../support/factories.ts';
import { startAsNpmStartDoes, type RunningPlenary } from '../support/start-as-npm-start.ts';
import { privatePostgresUnavailableReason, startPrivatePostgres, type PrivatePostgres } from './private-postgres.ts';
import {
  contentFingerprint,
  DATABASE_UNAVAILABLE_LEAK,
  DATABASE_UNAVAILABLE_MESSAGE,
  expectDatabaseUnavailable,
  memberNames,
  postDocument,
  RETRY_AFTER_SECONDS,
  type RawResponse,
} from './reliability-support.ts';

// Postgres stopped and started again under the API that `npm start` runs, on a server of the test's own. The embedded
// PGlite runs inside the API's process: it cannot go away while the API stays up, so this is a Postgres-only fault.

// No answer may take longer than this; one that does is a hang. (The API gives up connecting after 5 seconds.)
const ANSWER_BOUND_MS = 30_000;

const AMEND = graphql(`
  mutation DatabaseRestartAmend($id: ID!, $v: Int!, $input: DelegationInput!) {
    amendDelegation(delegationId: $id, version: $v, input: $input) { __typename ... on MutationAmendDelegationSuccess { delegation { version } } }
  }
`);
const STATES = graphql(`
  query DatabaseRestartStates { states(first: 3) { totalCount edges { node { iso3 } } } }
`);
const SIGN_IN = graphql(`
  mutation DatabaseRestartSignIn($email: String!, $password: String!) {
    signIn(email: $email, password: $password) { __typename ... on MutationSignInSuccess { session { token } } }
  }
`);
const TYPENAME = graphql(`
  query DatabaseRestartTypename { __typename }
`);

const skipReason = !process.env.TEST_DATABASE_URL ? 'TEST_DATABASE_URL is not set' : privatePostgresUnavailableReason();

function members(label: string): MemberInput[] {
  return [
    { role: 'HEAD', givenName: label, familyName: 'Head' },
    { role: 'ADVISER', givenName: label, familyName: 'Adviser' },
  ];
}

/** A GET whose answer is kept raw; it fails the test rather than wait without end. */
async function get(
  url: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: Headers; text: string }> {
  const response = await fetch(url, { headers, signal: AbortSignal.timeout(ANSWER_BOUND_MS) });
  return { status: response.status, headers: response.headers, text: await response.text() };
}

/** A typed document POSTed as `postDocument` sends it, bounded like `get`. */
async function send<Data, Variables>(
  url: string,
  document: TypedDocumentNode<Data, Variables>,
  variables: Variables,
  headers: Record<string, string> = {},
): Promise<RawResponse<Data>> {
  return Promise.race([
    postDocument(url, document, variables, headers),
    new Promise<never>((_, reject) =>
      setTimeout(
        () => reject(new Error(`no answer within ${ANSWER_BOUND_MS} ms: ${textOf(document)}`)),
        ANSWER_BOUND_MS,
      ).unref(),
    ),
  ]);
}

describe.skipIf(skipReason !== null)(
  `Postgres stopped and started again under the API${skipReason ? ` (skipped: ${skipReason})` : ''}`,
  () => {
    let postgres: PrivatePostgres;
    let api: RunningPlenary;
    let session: Record<string, string>;
    let partner: Record<string, string>;
    // Delegations at version 1 whose amendments are cut off by the stop; and one amended before it.
    let cutOff: string[];
    let acknowledged: { id: string; version: number; members: string[] };

    beforeAll(async () => {
      postgres = await startPrivatePostgres();
      api = await startAsNpmStartDoes({ databaseUrl: postgres.url });
    }, 300_000);
    afterAll(async () => {
      await api?.close();
      await postgres?.destroy();
    });

    it('serves requests while Postgres is up', async () => {
      const { prisma } = api.database;
      const signedIn = await send(api.url, SIGN_IN, {
        email: 'secretariat@plenary.local',
        password: DEFAULT_DEMO_PASSWORD,
      });
      const signIn = signedIn.body?.data?.signIn;
      if (signIn?.__typename !== 'MutationSignInSuccess') expect.fail(`could not sign in: ${signedIn.text}`);
      session = { authorization: `Bearer ${signIn.session.token}` };
      const admin = await prisma.user.findUniqueOrThrow({ where: { email: 'admin@plenary.local' } });
      partner = await createPartnerKey(prisma, admin.id);
      const meeting = await createMeeting(prisma);
      const [amended, ...others] = await Promise.all(
        ['CHE', 'AUT', 'NOR', 'SWE'].map(
          async (iso3) =>
            (
              await createDelegation(prisma, {
                invitationId: (await createInvitation(prisma, { meetingId: meeting.id, participant: iso3 })).id,
              })
            ).id,
        ),
      );
      cutOff = others;

      const amendment = await send(
        api.url,
        AMEND,
        { id: delegationGlobalId(amended!), v: 1, input: { members: members('Before') } },
        session,
      );
      expect(amendment.body?.data?.amendDelegation).toEqual({
        __typename: 'MutationAmendDelegationSuccess',
        delegation: { version: 2 },
      });
      acknowledged = { id: amended!, version: 2, members: memberNames({ members: members('Before') }) };
      expect((await send(api.url, STATES, {}, partner)).body?.data?.states).toMatchObject({ edges: [{}, {}, {}] });
      expect((await get(`${api.url}/health`)).status).toBe(200);
    });

    it('answers the mutations in flight when Postgres stops with DATABASE_UNAVAILABLE, and keeps none of their writes', async () => {
      const { prisma } = api.database;
      const fingerprint = await contentFingerprint(prisma);
      const before = await fingerprint();
      // Each amendment makes its writes, then its audit event's insert sleeps (an hour, longer than any test): the
      // first holds the meeting's row lock, so the others wait behind it. Not a lock of another session's: at a fast
      // stop Postgres ends its sessions one by one, and a holder ended first would free a transaction that had not yet
      // been told to end, which could then commit in that moment (seen under load, then answered as cut off).
      await prisma.$executeRawUnsafe(
        `CREATE FUNCTION test_hold_audit_event() RETURNS trigger LANGUAGE plpgsql AS 'BEGIN PERFORM pg_sleep(3600); RETURN NEW; END'`,
      );
      await prisma.$executeRawUnsafe(
        'CREATE TRIGGER test_hold_audit_event BEFORE INSERT ON "AuditEvent" FOR EACH ROW EXECUTE FUNCTION test_hold_audit_event()',
      );
      const inFlight = cutOff.map((id) =>
        send(api.url, AMEND, { id: delegationGlobalId(id), v: 1, input: { members: members('CutOff') } }, session),
      );
      await expect
        .poll(
          async () =>
            (
              await prisma.$queryRawUnsafe<{ held: number }[]>(
                "SELECT count(*)::int AS held FROM pg_stat_activity WHERE wait_event = 'PgSleep' OR wait_event_type = 'Lock'",
              )
            )[0]!.held,
          { timeout: ANSWER_BOUND_MS },
        )
        .toBe(cutOff.length);

      // What systemd and Docker ask of Postgres: every session ends, every open transaction is rolled back.
      await postgres.stop('fast');
      const answers = await Promise.all(inFlight);
      answers.forEach((answer, index) => expectDatabaseUnavailable(answer, `amendment ${index} in flight`));

      await postgres.start();
      await prisma.$executeRawUnsafe('DROP FUNCTION test_hold_audit_event() CASCADE');
      // Not one of their members, history entries or audit events: the database is as it was before they were sent.
      expect(await fingerprint()).toEqual(before);
    });

    it('answers every request at once with 503, Retry-After and DATABASE_UNAVAILABLE while Postgres is stopped, and stays up', async () => {
      await postgres.stop('fast');
      const answers = {
        'an anonymous query': await send(api.url, STATES, {}),
        'a query with a session': await send(api.url, STATES, {}, session),
        'a query with an API key': await send(api.url, STATES, {}, partner),
        'a mutation': await send(
          api.url,
          AMEND,
          { id: delegationGlobalId(cutOff[0]!), v: 1, input: { members: members('Stopped') } },
          session,
        ),
        'a sign-in': await send(api.url, SIGN_IN, {
          email: 'secretariat@plenary.local',
          password: DEFAULT_DEMO_PASSWORD,
        }),
      };
      for (const [label, answer] of Object.entries(answers)) expectDatabaseUnavailable(answer, label);

      // What needs no database still works.
      expect((await send(api.url, TYPENAME, {})).body).toEqual({
        data: { __typename: 'Query' },
        extensions: { cost: expect.any(Object) },
      });

      const documents = {
        'a public document': await get(`${api.url}/documents/contributions/status.csv?asOf=2026-01-15`),
        'a document with a session': await get(`${api.url}/documents/report-reminders/2026-03-02.csv`, session),
      };
      for (const [label, answer] of Object.entries(documents)) {
        expect(answer.status, `${label}: ${answer.text}`).toBe(503);
        expect(answer.headers.get('retry-after'), label).toBe(RETRY_AFTER_SECONDS);
        expect(answer.headers.get('content-type'), label).toMatch(/^text\/plain/);
        expect(answer.text, label).toMatch(DATABASE_UNAVAILABLE_MESSAGE);
        expect(answer.text, label).not.toMatch(DATABASE_UNAVAILABLE_LEAK);
      }

      const health = await get(`${api.url}/health`);
      expect(health.status).toBe(503);
      expect(health.headers.get('retry-after')).toBe(RETRY_AFTER_SECONDS);
      expect(JSON.parse(health.text)).toEqual({ status: 'unavailable', code: 'DATABASE_UNAVAILABLE' });
      expect(api.server.httpServer.listening).toBe(true);
    });

    it('serves again once Postgres is back, without a restart, with every acknowledged write and the cut-off ones sent again', async () => {
      await postgres.start();
      expect((await get(`${api.url}/health`)).status).toBe(200);
      // The same session and key as before the stop.
      expect((await send(api.url, STATES, {}, partner)).body?.data?.states).toMatchObject({ edges: [{}, {}, {}] });
      const { prisma } = api.database;
      const stored = await prisma.delegation.findUniqueOrThrow({
        where: { id: acknowledged.id },
        include: { members: { orderBy: { position: 'asc' } } },
      });
      expect(stored.version).toBe(acknowledged.version);
      expect(stored.members.map((member) => `${member.givenName} ${member.familyName}`)).toEqual(acknowledged.members);

      // The cut-off amendments were never applied, so the version their client read is still current: sent again, they succeed.
      for (const id of cutOff) {
        const again = await send(
          api.url,
          AMEND,
          { id: delegationGlobalId(id), v: 1, input: { members: members('Again') } },
          session,
        );
        expect(again.body?.data?.amendDelegation, again.text).toEqual({
          __typename: 'MutationAmendDelegationSuccess',
          delegation: { version: 2 },
        });
        expect(await prisma.auditEvent.count({ where: { entityId: id, action: 'delegation.amend' } })).toBe(1);
      }
    });

    it('serves again after a crash of Postgres (an immediate stop) and its recovery, with every acknowledged write', async () => {
      const amendment = await send(
        api.url,
        AMEND,
        {
          id: delegationGlobalId(acknowledged.id),
          v: acknowledged.version,
          input: { members: members('BeforeCrash') },
        },
        session,
      );
      expect(amendment.body?.data?.amendDelegation).toEqual({
        __typename: 'MutationAmendDelegationSuccess',
        delegation: { version: acknowledged.version + 1 },
      });

      // Sessions end without a word from the server: the API sees its connections break.
      await postgres.stop('immediate');
      expectDatabaseUnavailable(await send(api.url, STATES, {}, session), 'a query after the crash');
      await postgres.start();

      const stored = await api.database.prisma.delegation.findUniqueOrThrow({
        where: { id: acknowledged.id },
        include: { members: { orderBy: { position: 'asc' } } },
      });
      expect(stored.version).toBe(acknowledged.version + 1);
      expect(stored.members.map((member) => `${member.givenName} ${member.familyName}`)).toEqual(
        memberNames({ members: members('BeforeCrash') }),
      );
      const after = await send(
        api.url,
        AMEND,
        {
          id: delegationGlobalId(acknowledged.id),
          v: acknowledged.version + 1,
          input: { members: members('AfterCrash') },
        },
        session,
      );
      expect(after.body?.data?.amendDelegation).toEqual({
        __typename: 'MutationAmendDelegationSuccess',
        delegation: { version: acknowledged.version + 2 },
      });
    });
  },
);
