import { describe, expect, it } from 'vitest';
import { OBSERVER_APPLICATION_STATUSES } from '../enums/domain-enums.ts';
import { InvalidTransitionError, ValidationError } from '../errors/domain-error.ts';
import {
  allowedObserverDecisions,
  decideObserverApplication,
  OBSERVER_DECISIONS,
} from './decide-observer-application.ts';

const REASON = 'The organisation does not work on cluster munitions.';

describe('deciding on an application to observe (rule 1.3)', () => {
  it('invites provisionally, then the meeting approves or rejects', () => {
    expect(decideObserverApplication({ from: 'REQUESTED', decision: 'PROVISIONALLY_INVITE' })).toBe(
      'PROVISIONALLY_INVITED',
    );
    expect(decideObserverApplication({ from: 'PROVISIONALLY_INVITED', decision: 'APPROVE' })).toBe('APPROVED');
    expect(decideObserverApplication({ from: 'PROVISIONALLY_INVITED', decision: 'REJECT', note: REASON })).toBe(
      'REJECTED',
    );
    expect(decideObserverApplication({ from: 'REQUESTED', decision: 'REJECT', note: REASON })).toBe('REJECTED');
  });

  it('does not approve an application that was not provisionally invited, and decisions are final', () => {
    expect(() => decideObserverApplication({ from: 'REQUESTED', decision: 'APPROVE' })).toThrow(InvalidTransitionError);
    expect(() => decideObserverApplication({ from: 'APPROVED', decision: 'REJECT', note: REASON })).toThrow(
      'none (it is final)',
    );
  });

  it('asks for the reason of a rejection', () => {
    expect(() => decideObserverApplication({ from: 'REQUESTED', decision: 'REJECT' })).toThrow(ValidationError);
    expect(() => decideObserverApplication({ from: 'REQUESTED', decision: 'REJECT', note: '  ' })).toThrow('reason');
  });

  it('offers on a REQUESTED application only a provisional invitation or a rejection, never an approval', () => {
    expect(allowedObserverDecisions('REQUESTED')).toEqual(['PROVISIONALLY_INVITE', 'REJECT']);
    expect(allowedObserverDecisions('PROVISIONALLY_INVITED')).toEqual(['APPROVE', 'REJECT']);
    expect(allowedObserverDecisions('APPROVED')).toEqual([]);
    expect(allowedObserverDecisions('REJECTED')).toEqual([]);
  });

  it('offers exactly the decisions that decideObserverApplication accepts, from every status', () => {
    for (const from of OBSERVER_APPLICATION_STATUSES) {
      const accepted = OBSERVER_DECISIONS.filter((decision) => {
        try {
          decideObserverApplication({ from, decision, note: REASON });
          return true;
        } catch {
          return false;
        }
      });
      expect(allowedObserverDecisions(from), from).toEqual(accepted);
    }
  });
});
