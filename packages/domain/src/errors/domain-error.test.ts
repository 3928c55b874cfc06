import { describe, expect, it } from 'vitest';
import {
  ConflictError,
  DomainError,
  ForbiddenError,
  InvalidTransitionError,
  NotFoundError,
  ValidationError,
} from './domain-error.ts';

describe('domain errors', () => {
  it('carry a code the API can map to a result union', () => {
    const errors = [
      new ValidationError({ issues: [{ path: 'number', message: 'The meeting number must be at most 40.' }] }),
      new NotFoundError({ entity: 'Meeting', key: '11MSP' }),
      new ForbiddenError({ message: 'Only the secretariat may convene a meeting.' }),
      new ConflictError({ message: 'The meeting is already convened.' }),
      new InvalidTransitionError({ workflow: 'Meeting status', from: 'CLOSED', to: 'DRAFT', allowed: [] }),
    ];
    expect(errors.every((error) => error instanceof DomainError)).toBe(true);
    expect(errors.map((error) => error.code)).toEqual([
      'VALIDATION_FAILED',
      'NOT_FOUND',
      'FORBIDDEN',
      'CONFLICT',
      'INVALID_TRANSITION',
    ]);
    expect(errors.map((error) => error.name)).toEqual([
      'ValidationError',
      'NotFoundError',
      'ForbiddenError',
      'ConflictError',
      'InvalidTransitionError',
    ]);
  });

  it('write a readable message', () => {
    expect(
      new ValidationError({
        issues: [
          { path: 'a', message: 'First.' },
          { path: 'b', message: 'Second.' },
        ],
      }).message,
    ).toBe('First.; Second.');
    expect(new NotFoundError({ entity: 'State', key: 'XXX' }).message).toBe('State XXX was not found.');
  });
});
