import { toCalendarDate, type DelegationMember, type Prisma } from '@plenary/db';
import {
  assessDelegationTimeliness,
  CREDENTIAL_AUTHORISING_OFFICES,
  CREDENTIAL_DOCUMENT_KINDS,
  CREDENTIAL_ISSUING_AUTHORITIES,
  CREDENTIAL_STATUSES,
  DELEGATE_ROLES,
  DELEGATION_TIMELINESS,
  type CredentialAuthorisingOffice,
  type DelegateRole,
  isAfterDeadline,
} from '@plenary/domain';
import { CREDENTIALS_RULE_SELECTION, mayReadCredentials } from '../../auth/credentials-rules.ts';
import { isSecretariatOrFocalPointOf, mayReadDelegationHistory } from '../../auth/policies.ts';
import { EVERYONE, readableBy, SECRETARIAT_AND_OWN_STATE } from '../../auth/readers.ts';
import { builder } from '../../builder.ts';
import { isSecretariat, type Context } from '../../context.ts';
import { HEAD_ROLE, personalDataOf, type PersonalData } from '../../use-cases/delegations/delegation-record.ts';
import { describedValues } from '../described-values.ts';
import { ParticipantUnion, participantOf } from '../invitation.ts';
import { nodeConnection } from '../node-connection.ts';
import { updatedAtDescription } from '../shared-descriptions.ts';

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
export const DelegationTimelinessEnum = builder.enumType('DelegationTimeliness', {
  description: "Whether a delegation was submitted by the meeting's delegation deadline.",
  values: describedValues(DELEGATION_TIMELINESS, {
    ON_TIME:
      "Submitted by the end of the deadline day in force, in the meeting's time zone (or the meeting has no deadline).",
    LATE: 'Submitted after the deadline day in force.',
  }),
});
export const CredentialIssuingAuthorityEnum = builder.enumType('CredentialIssuingAuthority', {
  description: "Who signed a delegation's credentials (rules of procedure on credentials).",
  values: describedValues(CREDENTIAL_ISSUING_AUTHORITIES, {
    HEAD_OF_STATE: 'The Head of State.',
    HEAD_OF_GOVERNMENT: 'The Head of Government.',
    MINISTER_FOR_FOREIGN_AFFAIRS: 'The Minister for Foreign Affairs.',
    AUTHORISED_PERSON: 'A person authorised by one of those three offices (say which in `authorisedBy`).',
  }),
});
export const CredentialAuthorisingOfficeEnum = builder.enumType('CredentialAuthorisingOffice', {
  description: 'The office that authorised another person to sign credentials.',
  values: describedValues(CREDENTIAL_AUTHORISING_OFFICES, {
    HEAD_OF_STATE: 'The Head of State.',
    HEAD_OF_GOVERNMENT: 'The Head of Government.',
    MINISTER_FOR_FOREIGN_AFFAIRS: 'The Minister for Foreign Affairs.',
  }),
});
export const CredentialDocumentKindEnum = builder.enumType('CredentialDocumentKind', {
  description: 'Whether the secretariat received the signed credentials themselves or a copy.',
  values: describedValues(CREDENTIAL_DOCUMENT_KINDS, {
    COPY: 'A copy (scan or fax) of the signed credentials.',
    ORIGINAL: 'The signed original.',
  }),
});
export const CredentialStatusEnum = builder.enumType('CredentialStatus', {
  description: "Where a delegation's credentials stand in the secretariat's examination.",
  values: describedValues(CREDENTIAL_STATUSES, {
    RECEIVED: 'Received, not yet examined.',
    ACCEPTED: 'Examined and found in order.',
    REJECTED: 'Examined and not found in order.',
  }),
});

const MEMBER_ORDER: Prisma.DelegationMemberOrderByWithRelationInput[] = [{ position: 'asc' }, { id: 'asc' }];

// ---------------------------------------------------------------- the deadline in force

// What timeliness is judged by: the meeting's deadline as it stands now, read with the delegation, never a stored verdict.
const DEADLINE_IN_FORCE = { select: { delegationDeadline: true, timeZone: true } } as const;
const DELEGATION_DEADLINE = { invitation: { select: { meeting: DEADLINE_IN_FORCE } } } as const;

export interface DeadlineInForce {
  delegationDeadline: Date | null;
  timeZone: string;
}

