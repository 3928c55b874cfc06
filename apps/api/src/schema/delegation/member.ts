import type { DelegationMember, Prisma } from '@plenary/db';
import { DELEGATE_ROLES, type DelegateRole } from '@plenary/domain';
import { isSecretariatOrFocalPointOf } from '../../auth/policies.ts';
import { EVERYONE, readableBy, SECRETARIAT_AND_OWN_STATE } from '../../auth/readers.ts';
import { builder } from '../../builder.ts';
import { isSecretariat, type Context } from '../../context.ts';
import { HEAD_ROLE, personalDataOf, type PersonalData } from '../../use-cases/delegations/delegation-record.ts';
import { describedValues } from '../described-values.ts';

// GraphQL enums take their values from the domain's constants. The domain's HEAD role is stored as
// Delegation.headMemberId (DelegationMember.role is null for the head), so there is exactly one head.
export const DelegateRoleEnum = builder.enumType('DelegateRole', {
  description: 'The role of a member in a delegation, as the list of participants prints it.',
  values: describedValues(DELEGATE_ROLES, {
    HEAD: 'Head of delegation; every delegation has exactly one.',
    DEPUTY_HEAD: 'Deputy head of delegation.',
    REPRESENTATIVE: 'Representative.',
    ALTERNATE: 'Alternate representative.',
    ADVISER: 'Adviser.',
  }),
});

export const MEMBER_ORDER: Prisma.DelegationMemberOrderByWithRelationInput[] = [{ position: 'asc' }, { id: 'asc' }];

/** A member as the viewer may see them: personal fields are null unless the viewer may see the delegation's people. */
interface MemberView {
  role: DelegateRole;
  position: number;
  salutation: string | null;
  givenName: string | null;
  familyName: string | null;
  title: string | null;
  email: string | null;
  phone: string | null;
}

// What a member view is made of; the other columns (timestamps) are never read.
export const MEMBER_COLUMNS = {
  role: true,
  position: true,
  salutation: true,
  givenName: true,
  familyName: true,
  title: true,
  email: true,
  phone: true,
} as const;

const NO_PERSONAL_DATA: PersonalData = {
  salutation: null,
  givenName: null,
  familyName: null,
  title: null,
  email: null,
  phone: null,
};

/**
 * What the personal-data rule reads of a delegation: its State. The secretariat sees every delegation's people, so for
 * it nothing is read (a meeting's page of delegations is then one statement shorter).
 */
export function personalDataRuleSelection(context: Context): { invitation?: { select: { stateId: true } } } {
  return isSecretariat(context.viewer) ? {} : { invitation: { select: { stateId: true } } };
}

export function personalDataVisible(
  context: Context,
  delegation: { id: string; invitation?: { stateId: string | null } },
): boolean {
  return isSecretariatOrFocalPointOf(context.viewer, delegation.invitation?.stateId ?? null);
}

// Decided once per delegation, where its members are returned, so no member field has a rule of its own to forget.
export function memberView(
  member: Pick<DelegationMember, keyof typeof MEMBER_COLUMNS>,
  personalDataVisible: boolean,
): MemberView {
  return {
    role: member.role ?? HEAD_ROLE,
    position: member.position,
    ...(personalDataVisible ? personalDataOf(member) : NO_PERSONAL_DATA),
  };
}

export const DelegationMemberRef = builder.objectRef<MemberView>('DelegationMember').implement({
  description:
    'A member of a delegation. Names and contact details are personal data: only the secretariat and the delegation’s own State see them; everyone else gets null.',
  extensions: readableBy(SECRETARIAT_AND_OWN_STATE),
  fields: (t) => ({
    role: t.expose('role', {
      description: "The member's role in the delegation.",
      type: DelegateRoleEnum,
      extensions: readableBy(EVERYONE),
    }),
    position: t.exposeInt('position', {
      description: 'Place in the list of participants, from 1.',
      extensions: readableBy(EVERYONE),
    }),
    salutation: t.exposeString('salutation', { nullable: true, description: 'Form of address, e.g. "H.E. Mr.".' }),
    givenName: t.exposeString('givenName', {
      description: "Given name. Personal data: null unless you are the secretariat or the delegation's own State.",
      nullable: true,
    }),
    familyName: t.exposeString('familyName', {
      description: "Family name. Personal data: null unless you are the secretariat or the delegation's own State.",
      nullable: true,
    }),
    title: t.exposeString('title', {
      nullable: true,
      description: 'Official title, e.g. "Ambassador, Permanent Representative".',
    }),
    email: t.exposeString('email', {
      description: "E-mail address. Personal data: null unless you are the secretariat or the delegation's own State.",
      nullable: true,
    }),
    phone: t.exposeString('phone', {
      description:
        "Telephone number. Personal data: null unless you are the secretariat or the delegation's own State.",
      nullable: true,
    }),
  }),
});
