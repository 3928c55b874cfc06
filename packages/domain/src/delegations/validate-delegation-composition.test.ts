import { describe, expect, it } from 'vitest';
import { validateDelegationComposition } from './validate-delegation-composition.ts';

describe('delegation composition', () => {
  it('accepts one head of delegation with deputies, representatives, alternates and advisers', () => {
    const members = [
      { role: 'HEAD' as const, order: 1 },
      { role: 'DEPUTY_HEAD' as const, order: 2 },
      { role: 'DEPUTY_HEAD' as const, order: 3 },
      { role: 'REPRESENTATIVE' as const },
      { role: 'ALTERNATE' as const, order: 5 },
      { role: 'ADVISER' as const, order: null },
    ];
    expect(validateDelegationComposition({ members })).toEqual({ valid: true, issues: [] });
  });

  it('needs a head of delegation', () => {
    const result = validateDelegationComposition({ members: [{ role: 'REPRESENTATIVE' }] });
    expect(result.issues).toEqual([
      { path: 'members', message: expect.stringContaining('needs a head of delegation') },
    ]);
  });

  it('allows only one head of delegation', () => {
    const result = validateDelegationComposition({ members: [{ role: 'HEAD' }, { role: 'HEAD' }] });
    expect(result.issues[0]?.message).toContain('2 members are marked HEAD');
  });

  it('gives each member its own place in the list, and reports every problem', () => {
    const result = validateDelegationComposition({
      members: [
        { role: 'ADVISER', order: 1 },
        { role: 'ADVISER', order: 1 },
      ],
    });
    expect(result.issues.map((issue) => issue.path)).toEqual(['members', 'members.1.order']);
  });
});
