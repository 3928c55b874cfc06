import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer as createNetServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createTestDatabase, testBackends, type TestDatabase } from '@plenary/db/testing';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_DEMO_PASSWORD } from '../../src/config.ts';
import { graphql, type ResultOf, textOf, type TypedDocumentNode } from '../support/graphql.ts';
import { createActors, type Actors } from '../support/actors.ts';
import { startApi, type ApiFixture } from '../support/api-fixture.ts';
import { amendDelegation, delegationGlobalId, type MemberInput } from '../support/delegation-operations.ts';
import { createDelegation, createInvitation, createMeeting } from '../support/factories.ts';
import {
  contentFingerprint,
  expectDatabaseUnavailable,
  memberNames,
  postDocument,
  type RawResponse,
} from './reliability-support.ts';

const API_DIR = path.resolve(import.meta.dirname, '../..');
const REPOSITORY_ROOT = path.resolve(API_DIR, '../..');
// `npm start` builds the admin app and the generated code before it serves; on a busy 2-core machine that takes a while.
const NPM_START_TIMEOUT_MS = 240_000;
// main.ts forces an exit after 10 s; a drained server is gone well within this.
const SHUTDOWN_BOUND_MS = 15_000;

/** Polls `check` until it returns something, for at most `timeoutMs`. */
async function waitFor<T>(what: string, check: () => Promise<T | undefined>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const found = await check();
    if (found !== undefined) return found;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`timed out waiting for ${what}`);
}

const SCALE_ROWS_QUERY = graphql(`
  mutation FaultsImportScale($input: ImportAssessmentScaleInput!) {
    importAssessmentScale(input: $input) { __typename ... on Error { message } }
  }
`);
const AMEND_FIRST_VERSION = graphql(`
  mutation FaultsAmendFirstVersion($id: ID!, $input: DelegationInput!) {
    amendDelegation(delegationId: $id, version: 1, input: $input) { __typename }
  }
`);
const AMEND = graphql(`
  mutation FaultsAmend($id: ID!, $v: Int!, $input: DelegationInput!) {
    amendDelegation(delegationId: $id, version: $v, input: $input) { __typename }
  }
`);

