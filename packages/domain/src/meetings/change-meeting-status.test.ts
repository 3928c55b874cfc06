import { describe, expect, it } from 'vitest';
import { InvalidTransitionError } from '../errors/domain-error.ts';
import { changeMeetingStatus } from './change-meeting-status.ts';

describe('changing a meeting status directly', () => {
  it('opens, closes and cancels meetings as the workflow allows', () => {
    expect(changeMeetingStatus({ from: 'CONVENED', to: 'IN_SESSION' })).toBe('IN_SESSION');
    expect(changeMeetingStatus({ from: 'IN_SESSION', to: 'CLOSED' })).toBe('CLOSED');
    expect(changeMeetingStatus({ from: 'DRAFT', to: 'CANCELLED' })).toBe('CANCELLED');
  });

  it('does not convene a draft: that is conveneMeeting, which issues the invitations', () => {
    expect(() => changeMeetingStatus({ from: 'DRAFT', to: 'CONVENED' })).toThrow(InvalidTransitionError);
    try {
      changeMeetingStatus({ from: 'DRAFT', to: 'CONVENED' });
    } catch (error) {
      expect((error as InvalidTransitionError).allowed).toEqual(['CANCELLED']);
      expect((error as Error).message).toContain('conveneMeeting');
    }
  });

  it('names the allowed moves when a change is refused', () => {
    expect(() => changeMeetingStatus({ from: 'CLOSED', to: 'IN_SESSION' })).toThrow(
      'Allowed from CLOSED: none (it is final)',
    );
  });
});
