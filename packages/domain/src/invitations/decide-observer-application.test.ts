import { describe, expect, it } from 'vitest';
import { InvalidTransitionError } from '../errors/domain-error.ts';
import { decideObserverApplication } from './decide-observer-application.ts';

describe('deciding on an application to observe (rule 1.3)', () => {
  it('invites provisionally, then the meeting approves or rejects', () => {
    expect(decideObserverApplication({ from: 'REQUESTED', decision: 'PROVISIONALLY_INVITE' })).toBe('PROVISIONALLY_INVITED');
    expect(decideObserverApplication({ from: 'PROVISIONALLY_INVITED', decision: 'APPROVE' })).toBe('APPROVED');
    expect(decideObserverApplication({ from: 'PROVISIONALLY_INVITED', decision: 'REJECT' })).toBe('REJECTED');
    expect(decideObserverApplication({ from: 'REQUESTED', decision: 'REJECT' })).toBe('REJECTED');
  });

  it('does not approve an application that was not provisionally invited, and decisions are final', () => {
    expect(() => decideObserverApplication({ from: 'REQUESTED', decision: 'APPROVE' })).toThrow(InvalidTransitionError);
    expect(() => decideObserverApplication({ from: 'APPROVED', decision: 'REJECT' })).toThrow('none (it is final)');
  });
});
