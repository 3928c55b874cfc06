import { testBackends } from '@plenary/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from './support/graphql.ts';
import { startApi, type ApiFixture } from './support/api-fixture.ts';
import { createUser, signIn, TEST_PASSWORD } from './support/actors.ts';
import { expectResult } from './support/expect-result.ts';

const SIGN_IN = graphql(`
  mutation SignInAs($email: String!, $password: String!) {
    signIn(email: $email, password: $password) {
      __typename
      ... on MutationSignInSuccess { session { token expiresAt } }
      ... on ValidationError { issues { path message } }
      ... on Error { message }
    }
  }
`);

const ME = graphql(`
  query SignedInAs { me { email role } }
`);

const SIGN_OUT = graphql(`
  mutation SignOut { signOut }
`);

describe.each(testBackends())('signing in and out on %s', (backend) => {
  let api: ApiFixture;
  beforeAll(async () => {
    api = await startApi({ backend, seed: false });
    await createUser(api.database.prisma, { email: 'officer@plenary.test', role: 'SECRETARIAT', name: 'Officer' });
  });
  afterAll(() => api.close());

  it('gives a session that identifies the user, and ends it on sign-out', async () => {
    const headers = await signIn(api, 'officer@plenary.test');
    const me = await api.graphql(ME, { headers });
    expect(me.body.data?.me).toEqual({ email: 'officer@plenary.test', role: 'SECRETARIAT' });

    const signOut = await api.graphql(SIGN_OUT, { headers });
    expect(signOut.body.data).toEqual({ signOut: true });
    const after = await api.graphql(ME, { headers });
    expect(after.status).toBe(401);
    expect(after.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a wrong password with the same answer as an unknown e-mail, and opens no session', async () => {
    const sessionsBefore = await api.database.prisma.session.count();
    const wrong = await api.graphql(SIGN_IN, { variables: { email: 'officer@plenary.test', password: 'nope' } });
    const unknown = await api.graphql(SIGN_IN, {
      variables: { email: 'nobody@plenary.test', password: TEST_PASSWORD },
    });
    expect(wrong.body.data?.signIn.__typename).toBe('ForbiddenError');
    expect(unknown.body.data?.signIn).toEqual(wrong.body.data?.signIn);
    expect(await api.database.prisma.session.count()).toBe(sessionsBefore);
  });

  it('names the field when the e-mail address is not one', async () => {
    const { body } = await api.graphql(SIGN_IN, { variables: { email: 'officer', password: 'x' } });
    expect(expectResult(body.data!.signIn, 'ValidationError').issues.map((issue) => issue.path)).toEqual(['email']);
  });

  it('refuses a made-up session token instead of treating the caller as anonymous', async () => {
    const { status } = await api.graphql(ME, { headers: { authorization: 'Bearer made-up' } });
    expect(status).toBe(401);
  });

  it('refuses a session once it has expired', async () => {
    const headers = await signIn(api, 'officer@plenary.test');
    const session = await api.database.prisma.session.findFirstOrThrow({
      where: { user: { email: 'officer@plenary.test' } },
      orderBy: { createdAt: 'desc' },
    });
    await api.database.prisma.session.update({
      where: { id: session.id },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    const { status, body } = await api.graphql(ME, { headers });
    expect(status).toBe(401);
    expect(body.errors?.[0]?.message).toContain('sign in again');
  });

  it('refuses the live session of a user who has been deactivated', async () => {
    await createUser(api.database.prisma, { email: 'leaving@plenary.test', role: 'SECRETARIAT' });
    const headers = await signIn(api, 'leaving@plenary.test');
    expect((await api.graphql(ME, { headers })).status).toBe(200);
    await api.database.prisma.user.update({ where: { email: 'leaving@plenary.test' }, data: { active: false } });
    expect((await api.graphql(ME, { headers })).status).toBe(401);
  });
});
