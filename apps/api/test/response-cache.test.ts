import { encodeGlobalID } from '@pothos/plugin-relay';
import type { PrismaClient } from '@plenary/db';
import { createTestDatabase, testBackends, type TestDatabase } from '@plenary/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql, type ResultOf, textOf, type TypedDocumentNode } from './support/graphql.ts';
import { createActors, createUser, signIn, type Actors } from './support/actors.ts';
import { startApi, type AnyDocument, type AnyRequestOptions, type ApiFixture } from './support/api-fixture.ts';
import { amendDelegation, delegationGlobalId } from './support/delegation-operations.ts';
import { expectData } from './support/expect-result.ts';
import { createDelegation, createInvitation, createMeeting } from './support/factories.ts';
import { createQueryCounter } from './support/query-counter.ts';
import { startAsNpmStartDoes, type RunningPlenary } from './support/start-as-npm-start.ts';

// The response cache (src/response-cache/) as `npm start` runs it: an answer is served again only while no write has
// been committed since, whoever wrote (this API, another process on the same database, the seed, psql), and only to a
// viewer who may see the same (auth/answer-scope.ts).

// Each test asks documents of its own: the cache keeps answers by the document's text, so a document shared by two
// tests would be answered from the other's cache.
const READ_DELEGATION = graphql(`
  query ResponseCacheReadDelegation($id: ID!) {
    node(id: $id) { ... on Delegation { version members { position givenName familyName } credentials { status } } }
  }
`);
const STATES_NAMED_NOR = graphql(`
  query ResponseCacheStatesNamedNor { states(first: 3, filter: { search: "Nor" }) { edges { node { iso3 name } } } }
`);
const ME_AND_USER = graphql(`
  query ResponseCacheMeAndUser($id: ID!) { me { email } node(id: $id) { ... on User { email } } }
`);
const USERS = graphql(`
  query ResponseCacheUsers { users(first: 5) { totalCount } }
`);
const SIGN_OUT = graphql(`
  mutation ResponseCacheSignOut { signOut }
`);
const RATE_LIMIT = graphql(`
  query ResponseCacheRateLimit { rateLimit { remaining } }
`);
const API_KEYS_BY_FIELD: Record<string, TypedDocumentNode<unknown, Record<string, never>>> = {
  status: graphql(`
    query ResponseCacheApiKeyStatus { apiKeys { edges { node { name status } } } }
  `),
  lastUsedAt: graphql(`
    query ResponseCacheApiKeyLastUse { apiKeys { edges { node { name lastUsedAt } } } }
  `),
};
const THREE_STATES = graphql(`
  query ResponseCacheThreeStates { states(first: 3) { edges { node { iso3 } } } }
`);
const MEETINGS_AND_CONVENTIONS = graphql(`
  query ResponseCacheMeetingsAndConventions { meetings(first: 5) { edges { node { code convention { code } } } } }
`);
const STATES_PARTIES_COUNT = graphql(`
  query ResponseCacheStatesPartiesCount { states(filter: { status: STATE_PARTY }) { totalCount } }
`);
const TYPENAME = graphql(`
  query ResponseCacheTypename { __typename }
`);

interface Answer<Data> {
  status: number;
  cache: string | null;
  body: {
    data?: Data;
    errors?: { message: string; extensions?: { code?: string } }[];
    extensions?: { cost?: { rateLimit?: { cost: number; remaining: number } | null } };
  };
}

async function ask<Data, Variables>(
  url: string,
  document: TypedDocumentNode<Data, Variables> | string,
  options: { variables?: Variables; headers?: Record<string, string> } = {},
): Promise<Answer<Data>> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...options.headers },
    body: JSON.stringify({ query: textOf(document), variables: options.variables }),
  });
  return {
    status: response.status,
    cache: response.headers.get('x-plenary-cache'),
    body: (await response.json()) as Answer<Data>['body'],
  };
}

/** The support helpers take the createServer fixture; they only send requests and write rows, which `npm start` takes too. */
function asFixture(plenary: RunningPlenary): ApiFixture {
  return {
    database: plenary.database,
    server: plenary.server,
    url: plenary.url,
    graphql: async (query: AnyDocument, options?: AnyRequestOptions) => {
      const { status, body } = await ask(plenary.url, query, options);
      return { status, body } as never;
    },
    close: plenary.close,
  };
}