describe.skipIf(!process.env.TEST_DATABASE_URL)('the Postgres connection lost in the middle of a mutation', () => {
  let api: ApiFixture;
  let actors: Actors;
  // Connected to the server's maintenance database: it watches and ends the test database's connections.
  let killer: pg.Client;

  beforeAll(async () => {
    api = await startApi({ backend: 'postgres' });
    actors = await createActors(api, { stateIso3: 'CHE', otherStateIso3: 'AUT' });
    killer = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
    killer.on('error', () => {});
    await killer.connect();
  });
  afterAll(async () => {
    await killer?.end();
    await api?.close();
  });

  const databaseName = () => new URL(api.database.url!).pathname.slice(1);

  /** Ends every connection to the test database but `except`'s; returns how many. */
  async function terminateConnections(except?: number): Promise<number> {
    // pg_terminate_backend stays in the select list: there it runs only for the rows the WHERE clause keeps.
    const { rows } = await killer.query<{ ended: boolean }>(
      'SELECT pg_terminate_backend(pid) AS ended FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid() AND pid <> $2',
      [databaseName(), except ?? 0],
    );
    return rows.filter((row) => row.ended).length;
  }

  /**
   * Runs `mutation` while another connection holds the audit log in SHARE mode: the mutation makes its writes, then waits
   * to write its audit event; its connection is ended right there, in the middle of its transaction.
   */
  async function cutOffBeforeItsAuditEvent(mutation: () => Promise<RawResponse>): Promise<RawResponse> {
    const locker = new pg.Client({ connectionString: api.database.url });
    locker.on('error', () => {});
    await locker.connect();
    try {
      await locker.query('BEGIN');
      await locker.query('LOCK TABLE "AuditEvent" IN SHARE MODE');
      const lockerPid = (await locker.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0]!.pid;
      const pending = mutation();
      await waitFor('the mutation to wait for the audit log', async () => {
        const { rows } = await killer.query(
          'SELECT pid FROM pg_stat_activity WHERE datname = $1 AND wait_event_type = $2 AND pid <> $3',
          [databaseName(), 'Lock', lockerPid],
        );
        return rows.length > 0 ? true : undefined;
      });
      expect(await terminateConnections(lockerPid)).toBeGreaterThan(0);
      await locker.query('ROLLBACK');
      return await pending;
    } finally {
      await locker.end();
    }
  }

  it('leaves no part of a scale import behind, and the next import succeeds', async () => {
    const { prisma } = api.database;
    const states = await prisma.state.findMany({ select: { iso3: true }, orderBy: { iso3: 'asc' } });
    const input = {
      name: 'Cut off 2031-2033',
      firstYear: 2031,
      lastYear: 2033,
      resolution: 'A/RES/99/999',
      source: 'Fault test',
      rates: {
        rows: states.map((state, index) => ({ iso3: state.iso3, ratePercent: (0.001 * (index + 1)).toFixed(3) })),
      },
    };
    const fingerprint = await contentFingerprint(prisma);
    const before = await fingerprint();

    const cutOff = await cutOffBeforeItsAuditEvent(() =>
      postDocument(api.url, SCALE_ROWS_QUERY, { input }, actors.secretariat.headers),
    );
    expectDatabaseUnavailable(cutOff, 'the cut-off import');
    // Not the scale, not one of its rates, no audit event: the database is as it was.
    expect(await fingerprint()).toEqual(before);

    const next = await postDocument(api.url, SCALE_ROWS_QUERY, { input }, actors.secretariat.headers);
    expect(next.body?.data).toEqual({ importAssessmentScale: { __typename: 'MutationImportAssessmentScaleSuccess' } });
    const scale = await prisma.assessmentScale.findUniqueOrThrow({
      where: { name: input.name },
      include: { _count: { select: { rates: true } } },
    });
    expect(scale._count.rates).toBe(states.length);
    expect(await prisma.auditEvent.count({ where: { action: 'assessmentScale.import', entityId: scale.id } })).toBe(1);
  });

  it('leaves a delegation as it was when an amendment is cut off, and the next amendment succeeds', async () => {
    const { prisma } = api.database;
    const meeting = await createMeeting(prisma);
    const { id } = await createDelegation(prisma, {
      invitationId: (await createInvitation(prisma, { meetingId: meeting.id, participant: 'CHE' })).id,
    });
    const members: MemberInput[] = [{ role: 'HEAD', givenName: 'Cut', familyName: 'Off' }];
    const fingerprint = await contentFingerprint(prisma);
    const before = await fingerprint();

    const cutOff = await cutOffBeforeItsAuditEvent(() =>
      postDocument(
        api.url,
        AMEND_FIRST_VERSION,
        { id: delegationGlobalId(id), input: { members } },
        actors.secretariat.headers,
      ),
    );
    expectDatabaseUnavailable(cutOff, 'the cut-off amendment');
    expect(await fingerprint()).toEqual(before);
    expect(await prisma.delegation.findUniqueOrThrow({ where: { id }, select: { version: true } })).toEqual({
      version: 1,
    });

    // The version the client read is still the current one: the amendment goes through on the next try.
    const next = await amendDelegation(api, {
      delegationId: id,
      version: 1,
      members,
      headers: actors.secretariat.headers,
    });
    expect(next).toMatchObject({ __typename: 'MutationAmendDelegationSuccess', delegation: { version: 2 } });
  });

  it('keeps every delegation version, history entry and audit event together while connections are ended at random', async () => {
    const { prisma } = api.database;
    const meeting = await createMeeting(prisma);
    const { id } = await createDelegation(prisma, {
      invitationId: (await createInvitation(prisma, { meetingId: meeting.id, participant: 'CHE' })).id,
    });
    const outcomes: string[] = [];
    const failures: RawResponse[] = [];
    let amending = true;

    const amendments = (async () => {
      try {
        const enough = () =>
          outcomes.filter((outcome) => outcome === 'MutationAmendDelegationSuccess').length >= 5 &&
          failures.length >= 3;
        for (let attempt = 0; attempt < 100 && !enough(); attempt += 1) {
          const version = (
            await prisma.delegation.findUniqueOrThrow({ where: { id }, select: { version: true } }).catch(() => null)
          )?.version;
          if (version === undefined) continue;
          const members: MemberInput[] = [
            { role: 'HEAD', givenName: `Attempt${attempt}`, familyName: 'Head' },
            { role: 'ADVISER', givenName: `Attempt${attempt}`, familyName: 'Adviser' },
          ];
          const response = await postDocument(
            api.url,
            AMEND,
            { id: delegationGlobalId(id), v: version, input: { members } },
            actors.secretariat.headers,
          );
          if (response.body?.errors) failures.push(response);
          outcomes.push(
            response.body?.data?.amendDelegation.__typename ?? String(response.body?.errors?.[0]?.extensions?.code),
          );
        }
      } finally {
        amending = false;
      }
    })();
    let kills = 0;
    while (amending) {
      kills += await terminateConnections();
      await new Promise((resolve) => setTimeout(resolve, 20 + Math.random() * 200));
    }
    await amendments;

    expect(kills).toBeGreaterThan(0);
    expect(outcomes).toContain('MutationAmendDelegationSuccess');
    expect(outcomes).toContain('DATABASE_UNAVAILABLE');
    // A request that lost its connection, in the request guard or in a resolver, may be sent again: it says so.
    failures.forEach((failure, index) => expectDatabaseUnavailable(failure, `failure ${index}`));
    // Whatever was cut off: every version above 1 has exactly one history entry and one audit event, and the members
    // are those of the last version, never two lists mixed.
    const stored = await prisma.delegation.findUniqueOrThrow({
      where: { id },
      include: { members: { orderBy: { position: 'asc' } }, changes: { orderBy: { version: 'asc' } } },
    });
    const events = await prisma.auditEvent.findMany({
      where: { entityId: id, action: 'delegation.amend' },
      orderBy: { sequence: 'asc' },
    });
    const versions = Array.from({ length: stored.version - 1 }, (_, index) => index + 2);
    expect(stored.changes.map((change) => change.version)).toEqual(versions);
    expect(events.map((event) => (event.after as { version: number }).version)).toEqual(versions);
    const lastList = memberNames(stored.changes.at(-1)!.after);
    expect(stored.members.map((member) => `${member.givenName} ${member.familyName}`)).toEqual(lastList);
    expect(stored.headMemberId).toBe(stored.members[0]!.id);

    const next = await amendDelegation(api, {
      delegationId: id,
      version: stored.version,
      members: [{ role: 'HEAD', givenName: 'After', familyName: 'Faults' }],
      headers: actors.secretariat.headers,
    });
    expect(next).toMatchObject({
      __typename: 'MutationAmendDelegationSuccess',
      delegation: { version: stored.version + 1 },
    });
  });
});

