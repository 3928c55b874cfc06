import { describe, expect, it } from 'vitest';
import { ConflictError } from '../errors/domain-error.ts';
import { assertDelegationMayBeRegistered } from './assert-delegation-may-be-registered.ts';

describe('when a delegation may be registered', () => {
  it('accepts delegations for a convened meeting or one in session, for issued, provisional and approved invitations', () => {
    for (const meetingStatus of ['CONVENED', 'IN_SESSION'] as const) {
      for (const invitationStatus of ['ISSUED', 'PROVISIONALLY_INVITED', 'APPROVED'] as const) {
        expect(() => assertDelegationMayBeRegistered({ meetingStatus, invitationStatus })).not.toThrow();
      }
    }
  });

  it('refuses a meeting not convened, closed or cancelled', () => {
    for (const meetingStatus of ['DRAFT', 'CLOSED', 'CANCELLED'] as const) {
      expect(() => assertDelegationMayBeRegistered({ meetingStatus, invitationStatus: 'ISSUED' })).toThrow(
        ConflictError,
      );
    }
    expect(() => assertDelegationMayBeRegistered({ meetingStatus: 'CLOSED', invitationStatus: 'ISSUED' })).toThrow(
      /this meeting is CLOSED/,
    );
  });

  it('refuses an organisation whose application is pending or rejected (rule 1.3)', () => {
    expect(() => assertDelegationMayBeRegistered({ meetingStatus: 'CONVENED', invitationStatus: 'REQUESTED' })).toThrow(
      /this one is REQUESTED/,
    );
    expect(() => assertDelegationMayBeRegistered({ meetingStatus: 'CONVENED', invitationStatus: 'REJECTED' })).toThrow(
      ConflictError,
    );
  });
});
