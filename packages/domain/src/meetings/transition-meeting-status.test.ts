import { describe, expect, it } from 'vitest';
import { ConflictError, InvalidTransitionError } from '../errors/domain-error.ts';
import { transitionMeetingStatus } from './transition-meeting-status.ts';

describe('meeting status', () => {
  it('moves draft -> convened -> in session -> closed', () => {
    expect(transitionMeetingStatus({ from: 'DRAFT', to: 'CONVENED' })).toBe('CONVENED');
    expect(transitionMeetingStatus({ from: 'CONVENED', to: 'IN_SESSION' })).toBe('IN_SESSION');
    expect(transitionMeetingStatus({ from: 'IN_SESSION', to: 'CLOSED' })).toBe('CLOSED');
  });

  it('can cancel a draft or convened meeting, not one in session', () => {
    expect(transitionMeetingStatus({ from: 'DRAFT', to: 'CANCELLED' })).toBe('CANCELLED');
    expect(transitionMeetingStatus({ from: 'CONVENED', to: 'CANCELLED' })).toBe('CANCELLED');
    expect(() => transitionMeetingStatus({ from: 'IN_SESSION', to: 'CANCELLED' })).toThrow(
      'Allowed from IN_SESSION: CLOSED',
    );
  });

  it('refuses to reopen a closed meeting, as a conflict', () => {
    expect(() => transitionMeetingStatus({ from: 'CLOSED', to: 'IN_SESSION' })).toThrow(ConflictError);
    expect(() => transitionMeetingStatus({ from: 'DRAFT', to: 'IN_SESSION' })).toThrow(InvalidTransitionError);
  });
});