async function freePort(): Promise<number> {
  const server = createNetServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

interface MainProcess {
  port: number;
  child: ChildProcess;
  /** What it has written to stdout and stderr so far. */
  output(): string;
  exited: Promise<number | null>;
}

/** Resolves once the process that serves `port` answers /health; fails if it exits first. */
function watch(child: ChildProcess, port: number, timeoutMs: number): Promise<MainProcess> {
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return waitFor(
    'Plenary to answer /health',
    async () => {
      if (child.exitCode !== null) throw new Error(`Plenary exited: ${output}`);
      return (
        (await fetch(`http://127.0.0.1:${port}/health`).then(
          (response) => response.ok,
          () => false,
        )) || undefined
      );
    },
    timeoutMs,
  ).then(() => ({ port, child, output: () => output, exited }));
}

/** `src/main.ts` in a process of its own, as `npm start` runs it, on a free port; resolves once it answers /health. */
async function startMainProcess(
  database: { DATABASE_URL: string } | { PLENARY_DATA_DIR: string },
  cleanUp: (() => Promise<unknown>)[],
): Promise<MainProcess> {
  const port = await freePort();
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    LOG_LEVEL: 'warn',
    HOST: '127.0.0.1',
    PORT: String(port),
    ...database,
  };
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: API_DIR,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  cleanUp.push(async () => {
    if (child.exitCode === null) child.kill('SIGKILL');
  });
  return watch(child, port, 90_000);
}