describe.each(testBackends())('the response cache on %s, as npm start runs it', (backend) => {
  let ownDatabase: TestDatabase | null;
  let plenary: RunningPlenary;
  let api: ApiFixture;
  let actors: Actors;
  /** A second client of the same database: another API process on Postgres; on PGlite (one process only), SQL around the API. */
  let elsewhere: PrismaClient;
  let delegationId: string;

  beforeAll(async () => {
    ownDatabase = backend === 'postgres' ? await createTestDatabase({ backend, migrate: false }) : null;
    plenary = await startAsNpmStartDoes({ backend, ...(ownDatabase?.url && { databaseUrl: ownDatabase.url }) });
    elsewhere = ownDatabase?.prisma ?? plenary.database.prisma;
    api = asFixture(plenary);
    actors = await createActors(api, { stateIso3: 'CHE', otherStateIso3: 'AUT' });
    const prisma = plenary.database.prisma;
    const meeting = await createMeeting(prisma, { status: 'IN_SESSION' });
    const invitation = await createInvitation(prisma, { meetingId: meeting.id, participant: 'CHE' });
    delegationId = (await createDelegation(prisma, { invitationId: invitation.id })).id;
    await prisma.credentials.create({
      data: {
        delegationId,
        issuingAuthority: 'MINISTER_FOR_FOREIGN_AFFAIRS',
        documentKind: 'ORIGINAL',
        receivedOn: new Date('2023-09-08T00:00:00Z'),
        status: 'REJECTED',
      },
    });
  });
  afterAll(async () => {
    await plenary?.close();
    await ownDatabase?.close();
  });

  const readDelegation = (headers: Record<string, string>) =>
    ask(plenary.url, READ_DELEGATION, {
      variables: { id: delegationGlobalId(delegationId) },
      headers,
    });

  /** The delegation a READ_DELEGATION answer is about; the test fails here when it came without it. */
  function delegationOf(answer: Answer<ResultOf<typeof READ_DELEGATION>>) {
    const { node } = expectData(answer.body);
    if (!node || !('version' in node)) expect.fail(`no delegation in ${JSON.stringify(answer.body)}`);
    return node;
  }

  it('answers a repeated read from the cache, with the same answer, and says which it was', async () => {
    const first = await readDelegation(actors.secretariat.headers);
    const second = await readDelegation(actors.secretariat.headers);
    expect(first.body.errors).toBeUndefined();
    expect([first.cache, second.cache]).toEqual(['MISS', 'HIT']);
    expect(second.body.data).toEqual(first.body.data);
  });

  it('writes a hit as the very text JSON.stringify writes for the same answer, its data text kept from the miss', async () => {
    const text = async () => {
      const response = await fetch(`${plenary.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: textOf(STATES_NAMED_NOR) }),
      });
      return { cache: response.headers.get('x-plenary-cache'), text: await response.text() };
    };
    const [miss, hit] = [await text(), await text()];
    expect([miss.cache, hit.cache]).toEqual(['MISS', 'HIT']);
    // The rate limit in extensions moves between the two; the data's text is the same, byte for byte.
    const dataText = (text: string) => text.slice(0, text.indexOf(',"extensions":'));
    expect(dataText(hit.text)).toBe(dataText(miss.text));
    expect(hit.text).toBe(JSON.stringify(JSON.parse(hit.text)));
    expect(Object.keys(JSON.parse(hit.text))).toEqual(['data', 'extensions']);
  });

  it('answers a read after a mutation through the API with the change', async () => {
    await readDelegation(actors.secretariat.headers);
    const before = await readDelegation(actors.secretariat.headers);
    expect(before.cache).toBe('HIT');
    const amended = await amendDelegation(api, {
      delegationId,
      version: delegationOf(before).version,
      members: [{ role: 'HEAD', givenName: 'Livia', familyName: 'Leu' }],
      headers: actors.secretariat.headers,
    });
    expect(amended.__typename).toBe('MutationAmendDelegationSuccess');
    const after = await readDelegation(actors.secretariat.headers);
    expect(after.cache).toBe('MISS');
    expect(delegationOf(after).members).toEqual([{ position: 1, givenName: 'Livia', familyName: 'Leu' }]);
  });

  it('answers a read after a write around the API (another API process, the seed, psql) with the change', async () => {
    await readDelegation(actors.sameState.headers);
    expect((await readDelegation(actors.sameState.headers)).cache).toBe('HIT');
    await elsewhere.$executeRaw`UPDATE "DelegationMember" SET "givenName" = 'Zoë' WHERE "delegationId" = ${delegationId}::uuid AND "position" = 1`;
    const afterSql = await readDelegation(actors.sameState.headers);
    expect(afterSql.cache).toBe('MISS');
    expect(delegationOf(afterSql).members[0]).toMatchObject({ givenName: 'Zoë' });
    await elsewhere.credentials.update({ where: { delegationId }, data: { status: 'ACCEPTED' } });
    const afterPrisma = await readDelegation(actors.sameState.headers);
    expect(afterPrisma.cache).toBe('MISS');
    expect(delegationOf(afterPrisma).credentials).toEqual({ status: 'ACCEPTED' });
  });

  it('never gives one viewer the answer made for another: each kind of caller sees what it may, the first time and from the cache', async () => {
    // Whoever asks first, a later caller of another kind gets an answer of its own (MISS), then that one again (HIT).
    const callers = [
      { actor: 'secretariat', seesPeople: true },
      { actor: 'sameState', seesPeople: true },
      { actor: 'otherState', seesPeople: false },
      { actor: 'partner', seesPeople: false },
      { actor: 'anonymous', seesPeople: false },
      { actor: 'admin', seesPeople: true },
    ] as const;
    await elsewhere.$executeRaw`UPDATE "DelegationMember" SET "familyName" = 'Keller' WHERE "delegationId" = ${delegationId}::uuid AND "position" = 1`;
    for (const { actor, seesPeople } of callers) {
      const first = await readDelegation(actors[actor].headers);
      const again = await readDelegation(actors[actor].headers);
      expect([first.cache, again.cache], actor).toEqual(['MISS', 'HIT']);
      for (const answer of [first, again]) {
        expect(delegationOf(answer).members[0], actor).toMatchObject(
          seesPeople ? { familyName: 'Keller' } : { familyName: null },
        );
        expect(delegationOf(answer).credentials !== null, actor).toBe(seesPeople);
      }
    }
  });

  it('keeps a user’s own record to that user: `me` and their User by ID, for two users of the same role', async () => {
    const secondOfficerId = await createUser(plenary.database.prisma, {
      email: 'second-officer@plenary.test',
      role: 'SECRETARIAT',
    });
    const secondOfficer = await signIn(api, 'second-officer@plenary.test');
    const variables = { id: encodeGlobalID('User', secondOfficerId) };
    const own = await ask(plenary.url, ME_AND_USER, { variables, headers: secondOfficer });
    expect(own.body.data).toEqual({
      me: { email: 'second-officer@plenary.test' },
      node: { email: 'second-officer@plenary.test' },
    });
    expect((await ask(plenary.url, ME_AND_USER, { variables, headers: secondOfficer })).cache).toBe('HIT');
    const colleague = await ask(plenary.url, ME_AND_USER, { variables, headers: actors.secretariat.headers });
    expect(colleague.cache).toBe('MISS');
    expect(colleague.body.data).toEqual({ me: { email: 'secretariat@plenary.test' }, node: null });
  });

  it('keeps no answer with errors', async () => {
    const refused = await ask(plenary.url, USERS, { headers: actors.secretariat.headers });
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(refused.cache).toBe('MISS');
    expect((await ask(plenary.url, USERS, { headers: actors.secretariat.headers })).cache).toBe('MISS');
  });

  it('never answers a mutation from the cache: the same mutation sent twice runs twice', async () => {
    const { version } = delegationOf(await readDelegation(actors.secretariat.headers));
    const amend = () =>
      amendDelegation(api, {
        delegationId,
        version,
        members: [{ role: 'HEAD', givenName: 'Nora', familyName: 'Frei' }],
        headers: actors.secretariat.headers,
      });
    expect((await amend()).__typename).toBe('MutationAmendDelegationSuccess');
    // Run again, the version it names is no longer the delegation's.
    expect((await amend()).__typename).toBe('ConflictError');
    const mutation = await ask(plenary.url, SIGN_OUT, {
      headers: await signIn(api, 'secretariat@plenary.test'),
    });
    expect(mutation.cache).toBe('BYPASS');
  });

  it('never caches an answer that changes without moving the generation: the caller’s rate limit, an API key’s status and last use', async () => {
    const first = await ask(plenary.url, RATE_LIMIT, { headers: actors.partner.headers });
    const second = await ask(plenary.url, RATE_LIMIT, { headers: actors.partner.headers });
    expect([first.cache, second.cache]).toEqual(['BYPASS', 'BYPASS']);
    expect(expectData(second.body).rateLimit!.remaining).toBeLessThan(expectData(first.body).rateLimit!.remaining);
    for (const [field, document] of Object.entries(API_KEYS_BY_FIELD)) {
      const keys = await ask(plenary.url, document, { headers: actors.admin.headers });
      expect(keys.body.errors, field).toBeUndefined();
      expect(keys.cache, field).toBe('BYPASS');
    }
  });

  it('charges a hit to the caller’s rate limit as a miss, and reports it in the headers and extensions.cost', async () => {
    const miss = await ask(plenary.url, THREE_STATES, { headers: actors.partner.headers });
    const hit = await ask(plenary.url, THREE_STATES, { headers: actors.partner.headers });
    expect([miss.cache, hit.cache]).toEqual(['MISS', 'HIT']);
    const missCost = miss.body.extensions!.cost!.rateLimit!;
    const hitCost = hit.body.extensions!.cost!.rateLimit!;
    expect(hitCost.cost).toBe(missCost.cost);
    expect(hitCost.remaining).toBe(missCost.remaining - hitCost.cost);
  });
});

describe.each(testBackends())('PLENARY_RESPONSE_CACHE_MB=0 on %s', (backend) => {
  let plenary: RunningPlenary;

  beforeAll(async () => {
    plenary = await startAsNpmStartDoes({ backend, env: { PLENARY_RESPONSE_CACHE_MB: '0' } });
  });
  afterAll(() => plenary?.close());

  it('turns the cache off: a repeated read is computed again, and says BYPASS', async () => {
    const answers = [await ask(plenary.url, THREE_STATES), await ask(plenary.url, THREE_STATES)];
    expect(answers.map((answer) => answer.cache)).toEqual(['BYPASS', 'BYPASS']);
    expect(answers[1]!.body.data).toEqual(answers[0]!.body.data);
  });
});

describe.each(testBackends())('SQL statements of an answer from the cache on %s', (backend) => {
  const counter = createQueryCounter();
  let api: ApiFixture;
  let actors: Actors;
  let clock = new Date('2026-12-05T23:59:00Z');
  const VIEWERS = ['anonymous', 'partner', 'sameState', 'secretariat'] as const;

  beforeAll(async () => {
    // createServer as npm start calls it, cache on at its default size, with a counter of statements and a clock.
    api = await startApi({ backend, production: true, onQuery: counter.onQuery, now: () => clock });
    actors = await createActors(api, { stateIso3: 'CHE', otherStateIso3: 'AUT' });
    // The partner key's first use is recorded (a write at most once a minute): made here, not in a counted request.
    for (const viewer of VIEWERS) await api.graphql(TYPENAME, { headers: actors[viewer].headers });
  });
  afterAll(() => api.close());

  const count = (document: TypedDocumentNode<unknown, Record<string, never>>, headers: Record<string, string>) =>
    counter.count(() => api.graphql(document, { headers }));

  it.each(VIEWERS)('answers a hit with the one statement every request makes, as %s', async (viewer) => {
    // Through Prisma: the meetings, then their conventions. A miss adds the session's or key's lookup, which reads
    // the generation too; without credentials, the generation is read on its own.
    const miss = await count(MEETINGS_AND_CONVENTIONS, actors[viewer].headers);
    const hit = await count(MEETINGS_AND_CONVENTIONS, actors[viewer].headers);
    expect({ miss, hit }).toEqual({ miss: 3, hit: 1 });
  });

  it('answers afresh once the UTC date changes, as answers as of today do', async () => {
    expect(await count(STATES_PARTIES_COUNT, {})).toBeGreaterThan(1);
    expect(await count(STATES_PARTIES_COUNT, {})).toBe(1);
    clock = new Date('2026-12-06T00:00:30Z');
    expect(await count(STATES_PARTIES_COUNT, {})).toBeGreaterThan(1);
  });
});
