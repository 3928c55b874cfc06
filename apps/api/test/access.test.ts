import { randomUUID } from 'node:crypto';
import { verify } from '@node-rs/argon2';
import { testBackends } from '@plenary/db/testing';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDemoUsers, DEMO_USERS } from '../src/start.ts';
import { graphql, type ResultOf, type SchemaType } from './support/graphql.ts';
import { startApi, type ApiFixture } from './support/api-fixture.ts';
import { createActors, signIn, TEST_PASSWORD, type Actors } from './support/actors.ts';
import { expectData, expectResult } from './support/expect-result.ts';

const STRONG_PASSWORD = 'a long enough passphrase';

const CREATE_USER = graphql(`
  mutation AccessCreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      __typename
      ... on MutationCreateUserSuccess { user { id email name role active state { iso3 } } }
      ... on ValidationError { issues { path message } }
      ... on NotFoundError { entity key }
      ... on Error { message }
    }
  }
`);

const UPDATE_USER = graphql(`
  mutation AccessUpdateUser($id: ID!, $input: UpdateUserInput!) {
    updateUser(id: $id, input: $input) {
      __typename
      ... on MutationUpdateUserSuccess { user { id name role active state { iso3 } } }
      ... on ValidationError { issues { path message } }
      ... on NotFoundError { entity }
      ... on Error { message }
    }
  }
`);

const CREATE_API_KEY = graphql(`
  mutation AccessCreateApiKey($input: CreateApiKeyInput!) {
    createApiKey(input: $input) {
      __typename
      ... on MutationCreateApiKeySuccess {
        key
        apiKey { id name prefix scopes status expiresAt organisation { acronym } createdBy { email } }
      }
      ... on ValidationError { issues { path message } }
      ... on NotFoundError { entity }
      ... on Error { message }
    }
  }
`);

const REVOKE_API_KEY = graphql(`
  mutation AccessRevokeApiKey($id: ID!) {
    revokeApiKey(id: $id) {
      __typename
      ... on MutationRevokeApiKeySuccess { apiKey { id status revokedAt } }
      ... on ValidationError { issues { path message } }
      ... on Error { message }
    }
  }
`);

const AUDIT_OF = graphql(`
  query AccessAuditOf($id: ID!) {
    auditEvents(filter: { entityId: $id }) { edges { node { action before after actorUser { email } } } }
  }
`);

const SIGN_IN = graphql(`
  mutation AccessSignIn($email: String!, $password: String!) {
    signIn(email: $email, password: $password) { __typename }
  }
`);

const SIGN_OUT = graphql(`
  mutation AccessSignOut { signOut }
`);

const ME = graphql(`
  query AccessMe { me { email } }
`);

const SECRETARIAT_USERS = graphql(`
  query AccessSecretariatUsers {
    users(filter: { role: SECRETARIAT }, first: 100) { totalCount edges { node { email role } } }
  }
`);

const USER_COUNT = graphql(`
  query AccessUserCount { users { totalCount } }
`);

const API_KEY_COUNT = graphql(`
  query AccessApiKeyCount { apiKeys { totalCount } }
`);

const API_KEYS = graphql(`
  query AccessApiKeys { apiKeys(first: 100) { totalCount edges { node { prefix name } } } }
`);

const CONVENTION_COUNT = graphql(`
  query AccessConventionCount { conventions { totalCount } }
`);

const USERS_CREATED_BY = graphql(`
  query AccessUsersCreatedBy($actor: ID!) {
    auditEvents(filter: { action: "user.create", actor: $actor }, first: 100) {
      totalCount
      edges { node { action at actorUser { email } } }
    }
  }
`);

// "not-an-id" in base64: no User's or ApiKey's global ID.
const AUDIT_BY_MADE_UP_ACTOR = graphql(`
  query AccessAuditByMadeUpActor { auditEvents(filter: { actor: "bm90LWFuLWlk" }) { totalCount } }
`);

const AUDIT_EVENT_COUNT = graphql(`
  query AccessAuditEventCount { auditEvents { totalCount } }
`);

