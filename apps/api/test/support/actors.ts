import type { PrismaClient, UserRole } from '@plenary/db';
import { expect } from 'vitest';
import { hashPassword } from '../../src/auth/passwords.ts';
import { newApiKey } from '../../src/auth/tokens.ts';
import { graphql } from './graphql.ts';
import type { ApiFixture } from './api-fixture.ts';
import { expectData } from './expect-result.ts';

export const TEST_PASSWORD = 'correct horse battery staple';

export interface Actor {
  label: string;
  headers: Record<string, string>;
}

export async function createUser(
  prisma: PrismaClient,
  options: { email: string; role: UserRole; stateIso3?: string; name?: string },
): Promise<string> {
  const state = options.stateIso3 ? await prisma.state.findUniqueOrThrow({ where: { iso3: options.stateIso3 } }) : null;
  const user = await prisma.user.create({
    data: {
      email: options.email,
      name: options.name ?? options.email,
      role: options.role,
      stateId: state?.id ?? null,
      passwordHash: await hashPassword(TEST_PASSWORD),
    },
  });
  return user.id;
}

const SIGN_IN = graphql(`
  mutation ActorsSignIn($email: String!, $password: String!) {
    signIn(email: $email, password: $password) {
      __typename
      ... on MutationSignInSuccess { session { token } }
      ... on Error { message }
    }
  }
`);

/** Signs in through the API, as a client would, and returns the headers that carry the session. */
export async function signIn(api: ApiFixture, email: string): Promise<Record<string, string>> {
  const { body } = await api.graphql(SIGN_IN, { variables: { email, password: TEST_PASSWORD } });
  const signedIn = expectData(body).signIn;
  if (signedIn.__typename !== 'MutationSignInSuccess')
    expect.fail(`could not sign in ${email}: ${JSON.stringify(signedIn)}`);
  return { authorization: `Bearer ${signedIn.session.token}` };
}

export async function createPartnerKey(prisma: PrismaClient, createdById: string): Promise<Record<string, string>> {
  const { key, prefix, secretHash } = newApiKey();
  await prisma.apiKey.create({ data: { name: 'Partner', prefix, secretHash, scopes: ['READ_PUBLIC'], createdById } });
  return { 'x-api-key': key };
}

export interface Actors {
  anonymous: Actor;
  partner: Actor;
  otherState: Actor;
  sameState: Actor;
  secretariat: Actor;
  admin: Actor;
}

/**
 * One of each kind of caller: anonymous, a partner API key, STATE focal points of `stateIso3` and of another
 * State, SECRETARIAT and ADMIN staff.
 */
export async function createActors(
  api: ApiFixture,
  options: { stateIso3: string; otherStateIso3: string },
): Promise<Actors> {
  const prisma = api.database.prisma;
  const adminId = await createUser(prisma, { email: 'admin@plenary.test', role: 'ADMIN' });
  await createUser(prisma, { email: 'secretariat@plenary.test', role: 'SECRETARIAT' });
  await createUser(prisma, { email: 'same-state@plenary.test', role: 'STATE', stateIso3: options.stateIso3 });
  await createUser(prisma, { email: 'other-state@plenary.test', role: 'STATE', stateIso3: options.otherStateIso3 });
  return {
    anonymous: { label: 'anonymous', headers: {} },
    partner: { label: 'partner key', headers: await createPartnerKey(prisma, adminId) },
    otherState: { label: `STATE of ${options.otherStateIso3}`, headers: await signIn(api, 'other-state@plenary.test') },
    sameState: { label: `STATE of ${options.stateIso3}`, headers: await signIn(api, 'same-state@plenary.test') },
    secretariat: { label: 'SECRETARIAT', headers: await signIn(api, 'secretariat@plenary.test') },
    admin: { label: 'ADMIN', headers: await signIn(api, 'admin@plenary.test') },
  };
}
