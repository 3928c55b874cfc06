import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors/domain-error.ts';
import { listInvitations } from './list-invitations.ts';

const organisationsOfRight = [
  { code: 'UN', name: 'United Nations' },
  { code: 'ICRC', name: 'International Committee of the Red Cross' },
];

describe('invitations to a meeting', () => {
  it('invites States Parties as such, other States as observers (signatories apart) and organisations of right, in a fixed order', () => {
    const invitations = listInvitations({
      states: [
        { code: 'USA', name: 'United States of America', status: 'NOT_PARTY' },
        { code: 'NGA', name: 'Nigeria', status: 'STATE_PARTY' },
        { code: 'AGO', name: 'Angola', status: 'SIGNATORY' },
        { code: 'LTU', name: 'Lithuania', status: 'WITHDRAWN' },
        { code: 'ALB', name: 'Albania', status: 'STATE_PARTY' },
        { code: 'CIV', name: "Côte d'Ivoire", status: 'STATE_PARTY' },
      ],
      organisationsOfRight,
      organisationsOnRequest: [
        { code: 'OAS', name: 'Organization of American States', applicationStatus: 'APPROVED' },
        { code: 'XYZ', name: 'Pending Society', applicationStatus: 'REQUESTED' },
        { code: 'ABC', name: 'Rejected Society', applicationStatus: 'REJECTED' },
        { code: 'AU', name: 'African Union', applicationStatus: 'PROVISIONALLY_INVITED' },
      ],
    });
    expect(invitations.map((invitation) => `${invitation.capacity}:${invitation.participant.code}`)).toEqual([
      'STATE_PARTY:ALB',
      'STATE_PARTY:CIV',
      'STATE_PARTY:NGA',
      'SIGNATORY_OBSERVER:AGO',
      'NON_SIGNATORY_OBSERVER:LTU',
      'NON_SIGNATORY_OBSERVER:USA',
      'ORGANISATION_OF_RIGHT:ICRC',
      'ORGANISATION_OF_RIGHT:UN',
      'ORGANISATION_ON_REQUEST:AU',
      'ORGANISATION_ON_REQUEST:OAS',
    ]);
    expect(invitations[0]).toEqual({
      participant: { kind: 'STATE', code: 'ALB', name: 'Albania' },
      capacity: 'STATE_PARTY',
    });
  });

  it('gives the same order whatever the input order', () => {
    const states = [
      { code: 'BBB', name: 'Same Name', status: 'STATE_PARTY' as const },
      { code: 'AAA', name: 'Same Name', status: 'STATE_PARTY' as const },
    ];
    const forward = listInvitations({ states, organisationsOfRight: [] });
    const backward = listInvitations({ states: [...states].reverse(), organisationsOfRight: [] });
    expect(forward).toEqual(backward);
    expect(forward.map((invitation) => invitation.participant.code)).toEqual(['AAA', 'BBB']);
  });

  it('refuses a participant listed twice', () => {
    expect(() =>
      listInvitations({
        states: [
          { code: 'NGA', name: 'Nigeria', status: 'STATE_PARTY' },
          { code: 'NGA', name: 'Nigeria', status: 'SIGNATORY' },
        ],
        organisationsOfRight,
      }),
    ).toThrow(ValidationError);
  });
});