const NODE = graphql(`
  query AccessNode($id: ID!) {
    node(id: $id) { __typename id ... on User { email name } ... on ApiKey { prefix } ... on AuditEvent { action after } }
  }
`);

const USER_NODES = graphql(`
  query AccessUserNodes($ids: [ID!]!) { nodes(ids: $ids) { ... on User { email } } }
`);

const API_KEY_LAST_USED_AT = graphql(`
  query AccessApiKeyLastUsedAt($id: ID!) { node(id: $id) { __typename ... on ApiKey { lastUsedAt } } }
`);

describe.each(testBackends())('users, API keys and the audit log on %s', (backend) => {
  let api: ApiFixture;
  let actors: Actors;
  let seq = 0;
  const uniqueEmail = (label: string) => `${label}-${(seq += 1)}@plenary.test`;

  beforeAll(async () => {
    api = await startApi({ backend });
    actors = await createActors(api, { stateIso3: 'NOR', otherStateIso3: 'CHE' });
  });
  afterAll(() => api.close());

  async function createUser(
    input: SchemaType<'CreateUserInput'>,
    headers = actors.admin.headers,
  ): Promise<ResultOf<typeof CREATE_USER>['createUser']> {
    const { body } = await api.graphql(CREATE_USER, { variables: { input }, headers });
    return expectData(body).createUser;
  }

  async function updateUser(
    id: string,
    input: SchemaType<'UpdateUserInput'>,
    headers = actors.admin.headers,
  ): Promise<ResultOf<typeof UPDATE_USER>['updateUser']> {
    const { body } = await api.graphql(UPDATE_USER, { variables: { id, input }, headers });
    return expectData(body).updateUser;
  }

  async function createApiKey(
    input: SchemaType<'CreateApiKeyInput'>,
    headers = actors.admin.headers,
  ): Promise<ResultOf<typeof CREATE_API_KEY>['createApiKey']> {
    const { body } = await api.graphql(CREATE_API_KEY, { variables: { input }, headers });
    return expectData(body).createApiKey;
  }

  async function auditOf(entityGlobalId: string) {
    const { body } = await api.graphql(AUDIT_OF, { variables: { id: entityGlobalId }, headers: actors.admin.headers });
    return expectData(body).auditEvents.edges.map((edge) => edge.node);
  }

  describe('createUser', () => {
    it('registers a STATE focal point who can then sign in, and audits it without the password', async () => {
      const email = uniqueEmail('focal-point');
      const result = await createUser({
        email: `  ${email.toUpperCase()} `,
        name: 'Focal point of Norway',
        role: 'STATE',
        stateIso3: 'NOR',
        password: STRONG_PASSWORD,
      });
      const { user } = expectResult(result, 'MutationCreateUserSuccess');
      expect(user).toMatchObject({
        email,
        name: 'Focal point of Norway',
        role: 'STATE',
        active: true,
        state: { iso3: 'NOR' },
      });

      const stored = await api.database.prisma.user.findUniqueOrThrow({ where: { email } });
      expect(stored.passwordHash).not.toContain(STRONG_PASSWORD);
      expect(await verify(stored.passwordHash, STRONG_PASSWORD)).toBe(true);

      const signedIn = await api.graphql(SIGN_IN, { variables: { email, password: STRONG_PASSWORD } });
      expect(signedIn.body.data?.signIn.__typename).toBe('MutationSignInSuccess');

      const event = (await auditOf(user.id)).find((candidate) => candidate.action === 'user.create');
      expect(event).toMatchObject({
        action: 'user.create',
        actorUser: { email: 'admin@plenary.test' },
        after: { email, role: 'STATE', active: true },
      });
      expect(JSON.stringify(event)).not.toMatch(/passwordHash|a long enough passphrase/);
    });

    it('names each field that is wrong: a short password, a STATE user without a State', async () => {
      const result = await createUser({
        email: uniqueEmail('bad'),
        name: 'Someone',
        role: 'STATE',
        password: 'too short',
      });
      expect(
        expectResult(result, 'ValidationError')
          .issues.map((issue) => issue.path)
          .sort(),
      ).toEqual(['password', 'stateIso3']);
    });

    it('refuses a State for a secretariat officer', async () => {
      const result = await createUser({
        email: uniqueEmail('officer'),
        name: 'Officer',
        role: 'SECRETARIAT',
        stateIso3: 'NOR',
        password: STRONG_PASSWORD,
      });
      expect(expectResult(result, 'ValidationError').issues).toEqual([
        { path: 'stateIso3', message: 'Only STATE users act for a State; leave the State out for SECRETARIAT users.' },
      ]);
    });

    it.each(['anonymous', 'partner', 'sameState', 'secretariat'] as const)('is refused to %s', async (actor) => {
      const email = uniqueEmail('refused');
      const result = await createUser(
        { email, name: 'Nobody', role: 'ADMIN', password: STRONG_PASSWORD },
        actors[actor].headers,
      );
      expect(result.__typename).toBe('ForbiddenError');
      expect(await api.database.prisma.user.count({ where: { email } })).toBe(0);
    });

    it('says which State does not exist', async () => {
      const result = await createUser({
        email: uniqueEmail('nowhere'),
        name: 'Nobody',
        role: 'STATE',
        stateIso3: 'XXX',
        password: STRONG_PASSWORD,
      });
      expect(result).toMatchObject({ __typename: 'NotFoundError', entity: 'State' });
    });

    it('refuses a second user with the same e-mail address, whatever its case', async () => {
      const result = await createUser({
        email: 'Secretariat@Plenary.Test',
        name: 'Twin',
        role: 'SECRETARIAT',
        password: STRONG_PASSWORD,
      });
      expect(expectResult(result, 'ConflictError').message).toContain('secretariat@plenary.test');
    });
  });

  describe('updateUser', () => {
    async function newUser(role: 'STATE' | 'SECRETARIAT' = 'STATE') {
      const email = uniqueEmail('update');
      const result = await createUser({
        email,
        name: 'To change',
        role,
        ...(role === 'STATE' && { stateIso3: 'NOR' }),
        password: TEST_PASSWORD,
      });
      return { id: expectResult(result, 'MutationCreateUserSuccess').user.id, email };
    }

    it('moves a focal point to the secretariat, dropping the State, and audits before and after', async () => {
      const user = await newUser();
      const result = await updateUser(user.id, { name: 'Now an officer', role: 'SECRETARIAT' });
      expect(expectResult(result, 'MutationUpdateUserSuccess').user).toMatchObject({
        name: 'Now an officer',
        role: 'SECRETARIAT',
        state: null,
        active: true,
      });
      const [event] = await auditOf(user.id);
      expect(event).toMatchObject({
        action: 'user.update',
        before: { role: 'STATE', name: 'To change' },
        after: { role: 'SECRETARIAT', stateId: null },
      });
    });

    it('ends every session of a user it deactivates, and they cannot sign in again', async () => {
      const user = await newUser();
      const headers = await signIn(api, user.email);
      expect((await api.graphql(ME, { headers })).status).toBe(200);

      const result = await updateUser(user.id, { active: false });
      expect(expectResult(result, 'MutationUpdateUserSuccess').user).toMatchObject({ active: false });
      expect(await api.database.prisma.session.count({ where: { userId: idOf(user.id), revokedAt: null } })).toBe(0);
      expect((await api.graphql(ME, { headers })).status).toBe(401);
      await expect(signIn(api, user.email)).rejects.toThrow(/could not sign in/);
      const [event] = await auditOf(user.id);
      expect(event?.after).toMatchObject({ active: false, sessionsEnded: 1 });
    });

    it('needs a State to make an officer a focal point', async () => {
      const user = await newUser('SECRETARIAT');
      const result = await updateUser(user.id, { role: 'STATE' });
      expect(expectResult(result, 'ValidationError').issues[0]?.path).toBe('stateIso3');
    });

    it('asks for something to change, and for the ID of a user', async () => {
      const user = await newUser();
      expect((await updateUser(user.id, {})).__typename).toBe('ValidationError');
      const wrongType = await updateUser(encodeGlobalID('Meeting', randomUUID()), { name: 'x' });
      expect(expectResult(wrongType, 'ValidationError').issues).toEqual([
        { path: 'id', message: 'This is not the ID of a User.' },
      ]);
    });

    it('is refused to the secretariat and to the user themself', async () => {
      const user = await newUser();
      expect((await updateUser(user.id, { role: 'ADMIN' }, actors.secretariat.headers)).__typename).toBe(
        'ForbiddenError',
      );
      expect((await updateUser(user.id, { role: 'ADMIN' }, await signIn(api, user.email))).__typename).toBe(
        'ForbiddenError',
      );
      expect((await api.database.prisma.user.findUniqueOrThrow({ where: { email: user.email } })).role).toBe('STATE');
    });

    it('says when the user does not exist', async () => {
      const result = await updateUser(encodeGlobalID('User', randomUUID()), { name: 'Ghost' });
      expect(result).toMatchObject({ __typename: 'NotFoundError', entity: 'User' });
    });

    it('does not let an administrator lock themself out', async () => {
      const admin = await api.database.prisma.user.findUniqueOrThrow({ where: { email: 'admin@plenary.test' } });
      const adminId = encodeGlobalID('User', admin.id);
      expect((await updateUser(adminId, { active: false })).__typename).toBe('ConflictError');
      expect((await updateUser(adminId, { role: 'SECRETARIAT' })).__typename).toBe('ConflictError');
      expect((await updateUser(adminId, { name: 'Chief administrator' })).__typename).toBe('MutationUpdateUserSuccess');
    });
  });

  describe('users', () => {
    it('lists users for an ADMIN, filtered by role', async () => {
      const { body } = await api.graphql(SECRETARIAT_USERS, { headers: actors.admin.headers });
      expect(body.data?.users.totalCount).toBeGreaterThanOrEqual(1);
      expect(body.data?.users.edges.every((edge) => edge.node.role === 'SECRETARIAT')).toBe(true);
      expect(body.data?.users.edges.map((edge) => edge.node.email)).toContain('secretariat@plenary.test');
    });

    it.each(['anonymous', 'partner', 'sameState', 'secretariat'] as const)('is refused to %s', async (actor) => {
      const { body } = await api.graphql(USER_COUNT, { headers: actors[actor].headers });
      expect(body.data ?? null).toBeNull();
      expect(body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    });
  });

  describe('API keys', () => {
    it('shows a new key once, keeps only its hash, and the key then reads the API', async () => {
      const organisation = await api.database.prisma.organisation.findFirstOrThrow({ orderBy: { acronym: 'asc' } });
      const result = await createApiKey({
        name: 'Monitor',
        organisationId: encodeGlobalID('Organisation', organisation.id),
        scopes: ['READ_PUBLIC'],
        expiresAt: '2099-12-31T00:00:00Z',
      });
      const { key, apiKey } = expectResult(result, 'MutationCreateApiKeySuccess');
      expect(key).toMatch(new RegExp(`^plk_${apiKey.prefix}_[A-Za-z0-9_-]{20,}$`));
      expect(apiKey).toMatchObject({
        name: 'Monitor',
        scopes: ['READ_PUBLIC'],
        status: 'ACTIVE',
        organisation: { acronym: organisation.acronym },
        createdBy: { email: 'admin@plenary.test' },
      });

      // The secret is all after the prefix; it may itself hold underscores.
      const secret = key.slice(`plk_${apiKey.prefix}_`.length);
      const stored = await api.database.prisma.apiKey.findUniqueOrThrow({ where: { prefix: apiKey.prefix } });
      expect(JSON.stringify(stored)).not.toContain(secret);
      const events = await auditOf(apiKey.id);
      expect(events.map((event) => event.action)).toEqual(['apiKey.create']);
      expect(JSON.stringify(events)).not.toContain(secret);

      const read = await api.graphql(CONVENTION_COUNT, { headers: { 'x-api-key': key } });
      expect(read.status).toBe(200);
      expect(read.body.data?.conventions.totalCount).toBeGreaterThan(0);
    });

    it('needs a name, a scope and an expiry in the future', async () => {
      const result = await createApiKey({ name: ' ', scopes: [], expiresAt: '2001-01-01T00:00:00Z' });
      expect(
        expectResult(result, 'ValidationError')
          .issues.map((issue) => issue.path)
          .sort(),
      ).toEqual(['expiresAt', 'name', 'scopes']);
    });

    it('says when the organisation does not exist', async () => {
      const result = await createApiKey({
        name: 'Ghost',
        organisationId: encodeGlobalID('Organisation', randomUUID()),
        scopes: ['READ_PUBLIC'],
      });
      expect(result).toMatchObject({ __typename: 'NotFoundError', entity: 'Organisation' });
    });

    it.each(['anonymous', 'partner', 'sameState', 'secretariat'] as const)(
      'cannot be created or listed by %s',
      async (actor) => {
        const result = await createApiKey({ name: 'Mine', scopes: ['READ_PUBLIC'] }, actors[actor].headers);
        expect(result.__typename).toBe('ForbiddenError');
        const list = await api.graphql(API_KEY_COUNT, { headers: actors[actor].headers });
        expect(list.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      },
    );

    it('revokes a key, which stops working at once; revoking it again is a conflict', async () => {
      const { key, apiKey } = expectResult(
        await createApiKey({ name: 'Short-lived', scopes: ['READ_PUBLIC'] }),
        'MutationCreateApiKeySuccess',
      );
      const forbidden = await api.graphql(REVOKE_API_KEY, {
        variables: { id: apiKey.id },
        headers: actors.secretariat.headers,
      });
      expect(forbidden.body.data?.revokeApiKey.__typename).toBe('ForbiddenError');

      const revoked = await api.graphql(REVOKE_API_KEY, {
        variables: { id: apiKey.id },
        headers: actors.admin.headers,
      });
      expect(revoked.body.data?.revokeApiKey).toMatchObject({
        __typename: 'MutationRevokeApiKeySuccess',
        apiKey: { status: 'REVOKED' },
      });
      expect((await api.graphql(CONVENTION_COUNT, { headers: { 'x-api-key': key } })).status).toBe(401);

      const again = await api.graphql(REVOKE_API_KEY, {
        variables: { id: apiKey.id },
        headers: actors.admin.headers,
      });
      expect(again.body.data?.revokeApiKey.__typename).toBe('ConflictError');
      expect((await auditOf(apiKey.id)).map((event) => event.action)).toEqual(['apiKey.revoke', 'apiKey.create']);
    });

    it("says when the key to revoke does not exist, or the ID is not a key's", async () => {
      const missing = await api.graphql(REVOKE_API_KEY, {
        variables: { id: encodeGlobalID('ApiKey', randomUUID()) },
        headers: actors.admin.headers,
      });
      expect(missing.body.data?.revokeApiKey.__typename).toBe('NotFoundError');
      const wrong = await api.graphql(REVOKE_API_KEY, {
        variables: { id: 'not-an-id' },
        headers: actors.admin.headers,
      });
      expect(wrong.body.data?.revokeApiKey.__typename).toBe('ValidationError');
    });

    it('lists keys newest first for an ADMIN, with the prefix and never a secret', async () => {
      await createApiKey({ name: 'Newest', scopes: ['READ_PUBLIC'] });
      const { body } = await api.graphql(API_KEYS, { headers: actors.admin.headers });
      expect(body.data?.apiKeys.totalCount).toBeGreaterThanOrEqual(2);
      expect(body.data?.apiKeys.edges[0]?.node.name).toBe('Newest');
      expect(body.data?.apiKeys.edges.at(-1)?.node.name).toBe('Partner');
      expect(JSON.stringify(body)).not.toMatch(/secret|hash/i);
    });
  });

  describe('auditEvents', () => {
    it('shows the log newest first, filtered by action and by actor', async () => {
      for (const label of ['first', 'second'])
        await createUser({ email: uniqueEmail(label), name: label, role: 'SECRETARIAT', password: STRONG_PASSWORD });
      const admin = await api.database.prisma.user.findUniqueOrThrow({ where: { email: 'admin@plenary.test' } });
      const { body } = await api.graphql(USERS_CREATED_BY, {
        variables: { actor: encodeGlobalID('User', admin.id) },
        headers: actors.admin.headers,
      });
      const events = expectData(body).auditEvents.edges.map((edge) => edge.node);
      expect(events.length).toBeGreaterThan(1);
      expect(
        events.every((event) => event.action === 'user.create' && event.actorUser?.email === 'admin@plenary.test'),
      ).toBe(true);
      const times = events.map((event) => event.at);
      expect([...times].sort().reverse()).toEqual(times);
    });

    it('refuses an actor that is not a user or a key', async () => {
      const { body } = await api.graphql(AUDIT_BY_MADE_UP_ACTOR, { headers: actors.admin.headers });
      expect(body.errors?.[0]?.extensions?.code).toBe('VALIDATION_FAILED');
    });

    // The secretariat reads the meeting cycle's part of it (report-reminders.test.ts).
    it.each(['anonymous', 'partner', 'sameState'] as const)('is refused to %s', async (actor) => {
      const { body } = await api.graphql(AUDIT_EVENT_COUNT, { headers: actors[actor].headers });
      expect(body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    });

    it('records sign-outs', async () => {
      const email = uniqueEmail('leaving');
      const created = await createUser({ email, name: 'Leaving', role: 'SECRETARIAT', password: TEST_PASSWORD });
      await api.graphql(SIGN_OUT, { headers: await signIn(api, email) });
      expect(
        (await auditOf(expectResult(created, 'MutationCreateUserSuccess').user.id)).map((event) => event.action),
      ).toEqual(['user.signOut', 'user.signIn', 'user.create']);
    });
  });

  describe('node and nodes', () => {
    let userId: string;
    let apiKeyId: string;
    let auditEventId: string;
    beforeAll(async () => {
      const user = await api.database.prisma.user.findUniqueOrThrow({ where: { email: 'same-state@plenary.test' } });
      userId = encodeGlobalID('User', user.id);
      const apiKey = await api.database.prisma.apiKey.findFirstOrThrow();
      apiKeyId = encodeGlobalID('ApiKey', apiKey.id);
      const event = await api.database.prisma.auditEvent.findFirstOrThrow();
      auditEventId = encodeGlobalID('AuditEvent', event.id);
    });

    it.each(['anonymous', 'partner', 'otherState', 'secretariat'] as const)(
      'gives %s no user, key or audit event',
      async (actor) => {
        // As for an ID that names nothing: null, and no error saying that it exists.
        for (const id of [userId, apiKeyId, auditEventId]) {
          const { body } = await api.graphql(NODE, { variables: { id }, headers: actors[actor].headers });
          expect(body).toEqual({ data: { node: null }, extensions: { cost: expect.any(Object) } });
        }
        const { body } = await api.graphql(USER_NODES, {
          variables: { ids: [userId, apiKeyId, auditEventId] },
          headers: actors[actor].headers,
        });
        expect(body).toEqual({ data: { nodes: [null, null, null] }, extensions: { cost: expect.any(Object) } });
      },
    );

    it('gives a user their own record, and an ADMIN everything', async () => {
      const own = await api.graphql(NODE, { variables: { id: userId }, headers: actors.sameState.headers });
      expect(expectResult(own.body.data!.node!, 'User').email).toBe('same-state@plenary.test');
      const mixed = await api.graphql(USER_NODES, {
        variables: { ids: [userId, apiKeyId] },
        headers: actors.sameState.headers,
      });
      expect(mixed.body).toEqual({
        data: { nodes: [{ email: 'same-state@plenary.test' }, null] },
        extensions: { cost: expect.any(Object) },
      });
      for (const id of [userId, apiKeyId, auditEventId]) {
        const { body } = await api.graphql(NODE, { variables: { id }, headers: actors.admin.headers });
        expect(body.data?.node?.id).toBe(id);
      }
    });
  });

  describe('demo users', () => {
    it('are made only when there are no users', async () => {
      expect(await createDemoUsers(api.database.prisma, STRONG_PASSWORD)).toEqual([]);
    });
  });
});

describe.each(testBackends())('demo users in an empty database on %s', (backend) => {
  let api: ApiFixture;
  beforeAll(async () => {
    api = await startApi({ backend });
  });
  afterAll(() => api.close());

  it("makes an ADMIN, a SECRETARIAT officer and Norway's focal point, who can sign in", async () => {
    const made = await createDemoUsers(api.database.prisma, STRONG_PASSWORD);
    expect(made).toEqual(DEMO_USERS.map((user) => user.email));
    const focalPoint = await api.database.prisma.user.findUniqueOrThrow({
      where: { email: 'focal.point.nor@plenary.local' },
      include: { state: true },
    });
    expect(focalPoint).toMatchObject({ role: 'STATE', state: { iso3: 'NOR' } });
    const signedIn = await api.graphql(SIGN_IN, {
      variables: { email: 'admin@plenary.local', password: STRONG_PASSWORD },
    });
    expect(signedIn.body.data?.signIn.__typename).toBe('MutationSignInSuccess');
  });
});

describe.each(testBackends())('when an API key was last used, on %s', (backend) => {
  const start = new Date('2026-11-28T09:00:00.000Z');
  let clock = start;
  let api: ApiFixture;
  let actors: Actors;
  beforeAll(async () => {
    api = await startApi({ backend, now: () => clock });
    actors = await createActors(api, { stateIso3: 'NOR', otherStateIso3: 'CHE' });
  });
  afterAll(() => api.close());

  async function lastUsedAt(id: string) {
    const { body } = await api.graphql(API_KEY_LAST_USED_AT, { variables: { id }, headers: actors.admin.headers });
    return expectResult(body.data!.node!, 'ApiKey').lastUsedAt;
  }

  async function readWith(key: string, at: Date): Promise<void> {
    clock = at;
    const { status } = await api.graphql(CONVENTION_COUNT, { headers: { 'x-api-key': key } });
    expect(status).toBe(200);
  }

  async function newKey(name: string) {
    const { body } = await api.graphql(CREATE_API_KEY, {
      variables: { input: { name, scopes: ['READ_PUBLIC'] } },
      headers: actors.admin.headers,
    });
    return expectResult(body.data!.createApiKey, 'MutationCreateApiKeySuccess');
  }

  it('is null until the key is used, then kept to the minute, so a busy partner does not write on every request', async () => {
    const { key, apiKey } = await newKey('Monitor');
    expect(await lastUsedAt(apiKey.id)).toBeNull();

    await readWith(key, start);
    expect(await lastUsedAt(apiKey.id)).toBe(start.toISOString());
    await readWith(key, new Date(start.getTime() + 59_000));
    expect(await lastUsedAt(apiKey.id)).toBe(start.toISOString());
    const minuteLater = new Date(start.getTime() + 60_000);
    await readWith(key, minuteLater);
    expect(await lastUsedAt(apiKey.id)).toBe(minuteLater.toISOString());
  });

  it('is not touched by a refused key', async () => {
    const { key, apiKey } = await newKey('Unused');
    const wrongSecret = `plk_${apiKey.prefix}_${'x'.repeat(key.length - `plk_${apiKey.prefix}_`.length)}`;
    const { status } = await api.graphql(CONVENTION_COUNT, { headers: { 'x-api-key': wrongSecret } });
    expect(status).toBe(401);
    expect(await lastUsedAt(apiKey.id)).toBeNull();
  });
});

function idOf(globalId: string): string {
  return Buffer.from(globalId, 'base64').toString('utf8').split(':')[1]!;
}
