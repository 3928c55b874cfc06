import { describe, expect, it } from 'vitest';
import { InvalidTransitionError } from '../errors/domain-error.ts';
import { transitionObserverApplication } from './transition-observer-application.ts';

describe('rule 1.3 observer applications', () => {
  it('moves requested -> provisionally invited -> approved or rejected', () => {
    expect(transitionObserverApplication({ from: 'REQUESTED', to: 'PROVISIONALLY_INVITED' })).toBe(
      'PROVISIONALLY_INVITED',
    );
    expect(transitionObserverApplication({ from: 'PROVISIONALLY_INVITED', to: 'APPROVED' })).toBe('APPROVED');
    expect(transitionObserverApplication({ from: 'PROVISIONALLY_INVITED', to: 'REJECTED' })).toBe('REJECTED');
  });

  it('lets the President-designate decline a request outright', () => {
    expect(transitionObserverApplication({ from: 'REQUESTED', to: 'REJECTED' })).toBe('REJECTED');
  });

  it('refuses approval without a provisional invitation, naming the allowed moves', () => {
    try {
      transitionObserverApplication({ from: 'REQUESTED', to: 'APPROVED' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidTransitionError);
      const transition = error as InvalidTransitionError;
      expect(transition.code).toBe('INVALID_TRANSITION');
      expect(transition.allowed).toEqual(['PROVISIONALLY_INVITED', 'REJECTED']);
      expect(transition.message).toContain('Allowed from REQUESTED: PROVISIONALLY_INVITED, REJECTED');
    }
  });

  it('treats approved and rejected as final', () => {
    expect(() => transitionObserverApplication({ from: 'REJECTED', to: 'PROVISIONALLY_INVITED' })).toThrow(
      'none (it is final)',
    );
    expect(() => transitionObserverApplication({ from: 'APPROVED', to: 'REJECTED' })).toThrow(InvalidTransitionError);
  });
});
