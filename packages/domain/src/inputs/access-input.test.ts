import { describe, expect, it } from 'vitest';
import { createApiKeyInputSchema, createUserInputSchema, updateUserInputSchema } from './access-input.ts';

function problems(result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}): string[] {
  return (result.error?.issues ?? []).map((issue) => `${issue.path.map(String).join('.')}: ${issue.message}`);
}

const focalPoint = {
  email: ' Focal.Point@Example.ORG ',
  name: 'Focal point',
  role: 'STATE',
  stateIso3: 'NOR',
  password: 'twelve chars!',
};

describe('access input schemas', () => {
  it('accepts a STATE focal point and keeps the e-mail address trimmed and in lower case', () => {
    const result = createUserInputSchema.safeParse(focalPoint);
    expect(result.success && result.data.email).toBe('focal.point@example.org');
  });

  it('requires a State for STATE users and refuses one for other roles', () => {
    expect(problems(createUserInputSchema.safeParse({ ...focalPoint, stateIso3: undefined }))).toEqual([
      'stateIso3: A STATE user acts for one State: give its three-letter code.',
    ]);
    expect(problems(createUserInputSchema.safeParse({ ...focalPoint, role: 'SECRETARIAT' }))).toEqual([
      'stateIso3: Only STATE users act for a State; leave the State out for SECRETARIAT users.',
    ]);
  });

  it('explains a short password, a bad e-mail and an unknown role', () => {
    expect(
      problems(createUserInputSchema.safeParse({ ...focalPoint, email: 'nobody', role: 'KING', password: 'short' })),
    ).toEqual([
      'email: The e-mail address is not valid; write it like name@example.org.',
      'role: The role must be one of: ADMIN, SECRETARIAT, STATE.',
      'password: The password must be at least 12 characters long.',
    ]);
  });

  it('asks for at least one change in an update', () => {
    expect(problems(updateUserInputSchema.safeParse({}))).toEqual([': Give at least one thing to change.']);
    expect(updateUserInputSchema.safeParse({ active: false }).success).toBe(true);
  });

  it('takes API keys with at least one scope and an expiry in the future', () => {
    const now = new Date('2026-11-28T12:00:00Z');
    const schema = createApiKeyInputSchema({ now });
    expect(schema.safeParse({ name: 'ICBL-CMC', scopes: ['READ_PUBLIC', 'READ_PUBLIC'] }).data?.scopes).toEqual([
      'READ_PUBLIC',
    ]);
    expect(
      problems(schema.safeParse({ name: 'ICBL-CMC', scopes: [], expiresAt: new Date('2026-11-28T11:59:59Z') })),
    ).toEqual([
      'scopes: Give at least one scope, such as READ_PUBLIC.',
      'expiresAt: The expiry must lie in the future.',
    ]);
  });
});
