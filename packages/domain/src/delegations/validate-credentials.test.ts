import { describe, expect, it } from 'vitest';
import { credentialsRequired, validateCredentials, type CredentialsEntry } from './validate-credentials.ts';

const fromMinister: CredentialsEntry = {
  issuingAuthority: 'MINISTER_FOR_FOREIGN_AFFAIRS',
  documentKind: 'ORIGINAL',
  receivedDate: '2023-09-08',
  status: 'RECEIVED',
};

describe('credentials', () => {
  it('are required only for the delegations of States Parties', () => {
    expect(credentialsRequired({ capacity: 'STATE_PARTY' })).toBe(true);
    expect(credentialsRequired({ capacity: 'SIGNATORY_OBSERVER' })).toBe(false);
    expect(validateCredentials({ capacity: 'NON_SIGNATORY_OBSERVER', credentials: null })).toEqual({
      required: false,
      valid: true,
      issues: [],
    });
    expect(validateCredentials({ capacity: 'STATE_PARTY', credentials: undefined }).issues[0]?.path).toBe(
      'credentials',
    );
  });

  it('accept credentials from the head of State, head of government or minister for foreign affairs', () => {
    for (const issuingAuthority of ['HEAD_OF_STATE', 'HEAD_OF_GOVERNMENT', 'MINISTER_FOR_FOREIGN_AFFAIRS'] as const) {
      expect(
        validateCredentials({ capacity: 'STATE_PARTY', credentials: { ...fromMinister, issuingAuthority } }).valid,
      ).toBe(true);
    }
  });

  it('record who authorised a person who signs credentials', () => {
    const authorised = { ...fromMinister, issuingAuthority: 'AUTHORISED_PERSON' as const };
    expect(validateCredentials({ capacity: 'STATE_PARTY', credentials: authorised }).issues[0]?.path).toBe(
      'credentials.authorisedBy',
    );
    expect(
      validateCredentials({
        capacity: 'STATE_PARTY',
        credentials: { ...authorised, authorisedBy: 'HEAD_OF_GOVERNMENT' },
      }).valid,
    ).toBe(true);
  });

  it('report every problem, including an authorising office without an authorised person and a missing receipt date', () => {
    const result = validateCredentials({
      capacity: 'STATE_PARTY',
      credentials: { ...fromMinister, authorisedBy: 'HEAD_OF_STATE', receivedDate: null },
    });
    expect(result.issues.map((issue) => issue.path)).toEqual(['credentials.authorisedBy', 'credentials.receivedDate']);
  });
});
