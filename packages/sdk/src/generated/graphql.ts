/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type InstrumentKind =
  | 'ACCEPTANCE'
  | 'ACCESSION'
  | 'APPROVAL'
  | 'RATIFICATION'
  | 'SUCCESSION';

export type RegionalGroup =
  | 'AFRICAN'
  | 'ASIA_PACIFIC'
  | 'EASTERN_EUROPEAN'
  | 'LATIN_AMERICAN_AND_CARIBBEAN'
  | 'WESTERN_EUROPEAN_AND_OTHERS';

export type StateFilter = {
  convention?: string | null | undefined;
  /** The day the status refers to (default: today). */
  on?: string | null | undefined;
  regionalGroup?: RegionalGroup | null | undefined;
  /** Part of a name in any of the six UN languages, or an ISO code. */
  search?: string | null | undefined;
  /** Only States with this treaty status on `on`. */
  status?: TreatyStatus | null | undefined;
};

export type TreatyStatus =
  | 'NOT_PARTY'
  | 'SIGNATORY'
  | 'STATE_PARTY'
  | 'WITHDRAWN';

export type UnStatus =
  | 'MEMBER'
  | 'NON_MEMBER'
  | 'OBSERVER_STATE';

export type UserRole =
  | 'ADMIN'
  | 'SECRETARIAT'
  | 'STATE';

export type SignInMutationVariables = Exact<{
  email: string;
  password: string;
}>;


export type SignInMutation = { signIn:
    | { __typename: 'ConflictError', message: string, code: string }
    | { __typename: 'ForbiddenError', message: string, code: string }
    | { __typename: 'MutationSignInSuccess', session: { token: string, expiresAt: string } }
    | { __typename: 'NotFoundError', message: string, code: string }
    | { __typename: 'ValidationError', message: string, code: string, issues: Array<{ path: string, message: string }> }
   };

export type SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutMutation = { signOut: boolean };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, email: string, name: string, role: UserRole, state: { iso3: string, name: string } | null } | null };

export type StatesPartiesOnQueryVariables = Exact<{
  on: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
  convention?: string | null | undefined;
}>;


export type StatesPartiesOnQuery = { states: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, iso3: string, name: string, regionalGroup: RegionalGroup | null, names: { ar: string, zh: string, en: string, fr: string, ru: string, es: string }, standing: { status: TreatyStatus, entryIntoForce: string | null, withdrawalEffective: string | null } } }> } };

export type StatesQueryVariables = Exact<{
  filter?: StateFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  on: string;
}>;


export type StatesQuery = { states: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, iso3: string, name: string, unStatus: UnStatus, regionalGroup: RegionalGroup | null, names: { ar: string, zh: string, en: string, fr: string, ru: string, es: string }, standing: { status: TreatyStatus, entryIntoForce: string | null, withdrawalEffective: string | null, depositedNotYetInForce: boolean, withdrawalPending: boolean } } }> } };

export type StateQueryVariables = Exact<{
  iso3: string;
  on: string;
}>;


export type StateQuery = { state: { id: string, iso3: string, unShortName: string, unStatus: UnStatus, regionalGroup: RegionalGroup | null, names: { ar: string, zh: string, en: string, fr: string, ru: string, es: string }, standing: { status: TreatyStatus, entryIntoForce: string | null, withdrawalEffective: string | null }, treatyStatus: { signedOn: string | null, signatureSource: string | null, signatureVerified: boolean, instrument: InstrumentKind | null, depositedOn: string | null, depositSource: string | null, depositVerified: boolean, entryIntoForceOn: string | null, entryIntoForceOverridden: boolean, withdrawalNotifiedOn: string | null, withdrawalEffectiveOn: string | null, withdrawalSource: string | null, note: string | null } | null } | null };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const SignInDocument = new TypedDocumentString(`
    mutation SignIn($email: String!, $password: String!) {
  signIn(email: $email, password: $password) {
    __typename
    ... on MutationSignInSuccess {
      session {
        token
        expiresAt
      }
    }
    ... on ValidationError {
      message
      issues {
        path
        message
      }
    }
    ... on Error {
      message
      code
    }
  }
}
    `, {"hash":"sha256:bb00ad95d54a88f1c9f9a8d16f68ff451f2363ca9d373b58ecb476a62d21d5a7"}) as unknown as TypedDocumentString<SignInMutation, SignInMutationVariables>;
export const SignOutDocument = new TypedDocumentString(`
    mutation SignOut {
  signOut
}
    `, {"hash":"sha256:39300be1f6ff47633a8c264de2a924d5b71367b646d3bf86d82d7c51c6543956"}) as unknown as TypedDocumentString<SignOutMutation, SignOutMutationVariables>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    id
    email
    name
    role
    state {
      iso3
      name
    }
  }
}
    `, {"hash":"sha256:59034cf5289e5acd815dc89a1950dcc64a40541f6931bc0d5ed9f755a01efce1"}) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const StatesPartiesOnDocument = new TypedDocumentString(`
    query StatesPartiesOn($on: Date!, $first: Int, $after: String, $convention: String = "CCM") {
  states(
    filter: {status: STATE_PARTY, on: $on, convention: $convention}
    first: $first
    after: $after
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        iso3
        name
        names {
          ar
          zh
          en
          fr
          ru
          es
        }
        regionalGroup
        standing(on: $on, convention: $convention) {
          status
          entryIntoForce
          withdrawalEffective
        }
      }
    }
  }
}
    `, {"hash":"sha256:fa51bb2bcc43f81ab7aa100819da73243e9b9c2c3245ca8d6d61d3373ac68e05"}) as unknown as TypedDocumentString<StatesPartiesOnQuery, StatesPartiesOnQueryVariables>;
export const StatesDocument = new TypedDocumentString(`
    query States($filter: StateFilter, $first: Int, $after: String, $on: Date!) {
  states(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        iso3
        name
        names {
          ar
          zh
          en
          fr
          ru
          es
        }
        unStatus
        regionalGroup
        standing(on: $on) {
          status
          entryIntoForce
          withdrawalEffective
          depositedNotYetInForce
          withdrawalPending
        }
      }
    }
  }
}
    `, {"hash":"sha256:f654ed84e149c33b7fa2b78c953d087899a5a7964b3ef51852eeb0fd924983dc"}) as unknown as TypedDocumentString<StatesQuery, StatesQueryVariables>;
export const StateDocument = new TypedDocumentString(`
    query State($iso3: String!, $on: Date!) {
  state(iso3: $iso3) {
    id
    iso3
    unShortName
    names {
      ar
      zh
      en
      fr
      ru
      es
    }
    unStatus
    regionalGroup
    standing(on: $on) {
      status
      entryIntoForce
      withdrawalEffective
    }
    treatyStatus {
      signedOn
      signatureSource
      signatureVerified
      instrument
      depositedOn
      depositSource
      depositVerified
      entryIntoForceOn
      entryIntoForceOverridden
      withdrawalNotifiedOn
      withdrawalEffectiveOn
      withdrawalSource
      note
    }
  }
}
    `, {"hash":"sha256:ffb777fd2d2169f03516939a2cfc299c58f456ba7dc723430f3794c9396d79bb"}) as unknown as TypedDocumentString<StateQuery, StateQueryVariables>;