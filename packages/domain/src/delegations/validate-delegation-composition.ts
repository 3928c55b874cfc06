import type { DelegateRole } from '../enums/domain-enums.ts';
import type { ValidationIssue } from '../errors/domain-error.ts';

export interface DelegationMemberEntry {
  role: DelegateRole;
  /** Position in the list of participants (1 = first); unique within a delegation when given. */
  order?: number | null;
}

export interface DelegationCompositionValidation {
  valid: boolean;
  issues: ValidationIssue[];
}

const HEAD_OF_DELEGATION: DelegateRole = 'HEAD';
const REQUIRED_HEADS = 1;

/**
 * A delegation has exactly one head of delegation; any number of deputy heads, representatives, alternates and
 * advisers; and no two members share a place in the list. Returns every problem.
 */
export function validateDelegationComposition(options: {
  members: readonly DelegationMemberEntry[];
}): DelegationCompositionValidation {
  const issues: ValidationIssue[] = [];
  const heads = options.members.filter((member) => member.role === HEAD_OF_DELEGATION).length;
  if (heads < REQUIRED_HEADS) {
    issues.push({ path: 'members', message: 'A delegation needs a head of delegation: mark one member as HEAD.' });
  } else if (heads > REQUIRED_HEADS) {
    issues.push({
      path: 'members',
      message: `A delegation has exactly one head of delegation; ${heads} members are marked HEAD.`,
    });
  }

  const placeTakenBy = new Map<number, number>();
  options.members.forEach((member, index) => {
    const order = member.order ?? null;
    if (order === null) return;
    const earlier = placeTakenBy.get(order);
    if (earlier === undefined) {
      placeTakenBy.set(order, index);
    } else {
      issues.push({
        path: `members.${index}.order`,
        message: `Members ${earlier + 1} and ${index + 1} are both at place ${order} in the list; give each member its own place.`,
      });
    }
  });
  return { valid: issues.length === 0, issues };
}