/**
 * `npm start` in the repository root, exactly as the README starts Plenary (it builds what it serves first), on a free
 * port; resolves once it answers /health.
 */
async function startAsTheReadmeSays(
  database: { DATABASE_URL: string } | { PLENARY_DATA_DIR: string },
  cleanUp: (() => Promise<unknown>)[],
): Promise<MainProcess> {
  const port = await freePort();
  // What a user's shell has, not Vitest's NODE_ENV=test nor the npm_* variables of the test run.
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? tmpdir(),
    LOG_LEVEL: 'warn',
    HOST: '127.0.0.1',
    PORT: String(port),
    ...database,
  };
  // A process group of its own, so that a failed test can stop whatever npm started; the test signals npm alone.
  const child = spawn('npm', ['start'], {
    cwd: REPOSITORY_ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  cleanUp.push(async () => {
    if (child.exitCode === null && child.signalCode === null) process.kill(-child.pid!, 'SIGKILL');
  });
  return watch(child, port, NPM_START_TIMEOUT_MS);
}

interface Sent {
  /** Resolves once what was sent so far is on the wire. */
  written: Promise<void>;
  /** Sends the rest of the body (for a request opened with `holdBack`). */
  finish(): void;
  answer: Promise<{ status: number; body: string }>;
}

/**
 * A request on a connection of its own. With `holdBack`, only the headers and half the body go out: the request stays in
 * flight until `finish()`.
 */
function send(port: number, document: TypedDocumentNode<unknown, never>, { holdBack = false } = {}): Sent {
  const body = Buffer.from(JSON.stringify({ query: textOf(document) }));
  const split = holdBack ? Math.floor(body.length / 2) : body.length;
  let request!: http.ClientRequest;
  const answer = new Promise<{ status: number; body: string }>((resolve, reject) => {
    request = http.request(
      {
        host: '127.0.0.1',
        port,
        path: '/graphql',
        method: 'POST',
        agent: false,
        headers: { 'content-type': 'application/json', 'content-length': body.length },
      },
      (response) => {
        let text = '';
        response.on('data', (chunk: Buffer) => (text += chunk.toString()));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body: text }));
        response.on('error', reject);
      },
    );
    request.on('error', reject);
  });
  const written = new Promise<void>((resolve) =>
    holdBack ? request.write(body.subarray(0, split), () => resolve()) : request.end(body, resolve),
  );
  return { written, answer, finish: () => (holdBack ? request.end(body.subarray(split)) : undefined) };
}

const STATES_PAGE = graphql(`
  query FaultsStatesPage {
    states(first: 100) { totalCount edges { node { iso3 name regionalGroup unStatus treatyStatus { __typename } } } }
  }
`);
const TYPENAME = graphql(`
  query FaultsTypename { __typename }
`);

describe.each(testBackends())('SIGTERM under load to the npm start the README runs, on %s', (backend) => {
  const cleanUp: (() => Promise<unknown>)[] = [];
  afterAll(async () => {
    for (const step of cleanUp.reverse()) await step();
  });

  let postgres: TestDatabase | undefined;
  beforeAll(async () => {
    if (backend === 'postgres') {
      postgres = await createTestDatabase({ backend: 'postgres' });
      cleanUp.push(() => postgres!.close());
    }
  });

  it(
    'answers every request it had started, refuses new ones, exits 0 and frees its port',
    { timeout: NPM_START_TIMEOUT_MS + 60_000 },
    async () => {
      let database: { DATABASE_URL: string } | { PLENARY_DATA_DIR: string };
      if (postgres) {
        database = { DATABASE_URL: postgres.url! };
      } else {
        const dataDir = await mkdtemp(path.join(tmpdir(), 'plenary-sigterm-'));
        cleanUp.push(() => rm(dataDir, { recursive: true, force: true }));
        database = { PLENARY_DATA_DIR: dataDir };
      }
      const { port, child, output, exited } = await startAsTheReadmeSays(database, cleanUp);

      // A burst of requests that each read a page of States with their treaty status; half of them are still sending
      // their body when the signal comes.
      const burst = Array.from({ length: 20 }, (_, index) => send(port, STATES_PAGE, { holdBack: index % 2 === 1 }));
      await Promise.all(burst.map((request) => request.written));
      // A request on a connection of its own, opened after those of the burst: once it is answered, the server has accepted
      // the connections before it (a connection still waiting to be accepted is refused when the server stops listening).
      expect((await send(port, TYPENAME).answer).status).toBe(200);
      child.kill('SIGTERM');
      for (const request of burst) request.finish();

      const answers = await Promise.all(burst.map((request) => request.answer));
      for (const answer of answers) {
        expect(answer.status).toBe(200);
        const body = JSON.parse(answer.body) as { data?: ResultOf<typeof STATES_PAGE>; errors?: unknown };
        expect(body.errors).toBeUndefined();
        expect(body.data?.states.edges).toHaveLength(100);
      }
      const bounded = new Promise<'still running'>((resolve) =>
        setTimeout(() => resolve('still running'), SHUTDOWN_BOUND_MS).unref(),
      );
      expect(await Promise.race([exited, bounded]), output()).toBe(0);
      // Nothing it started is left serving: new connections are refused, and the port can be taken again.
      await expect(fetch(`http://127.0.0.1:${port}/health`)).rejects.toThrow();
      const probe = createNetServer();
      await new Promise<void>((resolve, reject) => probe.once('error', reject).listen(port, '127.0.0.1', resolve));
      await new Promise((resolve) => probe.close(resolve));
    },
  );
});

