import type { Delegation, DelegationMember } from '@plenary/db';
import {
  delegationSubmissionInputSchema,
  type DelegationSubmissionInput,
} from '@plenary/domain/inputs/delegation-submission-input';
import { parseInput } from '@plenary/domain/inputs/parse-input';
import type { TransactionClient } from '../../mutations/audit.ts';
import { plainInput } from '../../mutations/plain-input.ts';

// A delegation's list as a State submits it and as the database stores it, shared by submitDelegation and
// amendDelegation (and, for the personal-data names, by the Delegation type).

/** The head's role: stored as Delegation.headMemberId, the head's own DelegationMember.role left null. */
export const HEAD_ROLE = 'HEAD';

export interface PersonalData {
  salutation: string | null;
  givenName: string | null;
  familyName: string | null;
  title: string | null;
  email: string | null;
  phone: string | null;
}

/** A member's personal data under the names the API gives it. */
export function personalDataOf(member: Pick<DelegationMember, keyof PersonalData>): PersonalData {
  const { salutation, givenName, familyName, title, email, phone } = member;
  return { salutation, givenName, familyName, title, email, phone };
}

/** A DelegationInput as sent, checked by the domain. */
export function parseDelegationInput(input: unknown): DelegationSubmissionInput {
  return parseInput({ schema: delegationSubmissionInputSchema, input: plainInput(input) });
}

type StoredMember = Pick<
  DelegationMember,
  'id' | 'role' | 'position' | 'salutation' | 'givenName' | 'familyName' | 'title' | 'email' | 'phone'
>;

/** Members by their place in the list (`order`, else their place in the input), numbered from 1. */
function membersInListOrder(members: DelegationSubmissionInput['members']) {
  return members
    .map((member, index) => ({ member, index, place: member.order ?? index + 1 }))
    .sort((a, b) => a.place - b.place || a.index - b.index)
    .map(({ member }, index) => ({ member, position: index + 1 }));
}

/** Creates the members and returns them with the id of the head of delegation. */
export async function createMembers(
  transaction: TransactionClient,
  delegationId: string,
  members: DelegationSubmissionInput['members'],
) {
  const ordered = membersInListOrder(members);
  const created = await transaction.delegationMember.createManyAndReturn({
    data: ordered.map(({ member, position }) => ({
      delegationId,
      role: member.role === HEAD_ROLE ? null : member.role,
      position,
      salutation: member.salutation ?? null,
      givenName: member.givenName,
      familyName: member.familyName,
      title: member.title ?? null,
      email: member.email ?? null,
      phone: member.phone ?? null,
    })),
  });
  const headPosition = ordered.find(({ member }) => member.role === HEAD_ROLE)?.position;
  const head = created.find((member) => member.position === headPosition);
  // delegationSubmissionInputSchema guarantees exactly one HEAD.
  if (!head) throw new Error('a validated delegation has a head of delegation');
  return { members: created, headMemberId: head.id };
}

/** What DelegationChange and the audit log keep of a delegation: its list as submitted. */
export function snapshot(
  delegation: Pick<Delegation, 'version' | 'publicListConsent' | 'headMemberId'>,
  members: readonly StoredMember[],
) {
  return {
    version: delegation.version,
    publicListConsent: delegation.publicListConsent,
    members: [...members]
      .sort((a, b) => a.position - b.position)
      .map((member) => ({
        position: member.position,
        role: member.id === delegation.headMemberId ? HEAD_ROLE : member.role,
        ...personalDataOf(member),
      })),
  };
}
