import { decodeGlobalID, encodeGlobalID } from '@pothos/plugin-relay';
import { graphql, type ResultOf, type SchemaType } from './graphql.ts';
import type { ApiFixture } from './api-fixture.ts';
import { expectData } from './expect-result.ts';

// The delegation mutations as a client sends them, and what the tests read back.

export type MemberInput = SchemaType<'DelegationMemberInput'>;

/** What the delegation mutations answer: their success or one of their errors, as the typed documents read it. */
export type MutationResult =
  | ResultOf<typeof SUBMIT>['submitDelegation']
  | ResultOf<typeof AMEND>['amendDelegation']
  | ResultOf<typeof RECORD_CREDENTIALS>['recordCredentials'];

const SUBMIT = graphql(`
  mutation DelegationSubmit($invitationId: ID!, $input: DelegationInput!) {
    submitDelegation(invitationId: $invitationId, input: $input) {
      __typename
      ... on Error { message }
      ... on ValidationError { issues { path message } }
      ... on MutationSubmitDelegationSuccess {
        delegation {
          id version timeliness amendedAfterDeadline
          headOfDelegation { givenName role }
          members { role position salutation givenName familyName title email }
          credentials { issuingAuthority authorisedBy documentKind receivedDate status }
        }
      }
    }
  }
`);

const AMEND = graphql(`
  mutation DelegationAmend($delegationId: ID!, $version: Int!, $input: DelegationInput!) {
    amendDelegation(delegationId: $delegationId, version: $version, input: $input) {
      __typename
      ... on Error { message }
      ... on ValidationError { issues { path message } }
      ... on MutationAmendDelegationSuccess {
        delegation {
          id version timeliness amendedAfterDeadline
          headOfDelegation { givenName role }
          members { role position salutation givenName familyName title email }
          credentials { issuingAuthority authorisedBy documentKind receivedDate status }
        }
      }
    }
  }
`);

const RECORD_CREDENTIALS = graphql(`
  mutation DelegationRecordCredentials($delegationId: ID!, $input: CredentialsInput!) {
    recordCredentials(delegationId: $delegationId, input: $input) {
      __typename
      ... on Error { message }
      ... on ValidationError { issues { path message } }
      ... on MutationRecordCredentialsSuccess {
        delegation {
          id version timeliness amendedAfterDeadline
          headOfDelegation { givenName role }
          members { role position salutation givenName familyName title email }
          credentials { issuingAuthority authorisedBy documentKind receivedDate status }
        }
      }
    }
  }
`);

export const HEAD_AND_ADVISER: MemberInput[] = [
  { role: 'ADVISER', givenName: 'Anna', familyName: 'Muster', order: 2 },
  {
    role: 'HEAD',
    salutation: 'H.E. Mr.',
    givenName: 'Félix',
    familyName: 'Baumann',
    title: 'Ambassador, Permanent Representative',
    order: 1,
    email: 'felix.baumann@example.org',
  },
];

export function invitationGlobalId(id: string): string {
  return encodeGlobalID('Invitation', id);
}

export function delegationGlobalId(id: string): string {
  return encodeGlobalID('Delegation', id);
}

export async function submitDelegation(
  api: ApiFixture,
  options: {
    invitationId: string;
    members?: MemberInput[];
    publicListConsent?: boolean;
    headers?: Record<string, string>;
  },
): Promise<ResultOf<typeof SUBMIT>['submitDelegation']> {
  const { body } = await api.graphql(SUBMIT, {
    variables: {
      invitationId: invitationGlobalId(options.invitationId),
      input: { members: options.members ?? HEAD_AND_ADVISER, publicListConsent: options.publicListConsent },
    },
    headers: options.headers,
  });
  return expectData(body).submitDelegation;
}

export async function amendDelegation(
  api: ApiFixture,
  options: { delegationId: string; version: number; members: MemberInput[]; headers?: Record<string, string> },
): Promise<ResultOf<typeof AMEND>['amendDelegation']> {
  const { body } = await api.graphql(AMEND, {
    variables: {
      delegationId: delegationGlobalId(options.delegationId),
      version: options.version,
      input: { members: options.members },
    },
    headers: options.headers,
  });
  return expectData(body).amendDelegation;
}

export async function recordCredentials(
  api: ApiFixture,
  options: { delegationId: string; input: SchemaType<'CredentialsInput'>; headers?: Record<string, string> },
): Promise<ResultOf<typeof RECORD_CREDENTIALS>['recordCredentials']> {
  const { body } = await api.graphql(RECORD_CREDENTIALS, {
    variables: { delegationId: delegationGlobalId(options.delegationId), input: options.input },
    headers: options.headers,
  });
  return expectData(body).recordCredentials;
}

export function databaseId(globalId: string): string {
  return decodeGlobalID(globalId).id;
}
