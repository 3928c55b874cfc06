import { decodeGlobalID, encodeGlobalID } from '@pothos/plugin-relay';
import type { ApiFixture } from './api-fixture.ts';

// The delegation mutations as a client sends them, and what the tests read back.

export interface MemberInput {
  role: 'HEAD' | 'DEPUTY_HEAD' | 'REPRESENTATIVE' | 'ALTERNATE' | 'ADVISER';
  givenName: string;
  familyName: string;
  salutation?: string;
  title?: string;
  order?: number;
  email?: string;
  phone?: string;
}

export interface MutationResult {
  __typename: string;
  message?: string;
  issues?: { path: string; message: string }[];
  delegation?: {
    id: string;
    version: number;
    timeliness: 'ON_TIME' | 'LATE';
    amendedAfterDeadline: boolean;
    headOfDelegation: { givenName: string | null; role: string } | null;
    members: {
      role: string;
      position: number;
      salutation: string | null;
      givenName: string | null;
      familyName: string | null;
      title: string | null;
      email: string | null;
    }[];
    credentials: {
      issuingAuthority: string;
      authorisedBy: string | null;
      documentKind: string;
      receivedDate: string;
      status: string;
    } | null;
  };
}

const RESULT = `
  __typename
  ... on Error { message }
  ... on ValidationError { issues { path message } }
  ... on DelegationResult {
    delegation {
      id version timeliness amendedAfterDeadline
      headOfDelegation { givenName role }
      members { role position salutation givenName familyName title email }
      credentials { issuingAuthority authorisedBy documentKind receivedDate status }
    }
  }
`;

function resultSelection(success: string): string {
  return RESULT.replace('DelegationResult', success);
}

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
): Promise<MutationResult> {
  const { body } = await api.graphql<{ submitDelegation: MutationResult }>(
    `mutation ($invitationId: ID!, $input: DelegationInput!) { submitDelegation(invitationId: $invitationId, input: $input) { ${resultSelection('MutationSubmitDelegationSuccess')} } }`,
    {
      variables: {
        invitationId: invitationGlobalId(options.invitationId),
        input: { members: options.members ?? HEAD_AND_ADVISER, publicListConsent: options.publicListConsent },
      },
      headers: options.headers,
    },
  );
  if (!body.data) throw new Error(JSON.stringify(body.errors));
  return body.data.submitDelegation;
}

export async function amendDelegation(
  api: ApiFixture,
  options: { delegationId: string; version: number; members: MemberInput[]; headers?: Record<string, string> },
): Promise<MutationResult> {
  const { body } = await api.graphql<{ amendDelegation: MutationResult }>(
    `mutation ($delegationId: ID!, $version: Int!, $input: DelegationInput!) { amendDelegation(delegationId: $delegationId, version: $version, input: $input) { ${resultSelection('MutationAmendDelegationSuccess')} } }`,
    {
      variables: {
        delegationId: delegationGlobalId(options.delegationId),
        version: options.version,
        input: { members: options.members },
      },
      headers: options.headers,
    },
  );
  if (!body.data) throw new Error(JSON.stringify(body.errors));
  return body.data.amendDelegation;
}

export async function recordCredentials(
  api: ApiFixture,
  options: { delegationId: string; input: Record<string, unknown>; headers?: Record<string, string> },
): Promise<MutationResult> {
  const { body } = await api.graphql<{ recordCredentials: MutationResult }>(
    `mutation ($delegationId: ID!, $input: CredentialsInput!) { recordCredentials(delegationId: $delegationId, input: $input) { ${resultSelection('MutationRecordCredentialsSuccess')} } }`,
    {
      variables: { delegationId: delegationGlobalId(options.delegationId), input: options.input },
      headers: options.headers,
    },
  );
  if (!body.data) throw new Error(JSON.stringify(body.errors));
  return body.data.recordCredentials;
}

export function databaseId(globalId: string): string {
  return decodeGlobalID(globalId).id;
}
