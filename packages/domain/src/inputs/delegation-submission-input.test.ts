import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors/domain-error.ts';
import { delegationSubmissionInputSchema } from './delegation-submission-input.ts';
import { parseInput } from './parse-input.ts';

function issuesOf(input: unknown): string[] {
  try {
    parseInput({ schema: delegationSubmissionInputSchema, input });
  } catch (error) {
    if (error instanceof ValidationError) return error.issues.map((issue) => `${issue.path}: ${issue.message}`);
    throw error;
  }
  return [];
}

describe('a delegation submission', () => {
  it('accepts a head of delegation and an adviser without credentials, which the secretariat records later', () => {
    const parsed = parseInput({
      schema: delegationSubmissionInputSchema,
      input: {
        members: [
          { role: 'HEAD', salutation: 'H.E. Mr.', givenName: 'Félix', familyName: 'Baumann' },
          { role: 'ADVISER', givenName: 'Anna', familyName: 'Muster' },
        ],
      },
    });
    expect(parsed.members).toHaveLength(2);
    expect(parsed.publicListConsent).toBe(false);
  });

  it('needs exactly one head of delegation', () => {
    expect(issuesOf({ members: [{ role: 'ADVISER', givenName: 'Anna', familyName: 'Muster' }] })).toEqual([
      'members: A delegation needs a head of delegation: mark one member as HEAD.',
    ]);
    const twoHeads = {
      members: [
        { role: 'HEAD', givenName: 'A', familyName: 'B' },
        { role: 'HEAD', givenName: 'C', familyName: 'D' },
      ],
    };
    expect(issuesOf(twoHeads)).toEqual([
      'members: A delegation has exactly one head of delegation; 2 members are marked HEAD.',
    ]);
  });

  it('names each wrong member field and refuses an empty list', () => {
    expect(issuesOf({ members: [{ role: 'HEAD', givenName: ' ', familyName: 'Roe', email: 'roe' }] })).toEqual([
      'members.0.givenName: The given name cannot be empty.',
      'members.0.email: The e-mail address is not valid; write it like name@example.org.',
    ]);
    expect(issuesOf({ members: [] })).toEqual([
      'members: A delegation needs at least its head of delegation.',
      'members: A delegation needs a head of delegation: mark one member as HEAD.',
    ]);
  });
});