const AMEND_AND_READ_VERSION = graphql(`
  mutation FaultsAmendAndReadVersion($id: ID!, $v: Int!, $input: DelegationInput!) {
    amendDelegation(delegationId: $id, version: $v, input: $input) { __typename ... on MutationAmendDelegationSuccess { delegation { version } } }
  }
`);
const SIGN_IN = graphql(`
  mutation FaultsSignIn($email: String!, $password: String!) {
    signIn(email: $email, password: $password) { ... on MutationSignInSuccess { session { token } } }
  }
`);

describe.skipIf(!process.env.TEST_DATABASE_URL)(
  'every connection of the database ended while the API that npm start runs serves mutations',
  () => {
    const cleanUp: (() => Promise<unknown>)[] = [];
    afterAll(async () => {
      for (const step of cleanUp.reverse()) await step();
    });

    // Starting a process and amending under repeated ends of every connection takes a minute on a loaded 2-core machine.
    it(
      'stays up, answers every request, keeps every acknowledged amendment and leaves none partial',
      { timeout: 240_000 },
      async () => {
        const database = await createTestDatabase({ backend: 'postgres' });
        cleanUp.push(() => database.close());
        const { port, child, output } = await startMainProcess({ DATABASE_URL: database.url! }, cleanUp);
        const url = `http://127.0.0.1:${port}`;
        const { prisma } = database;
        const killer = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
        killer.on('error', () => {});
        await killer.connect();
        cleanUp.push(() => killer.end());
        const databaseName = new URL(database.url!).pathname.slice(1);
        // Every backend of the test database: the API's Prisma pool, its rate limiter's pool, and this test's own.
        const terminateEveryConnection = async () =>
          (
            await killer.query<{ ended: boolean }>(
              'SELECT pg_terminate_backend(pid) AS ended FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()',
              [databaseName],
            )
          ).rows.filter((row) => row.ended).length;

        // The demo secretariat officer that `npm start` makes on an empty database.
        const signedIn = await postDocument(url, SIGN_IN, {
          email: 'secretariat@plenary.local',
          password: DEFAULT_DEMO_PASSWORD,
        });
        const signIn = signedIn.body?.data?.signIn;
        const token = signIn && 'session' in signIn ? signIn.session.token : undefined;
        expect(token, signedIn.text).toBeTruthy();
        const headers = { authorization: `Bearer ${token}` };
        const meeting = await createMeeting(prisma);
        const delegationIds = await Promise.all(
          ['CHE', 'AUT', 'NOR'].map(
            async (iso3) =>
              (
                await createDelegation(prisma, {
                  invitationId: (await createInvitation(prisma, { meetingId: meeting.id, participant: iso3 })).id,
                })
              ).id,
          ),
        );

        const acknowledged = new Map<string, { version: number; members: string[] }[]>(
          delegationIds.map((id) => [id, []]),
        );
        const unanswered: string[] = [];
        let rounds = 0;
        let amending = true;
        // One client per delegation amends it again and again, starting from the version it last saw acknowledged.
        const amendments = Promise.all(
          delegationIds.map(async (id) => {
            const mine = acknowledged.get(id)!;
            const enough = () => mine.length >= 4 && rounds >= 5;
            for (let attempt = 0; attempt < 80 && !enough(); attempt += 1) {
              const version = (
                await prisma.delegation
                  .findUniqueOrThrow({ where: { id }, select: { version: true } })
                  .catch(() => null)
              )?.version;
              if (version === undefined) continue;
              const members: MemberInput[] = [
                { role: 'HEAD', givenName: `Attempt${attempt}`, familyName: 'Head' },
                { role: 'ADVISER', givenName: `Attempt${attempt}`, familyName: 'Adviser' },
              ];
              const response = await postDocument(
                url,
                AMEND_AND_READ_VERSION,
                { id: delegationGlobalId(id), v: version, input: { members } },
                headers,
              ).catch((error: unknown) => {
                unanswered.push(String(error));
                return null;
              });
              const result = response?.body?.data?.amendDelegation;
              if (result && 'delegation' in result)
                mine.push({
                  version: result.delegation.version,
                  members: members.map((member) => `${member.givenName} ${member.familyName}`),
                });
            }
          }),
        ).finally(() => (amending = false));
        let ended = 0;
        // A round of ends only after an amendment was acknowledged since the last round: on a loaded machine, where one
        // amendment takes longer than the pause between rounds, ends at a fixed pace would leave none to acknowledge.
        let acknowledgedAtLastRound = -1;
        const acknowledgedSoFar = () => [...acknowledged.values()].reduce((sum, mine) => sum + mine.length, 0);
        while (amending) {
          if (acknowledgedSoFar() > acknowledgedAtLastRound) {
            acknowledgedAtLastRound = acknowledgedSoFar();
            ended += await terminateEveryConnection();
            rounds += 1;
          }
          await new Promise((resolve) => setTimeout(resolve, 50 + Math.random() * 200));
        }
        await amendments;

        expect(ended).toBeGreaterThan(0);
        expect(child.exitCode, output()).toBeNull();
        expect(unanswered).toEqual([]);
        // The ended connections are logged as warnings, not thrown.
        expect(output()).toMatch(/"level":40.*connection/);

        for (const id of delegationIds) {
          const mine = acknowledged.get(id)!;
          expect(mine.length).toBeGreaterThanOrEqual(4);
          const stored = await prisma.delegation.findUniqueOrThrow({
            where: { id },
            include: { members: { orderBy: { position: 'asc' } }, changes: { orderBy: { version: 'asc' } } },
          });
          const events = await prisma.auditEvent.findMany({
            where: { entityId: id, action: 'delegation.amend' },
            orderBy: { sequence: 'asc' },
          });
          // None partial: every version above 1 has exactly one history entry and one audit event, and the members are
          // those of the last version.
          const versions = Array.from({ length: stored.version - 1 }, (_, index) => index + 2);
          expect(stored.changes.map((change) => change.version)).toEqual(versions);
          expect(events.map((event) => (event.after as { version: number }).version)).toEqual(versions);
          expect(stored.members.map((member) => `${member.givenName} ${member.familyName}`)).toEqual(
            memberNames(stored.changes.at(-1)!.after),
          );
          // None lost: each acknowledged amendment is in the history with the members it sent.
          for (const { version, members } of mine)
            expect(
              memberNames(stored.changes.find((change) => change.version === version)?.after ?? { members: [] }),
            ).toEqual(members);

          const after = await postDocument(
            url,
            AMEND_AND_READ_VERSION,
            {
              id: delegationGlobalId(id),
              v: stored.version,
              input: { members: [{ role: 'HEAD', givenName: 'After', familyName: 'Faults' }] },
            },
            headers,
          );
          expect(after.body?.data?.amendDelegation).toEqual({
            __typename: 'MutationAmendDelegationSuccess',
            delegation: { version: stored.version + 1 },
          });
        }
        expect(child.exitCode, output()).toBeNull();
      },
    );
  },
);