function afterDeadlineInForce(at: Date, meeting: DeadlineInForce): boolean {
  return isAfterDeadline({
    at,
    deadline: meeting.delegationDeadline && toCalendarDate(meeting.delegationDeadline),
    timeZone: meeting.timeZone,
  });
}

// ---------------------------------------------------------------- types

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
const MEMBER_COLUMNS = {
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
function personalDataRuleSelection(context: Context): { invitation?: { select: { stateId: true } } } {
  return isSecretariat(context.viewer) ? {} : { invitation: { select: { stateId: true } } };
}

function personalDataVisible(
  context: Context,
  delegation: { id: string; invitation?: { stateId: string | null } },
): boolean {
  return isSecretariatOrFocalPointOf(context.viewer, delegation.invitation?.stateId ?? null);
}

// Decided once per delegation, where its members are returned, so no member field has a rule of its own to forget.
function memberView(
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

export const CredentialsRef = builder.prismaObject('Credentials', {
  description: 'The credentials of a State Party’s delegation, as received by the secretariat.',
  extensions: readableBy(SECRETARIAT_AND_OWN_STATE),
  fields: (t) => ({
    issuingAuthority: t.expose('issuingAuthority', {
      description: 'Who signed the credentials.',
      type: CredentialIssuingAuthorityEnum,
    }),
    authorisedBy: t.field({
      type: CredentialAuthorisingOfficeEnum,
      nullable: true,
      description: 'For credentials signed by an authorised person: the office that authorised them.',
      resolve: (credentials) => credentials.authorisedBy as CredentialAuthorisingOffice | null,
    }),
    documentKind: t.expose('documentKind', {
      description: 'Whether the secretariat holds the signed original or a copy.',
      type: CredentialDocumentKindEnum,
    }),
    receivedDate: t.expose('receivedOn', {
      description: 'The day the secretariat received the credentials.',
      type: 'Date',
    }),
    status: t.expose('status', {
      description: 'Whether the credentials are received, accepted or rejected.',
      type: CredentialStatusEnum,
    }),
  }),
});

export const DelegationChangeRef = builder.prismaObject('DelegationChange', {
  description: 'One submission or amendment of a delegation, with the list before and after it.',
  extensions: readableBy(SECRETARIAT_AND_OWN_STATE),
  fields: (t) => ({
    version: t.exposeInt('version', { description: 'The version of the delegation this change produced.' }),
    changedAt: t.expose('changedAt', { description: 'When the change was made (UTC).', type: 'DateTime' }),
    changedByName: t.string({
      description: 'The name of the user who made the change; null when an API key or the system made it.',
      nullable: true,
      select: { changedBy: { select: { name: true } } },
      resolve: (change) => change.changedBy?.name ?? null,
    }),
    afterDeadline: t.boolean({
      description: 'Made after the end of the delegation deadline day in force, in the meeting’s time zone.',
      select: { changedAt: true, delegation: { select: DELEGATION_DEADLINE } },
      resolve: (change) => afterDeadlineInForce(change.changedAt, change.delegation.invitation.meeting),
    }),
    before: t.expose('before', {
      description: 'The delegation as it stood before the change, as JSON; null for the first submission.',
      type: 'JSON',
      nullable: true,
    }),
    after: t.expose('after', { description: 'The delegation as it stood after the change, as JSON.', type: 'JSON' }),
  }),
});

const DelegationChangeConnection = nodeConnection(DelegationChangeRef, 'DelegationChange');

export const DelegationRef = builder.prismaNode('Delegation', {
  // An unknown ID loads as null (node and nodes answer null), not as Prisma's not-found error.
  nullable: true,
  id: { field: 'id' },
  // Each field loads only the columns it reads.
  select: { id: true },
  description:
    'The delegation a participant sends to a meeting: its members, in order, and for States Parties its credentials.',
  fields: (t) => ({
    invitation: t.relation('invitation', { description: 'The invitation the delegation answers.' }),
    participant: t.field({
      type: ParticipantUnion,
      description: 'The State or organisation the delegation represents.',
      select: (_args, _context, nestedSelection) => ({
        invitation: { select: { id: true, organisationId: true, state: nestedSelection(true, [], 'State') } },
      }),
      resolve: (delegation) => participantOf(delegation.invitation),
    }),
    submittedAt: t.expose('submittedAt', {
      description: 'When the delegation was first submitted (UTC).',
      type: 'DateTime',
    }),
    timeliness: t.field({
      type: DelegationTimelinessEnum,
      description:
        'Whether it was submitted by the end of the deadline day in force, in the meeting’s time zone: moving the deadline moves it.',
      select: { submittedAt: true, ...DELEGATION_DEADLINE },
      resolve: (delegation) => {
        const { delegationDeadline, timeZone } = delegation.invitation.meeting;
        return assessDelegationTimeliness({
          submittedAt: delegation.submittedAt,
          deadline: delegationDeadline && toCalendarDate(delegationDeadline),
          timeZone,
        });
      },
    }),
    lastAmendedAt: t.expose('lastAmendedAt', {
      description: 'When the delegation was last amended (UTC); null if never.',
      type: 'DateTime',
      nullable: true,
    }),
    amendedAfterDeadline: t.boolean({
      description: 'Changed after the deadline in force at least once (its last amendment is after it); see `changes`.',
      select: { lastAmendedAt: true, ...DELEGATION_DEADLINE },
      resolve: (delegation) =>
        delegation.lastAmendedAt !== null &&
        afterDeadlineInForce(delegation.lastAmendedAt, delegation.invitation.meeting),
    }),
    publicListConsent: t.exposeBoolean('publicListConsent', {
      description: 'The participant consents to its delegates’ names appearing on the public list of participants.',
    }),
    version: t.exposeInt('version', {
      description: 'Increases with every amendment; amendments must send the version they read.',
    }),
    updatedAt: t.expose('updatedAt', {
      type: 'DateTime',
      description: updatedAtDescription(
        "its fields, members and credentials; its invitation's and meeting's `updatedAt` move with it",
      ),
    }),
    headOfDelegation: t.field({
      description: 'The head of delegation; names are personal data, as for every member.',
      type: DelegationMemberRef,
      nullable: true,
      // Everyone sees who heads it by role; the person's fields are the member type's.
      extensions: readableBy(EVERYONE),
      select: (_args, context) => ({ head: { select: MEMBER_COLUMNS }, ...personalDataRuleSelection(context) }),
      resolve: (delegation, _args, context) =>
        delegation.head && memberView(delegation.head, personalDataVisible(context, delegation)),
    }),
    members: t.field({
      description: 'Every member, head included, in the order of the list of participants.',
      type: [DelegationMemberRef],
      extensions: readableBy(EVERYONE),
      select: (_args, context) => ({
        members: { select: MEMBER_COLUMNS, orderBy: MEMBER_ORDER },
        ...personalDataRuleSelection(context),
      }),
      resolve: (delegation, _args, context) => {
        const visible = personalDataVisible(context, delegation);
        return delegation.members.map((member) => memberView(member, visible));
      },
    }),
    credentials: t.field({
      type: CredentialsRef,
      nullable: true,
      description:
        'For the secretariat and the delegation’s own State; null for others, as for a delegation without credentials.',
      extensions: readableBy(SECRETARIAT_AND_OWN_STATE),
      select: { credentials: true, ...CREDENTIALS_RULE_SELECTION },
      resolve: (delegation, _args, context) =>
        mayReadCredentials(context.viewer, delegation) ? delegation.credentials : null,
    }),
    changes: t.prismaConnection(
      {
        type: DelegationChangeRef,
        cursor: 'id',
        nullable: true,
        description:
          'Every submission and amendment, oldest first: for the secretariat and the delegation’s own State; null for others.',
        authScopes: (delegation, _args, context) => mayReadDelegationHistory(context, delegation),
        extensions: readableBy(SECRETARIAT_AND_OWN_STATE),
        unauthorizedResolver: () => null,
        resolve: (query, delegation, _args, context) =>
          context.prisma.delegationChange.findMany({
            ...query,
            where: { delegationId: delegation.id },
            orderBy: [{ version: 'asc' }],
          }),
        totalCount: (delegation, _args, context) =>
          context.prisma.delegationChange.count({ where: { delegationId: delegation.id } }),
      },
      DelegationChangeConnection,
    ),
  }),
});

export const DelegationConnection = nodeConnection(DelegationRef, 'Delegation');
