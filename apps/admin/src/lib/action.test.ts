import { describe, expect, it } from 'vitest';
import { ActionFailure, issuesAt, issuesElsewhere, problemOf, successOf } from './action.ts';

describe('problemOf', () => {
  it('is null for the success member', () => {
    expect(problemOf({ __typename: 'MutationCreateMeetingSuccess' })).toBeNull();
  });

  it('keeps the issues of a ValidationError', () => {
    const problem = problemOf({
      __typename: 'ValidationError',
      message: 'a; b',
      issues: [{ path: 'city', message: 'The city cannot be empty.' }],
    });
    expect(problem?.issues).toEqual([{ path: 'city', message: 'The city cannot be empty.' }]);
    expect(issuesAt(problem, 'city')).toEqual(['The city cannot be empty.']);
    expect(issuesElsewhere(problem, ['venue'])).toHaveLength(1);
  });

  it('keeps the message and allowed statuses of other errors', () => {
    expect(problemOf({ __typename: 'ConflictError', message: 'Not now.', allowed: ['CLOSED'] })).toEqual({
      message: 'Not now.',
      issues: [],
      allowed: ['CLOSED'],
    });
  });
});

describe('successOf', () => {
  it('throws an ActionFailure for an error member', () => {
    expect(() => successOf({ __typename: 'ForbiddenError', message: 'Secretariat only.' })).toThrow(ActionFailure);
  });
});
