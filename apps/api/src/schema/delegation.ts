import type { Delegation, DelegationMember, Prisma } from '@plenary/db';
import {
  assertDelegationMayBeRegistered,
  assessDelegationTimeliness,
  ConflictError,
  deadlineEndInstant,
  credentialsInputSchema,
  credentialsRequired,
  CREDENTIAL_AUTHORISING_OFFICES,
  CREDENTIAL_DOCUMENT_KINDS,
  CREDENTIAL_ISSUING_AUTHORITIES,
  CREDENTIAL_STATUSES,
  DELEGATE_ROLES,
  DELEGATION_TIMELINESS,
  delegationSubmissionInputSchema,
  parseInput,
  type CredentialAuthorisingOffice,
  type DelegateRole,
  type DelegationSubmissionInput,
  isAfterDeadline,
} from '@plenary/domain';
import { CREDENTIALS_RULE_SELECTION, mayReadCredentials } from '../auth/credentials-rules.ts';
import { EVERYONE, readableBy, SECRETARIAT_AND_OWN_STATE } from '../auth/readers.ts';
import { builder } from '../builder.ts';
import { describedValues } from './described-values.ts';
import { globalIdDescription, MUTATION_DATA_DESCRIPTION, MUTATION_INPUT_DESCRIPTION, updatedAtDescription, VERSION_ARGUMENT_DESCRIPTION } from './shared-descriptions.ts';
import { isSecretariat, maySeePersonalDataOf, viewerUser, type Context } from '../context.ts';
import { recordAudit, type TransactionClient } from '../mutations/audit.ts';
import { idFromGlobalId, notFound } from '../mutations/global-id.ts';
import { assertVersionBumped, runInTransaction } from '../mutations/run-in-transaction.ts';
import { MUTATION_ERRORS } from './errors.ts';
import { nodeConnection } from './node-connection.ts';
import { ParticipantUnion, participantOf } from './invitation.ts';
import { fromCalendarDate, toCalendarDate } from './scalars.ts';

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
    ON_TIME: "Submitted by the end of the deadline day in force, in the meeting's time zone (or the meeting has no deadline).",
    LATE: 'Submitted after the deadline day in force.',
  }),
});
const CredentialIssuingAuthorityEnum = builder.enumType('CredentialIssuingAuthority', {
  description: "Who signed a delegation's credentials (rules of procedure on credentials).",
  values: describedValues(CREDENTIAL_ISSUING_AUTHORITIES, {
    HEAD_OF_STATE: 'The Head of State.',
    HEAD_OF_GOVERNMENT: 'The Head of Government.',
    MINISTER_FOR_FOREIGN_AFFAIRS: 'The Minister for Foreign Affairs.',
    AUTHORISED_PERSON: 'A person authorised by one of those three offices (say which in `authorisedBy`).',
  }),
});
const CredentialAuthorisingOfficeEnum = builder.enumType('CredentialAuthorisingOffice', {
  description: 'The office that authorised another person to sign credentials.',
  values: describedValues(CREDENTIAL_AUTHORISING_OFFICES, {
    HEAD_OF_STATE: 'The Head of State.',
    HEAD_OF_GOVERNMENT: 'The Head of Government.',
    MINISTER_FOR_FOREIGN_AFFAIRS: 'The Minister for Foreign Affairs.',
  }),
});
const CredentialDocumentKindEnum = builder.enumType('CredentialDocumentKind', {
  description: 'Whether the secretariat received the signed credentials themselves or a copy.',
  values: describedValues(CREDENTIAL_DOCUMENT_KINDS, {
    COPY: 'A copy (scan or fax) of the signed credentials.',
    ORIGINAL: 'The signed original.',
  }),
});
const CredentialStatusEnum = builder.enumType('CredentialStatus', {
  description: "Where a delegation's credentials stand in the secretariat's examination.",
  values: describedValues(CREDENTIAL_STATUSES, {
    RECEIVED: 'Received, not yet examined.',
    ACCEPTED: 'Examined and found in order.',
    REJECTED: 'Examined and not found in order.',
  }),
});

const HEAD_ROLE = 'HEAD';
const MEMBER_ORDER: Prisma.DelegationMemberOrderByWithRelationInput[] = [{ position: 'asc' }, { id: 'asc' }];
const FIRST_VERSION = 1;
// A State no viewer acts for: organisations' delegations and invitations not found.
const NO_STATE = '';

// ---------------------------------------------------------------- who may see and change what

/** The State a delegation belongs to (null for an organisation's), or undefined when there is no such delegation. */
async function stateOfDelegation(context: Context, delegationId: string): Promise<string | null | undefined> {
  const delegation = await context.prisma.delegation.findUnique({ where: { id: delegationId }, select: { invitation: { select: { stateId: true } } } });
  return delegation ? delegation.invitation.stateId : undefined;
}

function databaseIdOrNull(globalId: string, typename: string): string | null {
  try {
    return idFromGlobalId({ globalId, typename, path: 'id' });
  } catch {
    return null;
  }
}

/** The secretariat for any delegation; a State's focal point for its own State's. */
async function delegationEditorScopes(context: Context, delegationGlobalId: string) {
  if (isSecretariat(context.viewer)) return { secretariat: true };
  const id = databaseIdOrNull(delegationGlobalId, 'Delegation');
  const stateId = id === null ? null : await stateOfDelegation(context, id);
  return { secretariat: true, focalPointOf: stateId ?? NO_STATE };
}

async function invitationEditorScopes(context: Context, invitationGlobalId: string) {
  if (isSecretariat(context.viewer)) return { secretariat: true };
  const id = databaseIdOrNull(invitationGlobalId, 'Invitation');
  const invitation = id === null ? null : await context.prisma.invitation.findUnique({ where: { id }, select: { stateId: true } });
  return { secretariat: true, focalPointOf: invitation?.stateId ?? NO_STATE };
}

// ---------------------------------------------------------------- the deadline in force

// What timeliness is judged by: the meeting's deadline as it stands now, read with the delegation, never a stored verdict.
const DEADLINE_IN_FORCE = { select: { delegationDeadline: true, timeZone: true } } as const;
const DELEGATION_DEADLINE = { invitation: { select: { meeting: DEADLINE_IN_FORCE } } } as const;

interface DeadlineInForce {
  delegationDeadline: Date | null;
  timeZone: string;
}

function afterDeadlineInForce(at: Date, meeting: DeadlineInForce): boolean {
  return isAfterDeadline({ at, deadline: meeting.delegationDeadline && toCalendarDate(meeting.delegationDeadline), timeZone: meeting.timeZone });
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
const MEMBER_COLUMNS = { role: true, position: true, honorific: true, givenName: true, familyName: true, jobTitle: true, email: true, phone: true } as const;

type PersonalData = Pick<MemberView, 'salutation' | 'givenName' | 'familyName' | 'title' | 'email' | 'phone'>;

const NO_PERSONAL_DATA: PersonalData = { salutation: null, givenName: null, familyName: null, title: null, email: null, phone: null };

/** A member's personal data under the names the API gives it. */
function personalDataOf(member: Pick<DelegationMember, 'honorific' | 'givenName' | 'familyName' | 'jobTitle' | 'email' | 'phone'>): PersonalData {
  return { salutation: member.honorific, givenName: member.givenName, familyName: member.familyName, title: member.jobTitle, email: member.email, phone: member.phone };
}

/**
 * What the personal-data rule reads of a delegation: its State. The secretariat sees every delegation's people, so for
 * it nothing is read (a meeting's page of delegations is then one statement shorter).
 */
function personalDataRuleSelection(context: Context): { invitation?: { select: { stateId: true } } } {
  return isSecretariat(context.viewer) ? {} : { invitation: { select: { stateId: true } } };
}

function personalDataVisible(context: Context, delegation: { id: string; invitation?: { stateId: string | null } }): boolean {
  return maySeePersonalDataOf(context.viewer, delegation.invitation?.stateId ?? null);
}

// Decided once per delegation, where its members are returned, so no member field has a rule of its own to forget.
function memberView(member: Pick<DelegationMember, keyof typeof MEMBER_COLUMNS>, personalDataVisible: boolean): MemberView {
  return { role: member.role ?? HEAD_ROLE, position: member.position, ...(personalDataVisible ? personalDataOf(member) : NO_PERSONAL_DATA) };
}

export const DelegationMemberRef = builder.objectRef<MemberView>('DelegationMember').implement({
  description: 'A member of a delegation. Names and contact details are personal data: only the secretariat and the delegation’s own State see them; everyone else gets null.',
  extensions: readableBy(SECRETARIAT_AND_OWN_STATE),
  fields: (t) => ({
    role: t.expose('role', { description: "The member's role in the delegation.", type: DelegateRoleEnum, extensions: readableBy(EVERYONE) }),
    position: t.exposeInt('position', { description: 'Place in the list of participants, from 1.', extensions: readableBy(EVERYONE) }),
    salutation: t.exposeString('salutation', { nullable: true, description: 'Form of address, e.g. "H.E. Mr.".' }),
    givenName: t.exposeString('givenName', { description: "Given name. Personal data: null unless you are the secretariat or the delegation's own State.", nullable: true }),
    familyName: t.exposeString('familyName', { description: "Family name. Personal data: null unless you are the secretariat or the delegation's own State.", nullable: true }),
    title: t.exposeString('title', { nullable: true, description: 'Official title, e.g. "Ambassador, Permanent Representative".' }),
    email: t.exposeString('email', { description: "E-mail address. Personal data: null unless you are the secretariat or the delegation's own State.", nullable: true }),
    phone: t.exposeString('phone', { description: "Telephone number. Personal data: null unless you are the secretariat or the delegation's own State.", nullable: true }),
  }),
});

export const CredentialsRef = builder.prismaObject('Credentials', {
  description: 'The credentials of a State Party’s delegation, as received by the secretariat.',
  extensions: readableBy(SECRETARIAT_AND_OWN_STATE),
  fields: (t) => ({
    issuingAuthority: t.expose('issuingAuthority', { description: 'Who signed the credentials.', type: CredentialIssuingAuthorityEnum }),
    authorisedBy: t.field({
      type: CredentialAuthorisingOfficeEnum,
      nullable: true,
      description: 'For credentials signed by an authorised person: the office that authorised them.',
      resolve: (credentials) => credentials.authorisedBy as CredentialAuthorisingOffice | null,
    }),
    documentKind: t.expose('form', { description: 'Whether the secretariat holds the signed original or a copy.', type: CredentialDocumentKindEnum }),
    receivedDate: t.expose('receivedOn', { description: 'The day the secretariat received the credentials.', type: 'Date' }),
    status: t.expose('status', { description: 'Whether the credentials are received, accepted or rejected.', type: CredentialStatusEnum }),
  }),
});

export const DelegationChangeRef = builder.prismaObject('DelegationChange', {
  description: 'One submission or amendment of a delegation, with the list before and after it.',
  extensions: readableBy(SECRETARIAT_AND_OWN_STATE),
  fields: (t) => ({
    version: t.exposeInt('version', { description: 'The version of the delegation this change produced.' }),
    changedAt: t.expose('changedAt', { description: 'When the change was made (UTC).', type: 'DateTime' }),
    changedByName: t.string({ description: 'The name of the user who made the change; null when an API key or the system made it.', nullable: true, select: { changedBy: { select: { name: true } } }, resolve: (change) => change.changedBy?.name ?? null }),
    afterDeadline: t.boolean({
      description: 'Made after the end of the delegation deadline day in force, in the meeting’s time zone.',
      select: { changedAt: true, delegation: { select: DELEGATION_DEADLINE } },
      resolve: (change) => afterDeadlineInForce(change.changedAt, change.delegation.invitation.meeting),
    }),
    before: t.expose('before', { description: "The delegation as it stood before the change, as JSON; null for the first submission.", type: 'JSON', nullable: true }),
    after: t.expose('after', { description: "The delegation as it stood after the change, as JSON.", type: 'JSON' }),
  }),
});

export const DelegationRef = builder.prismaNode('Delegation', {
  // An unknown ID loads as null (node and nodes answer null), not as Prisma's not-found error.
  nullable: true,
  id: { field: 'id' },
  // Each field loads only the columns it reads.
  select: { id: true },
  description: 'The delegation a participant sends to a meeting: its members, in order, and for States Parties its credentials.',
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
    submittedAt: t.expose('submittedAt', { description: 'When the delegation was first submitted (UTC).', type: 'DateTime' }),
    timeliness: t.field({
      type: DelegationTimelinessEnum,
      description: 'Whether it was submitted by the end of the deadline day in force, in the meeting’s time zone: moving the deadline moves it.',
      select: { submittedAt: true, ...DELEGATION_DEADLINE },
      resolve: (delegation) => {
        const { delegationDeadline, timeZone } = delegation.invitation.meeting;
        return assessDelegationTimeliness({ submittedAt: delegation.submittedAt, deadline: delegationDeadline && toCalendarDate(delegationDeadline), timeZone });
      },
    }),
    lastAmendedAt: t.expose('lastAmendedAt', { description: 'When the delegation was last amended (UTC); null if never.', type: 'DateTime', nullable: true }),
    amendedAfterDeadline: t.boolean({
      description: 'Changed after the deadline in force at least once (its last amendment is after it); see `changes`.',
      select: { lastAmendedAt: true, ...DELEGATION_DEADLINE },
      resolve: (delegation) => delegation.lastAmendedAt !== null && afterDeadlineInForce(delegation.lastAmendedAt, delegation.invitation.meeting),
    }),
    publicListConsent: t.exposeBoolean('publicListConsent', { description: 'The participant consents to its delegates’ names appearing on the public list of participants.' }),
    version: t.exposeInt('version', { description: 'Increases with every amendment; amendments must send the version they read.' }),
    updatedAt: t.expose('updatedAt', {
      type: 'DateTime',
      description: updatedAtDescription("its fields, members and credentials; its invitation's and meeting's `updatedAt` move with it"),
    }),
    headOfDelegation: t.field({
      description: 'The head of delegation; names are personal data, as for every member.',
      type: DelegationMemberRef,
      nullable: true,
      // Everyone sees who heads it by role; the person's fields are the member type's.
      extensions: readableBy(EVERYONE),
      select: (_args, context) => ({ head: { select: MEMBER_COLUMNS }, ...personalDataRuleSelection(context) }),
      resolve: (delegation, _args, context) => delegation.head && memberView(delegation.head, personalDataVisible(context, delegation)),
    }),
    members: t.field({
      description: 'Every member, head included, in the order of the list of participants.',
      type: [DelegationMemberRef],
      extensions: readableBy(EVERYONE),
      select: (_args, context) => ({ members: { select: MEMBER_COLUMNS, orderBy: MEMBER_ORDER }, ...personalDataRuleSelection(context) }),
      resolve: (delegation, _args, context) => {
        const visible = personalDataVisible(context, delegation);
        return delegation.members.map((member) => memberView(member, visible));
      },
    }),
    credentials: t.field({
      type: CredentialsRef,
      nullable: true,
      description: 'For the secretariat and the delegation’s own State; null for others, as for a delegation without credentials.',
      extensions: readableBy(SECRETARIAT_AND_OWN_STATE),
      select: { credentials: true, ...CREDENTIALS_RULE_SELECTION },
      resolve: (delegation, _args, context) => (mayReadCredentials(context.viewer, delegation) ? delegation.credentials : null),
    }),
    changes: t.prismaConnection({
      type: DelegationChangeRef,
      cursor: 'id',
      nullable: true,
      description: 'Every submission and amendment, oldest first: for the secretariat and the delegation’s own State; null for others.',
      authScopes: (delegation, _args, context) => mayReadHistory(context, delegation),
      extensions: readableBy(SECRETARIAT_AND_OWN_STATE),
      unauthorizedResolver: () => null,
      resolve: (query, delegation, _args, context) =>
        context.prisma.delegationChange.findMany({ ...query, where: { delegationId: delegation.id }, orderBy: [{ version: 'asc' }] }),
      totalCount: (delegation, _args, context) => context.prisma.delegationChange.count({ where: { delegationId: delegation.id } }),
    }),
  }),
});

export const DelegationConnection = nodeConnection(DelegationRef, 'Delegation');

async function mayReadHistory(context: Context, delegation: Pick<Delegation, 'id'>): Promise<boolean> {
  if (isSecretariat(context.viewer)) return true;
  if (viewerUser(context.viewer)?.role !== 'STATE') return false;
  return maySeePersonalDataOf(context.viewer, (await stateOfDelegation(context, delegation.id)) ?? null);
}

// ---------------------------------------------------------------- fields on other modules' types

builder.prismaObjectField('Invitation', 'delegation', (t) =>
  t.relation('delegation', { nullable: true, description: 'The delegation registered for this invitation, if any.' }),
);

const DelegationFilter = builder.inputType('DelegationFilter', {
  description: 'Which delegations to list. Omit a field to not filter by it.',
  fields: (t) => ({
    timeliness: t.field({ type: DelegationTimelinessEnum, description: 'Only delegations submitted on time, or only late ones.' }),
  }),
});

/** A meeting's delegations on time or late by its deadline in force: before the end of the deadline day, or from it. */
function delegationWhere(filter: typeof DelegationFilter.$inferInput | null | undefined, meeting: DeadlineInForce): Prisma.DelegationWhereInput {
  if (!filter?.timeliness) return {};
  const late = filter.timeliness === 'LATE';
  if (!meeting.delegationDeadline) return late ? { id: { in: [] } } : {};
  const end = deadlineEndInstant({ deadline: toCalendarDate(meeting.delegationDeadline), timeZone: meeting.timeZone });
  return { submittedAt: late ? { gte: end } : { lt: end } };
}

const DELEGATION_ORDER: Prisma.DelegationOrderByWithRelationInput[] = [{ submittedAt: 'asc' }, { id: 'asc' }];

builder.prismaObjectField('Meeting', 'delegations', (t) =>
  t.prismaConnection({
    type: DelegationRef,
    cursor: 'id',
    description: 'The delegations registered for the meeting, in the order they were submitted.',
    args: { filter: t.arg({ description: 'Which delegations to list (default: all).', type: DelegationFilter }) },
    totalCount: (meeting, args, context) => context.prisma.delegation.count({ where: { invitation: { meetingId: meeting.id }, ...delegationWhere(args.filter, meeting) } }),
    resolve: (query, meeting, args, context) =>
      context.prisma.delegation.findMany({ ...query, where: { invitation: { meetingId: meeting.id }, ...delegationWhere(args.filter, meeting) }, orderBy: DELEGATION_ORDER }),
  }, DelegationConnection),
);

builder.prismaObjectField('State', 'delegations', (t) =>
  t.prismaConnection({
    type: DelegationRef,
    cursor: 'id',
    description: 'The State’s delegations to meetings, in the order they were submitted.',
    totalCount: (state, _args, context) => context.prisma.delegation.count({ where: { invitation: { stateId: state.id } } }),
    resolve: (query, state, _args, context) => context.prisma.delegation.findMany({ ...query, where: { invitation: { stateId: state.id } }, orderBy: DELEGATION_ORDER }),
  }, DelegationConnection),
);

// ---------------------------------------------------------------- inputs

const DelegationMemberInput = builder.inputType('DelegationMemberInput', {
  description: 'One member of a delegation.',
  fields: (t) => ({
    role: t.field({ type: DelegateRoleEnum, required: true, description: 'HEAD for the head of delegation; exactly one member is HEAD.' }),
    salutation: t.string({ description: 'Form of address, e.g. "H.E. Mr.", "Ms.", "Dr.".' }),
    givenName: t.string({ description: 'Given name.', required: true }),
    familyName: t.string({ description: 'Family name.', required: true }),
    title: t.string({ description: 'Official title, e.g. "Ambassador, Permanent Representative".' }),
    order: t.int({ description: 'Place in the list of participants, from 1; members without one follow in the order given.' }),
    email: t.string({ description: "E-mail address, for the secretariat's messages." }),
    phone: t.string({ description: 'Telephone number, in international format.' }),
  }),
});

const DelegationInput = builder.inputType('DelegationInput', {
  description: "A delegation's list of members and its consent to publication.",
  fields: (t) => ({
    members: t.field({ description: 'Every member, exactly one with role HEAD.', type: [DelegationMemberInput], required: true }),
    publicListConsent: t.boolean({ description: 'Consent to the delegates’ names appearing on the public list of participants (default false).' }),
  }),
});

const CredentialsInput = builder.inputType('CredentialsInput', {
  description: "The credentials received for a State Party's delegation.",
  fields: (t) => ({
    issuingAuthority: t.field({ description: 'Who signed the credentials.', type: CredentialIssuingAuthorityEnum, required: true }),
    authorisedBy: t.field({ type: CredentialAuthorisingOfficeEnum, description: 'Required with AUTHORISED_PERSON, and only then.' }),
    documentKind: t.field({ description: 'Whether the secretariat received the signed original or a copy.', type: CredentialDocumentKindEnum, required: true }),
    receivedDate: t.field({ description: 'The day the secretariat received them, as `YYYY-MM-DD`.', type: 'Date', required: true }),
    status: t.field({ description: 'Whether they are received, accepted or rejected.', type: CredentialStatusEnum, required: true }),
  }),
});

/** GraphQL sends an omitted optional field as null; the domain's schemas mean "absent" by undefined. */
function withoutNulls<T extends object>(value: T): { [K in keyof T]: Exclude<T[K], null> } {
  return Object.fromEntries(Object.entries(value).filter(([, inner]) => inner !== null)) as { [K in keyof T]: Exclude<T[K], null> };
}

function parseDelegationInput(input: typeof DelegationInput.$inferInput): DelegationSubmissionInput {
  return parseInput({
    schema: delegationSubmissionInputSchema,
    input: { ...withoutNulls(input), members: input.members.map((member) => withoutNulls(member)) },
  });
}

// ---------------------------------------------------------------- writing a delegation

type StoredMember = Pick<DelegationMember, 'id' | 'role' | 'position' | 'honorific' | 'givenName' | 'familyName' | 'jobTitle' | 'email' | 'phone'>;

/** Members by their place in the list (`order`, else their place in the input), numbered from 1. */
function membersInListOrder(members: DelegationSubmissionInput['members']) {
  return members
    .map((member, index) => ({ member, index, place: member.order ?? index + 1 }))
    .sort((a, b) => a.place - b.place || a.index - b.index)
    .map(({ member }, index) => ({ member, position: index + 1 }));
}

/** Creates the members and returns them with the id of the head of delegation. */
async function createMembers(transaction: TransactionClient, delegationId: string, members: DelegationSubmissionInput['members']) {
  const ordered = membersInListOrder(members);
  const created = await transaction.delegationMember.createManyAndReturn({
    data: ordered.map(({ member, position }) => ({
      delegationId,
      role: member.role === HEAD_ROLE ? null : member.role,
      position,
      honorific: member.salutation ?? null,
      givenName: member.givenName,
      familyName: member.familyName,
      jobTitle: member.title ?? null,
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
function snapshot(delegation: Pick<Delegation, 'version' | 'publicListConsent' | 'headMemberId'>, members: readonly StoredMember[]) {
  return {
    version: delegation.version,
    publicListConsent: delegation.publicListConsent,
    members: [...members]
      .sort((a, b) => a.position - b.position)
      .map((member) => ({ position: member.position, role: member.id === delegation.headMemberId ? HEAD_ROLE : member.role, ...personalDataOf(member) })),
  };
}

function changedById(context: Context): string | null {
  return viewerUser(context.viewer)?.id ?? null;
}

// ---------------------------------------------------------------- mutations

builder.mutationFields((t) => ({
  submitDelegation: t.field({
    type: DelegationRef,
    description: 'Registers the delegation for an invitation: the secretariat for anyone, a State’s focal point for its own State. One per invitation; change it with amendDelegation.',
    errors: { types: MUTATION_ERRORS, dataField: { name: 'delegation', description: MUTATION_DATA_DESCRIPTION } },
    authScopes: (_parent, args, context) => invitationEditorScopes(context, String(args.invitationId)),
    args: {
      invitationId: t.arg.id({ description: globalIdDescription('Invitation'), required: true }),
      input: t.arg({ description: MUTATION_INPUT_DESCRIPTION, type: DelegationInput, required: true }),
    },
    resolve: async (_parent, args, context) => {
      const invitationId = idFromGlobalId({ globalId: String(args.invitationId), typename: 'Invitation', path: 'invitationId' });
      const input = parseDelegationInput(args.input);
      const invitation = await context.prisma.invitation.findUnique({ where: { id: invitationId }, include: { meeting: true, delegation: { select: { id: true } } } });
      if (!invitation) throw notFound('Invitation', String(args.invitationId));
      assertDelegationMayBeRegistered({ meetingStatus: invitation.meeting.status, invitationStatus: invitation.status });
      if (invitation.delegation) throw new ConflictError({ message: 'A delegation was already submitted for this invitation; amend it instead.' });
      const submittedAt = context.now();
      return runInTransaction(context, async (transaction) => {
        const created = await transaction.delegation.create({
          data: { invitationId, submittedAt, publicListConsent: input.publicListConsent, version: FIRST_VERSION },
        });
        const { members, headMemberId } = await createMembers(transaction, created.id, input.members);
        const delegation = await transaction.delegation.update({ where: { id: created.id }, data: { headMemberId } });
        const after = snapshot(delegation, members);
        await transaction.delegationChange.create({
          data: { delegationId: delegation.id, version: FIRST_VERSION, changedAt: submittedAt, changedById: changedById(context), after },
        });
        await recordAudit(transaction, context, { action: 'delegation.submit', entityType: 'Delegation', entityId: delegation.id, after });
        return delegation;
      });
    },
  }),

  amendDelegation: t.field({
    type: DelegationRef,
    description: 'Replaces the list of members. Send the version you read: if someone changed it since, you get a ConflictError. Changes after the deadline are kept and flagged.',
    errors: { types: MUTATION_ERRORS, dataField: { name: 'delegation', description: MUTATION_DATA_DESCRIPTION } },
    authScopes: (_parent, args, context) => delegationEditorScopes(context, String(args.delegationId)),
    args: {
      delegationId: t.arg.id({ description: globalIdDescription('Delegation'), required: true }),
      version: t.arg.int({ description: VERSION_ARGUMENT_DESCRIPTION, required: true }),
      input: t.arg({ description: 'The whole new list of members and consent: it replaces the stored one.', type: DelegationInput, required: true }),
    },
    resolve: async (_parent, args, context) => {
      const delegationId = idFromGlobalId({ globalId: String(args.delegationId), typename: 'Delegation', path: 'delegationId' });
      const input = parseDelegationInput(args.input);
      return runInTransaction(context, async (transaction) => {
        const current = await transaction.delegation.findUnique({
          where: { id: delegationId },
          include: { members: true, invitation: { include: { meeting: true } } },
        });
        if (!current) throw notFound('Delegation', String(args.delegationId));
        assertDelegationMayBeRegistered({ meetingStatus: current.invitation.meeting.status, invitationStatus: current.invitation.status });
        const amendedAt = context.now();
        // The version check is the first write: it takes the row's lock, so a concurrent amendment waits and then fails.
        const { count } = await transaction.delegation.updateMany({
          where: { id: delegationId, version: args.version },
          data: { version: { increment: 1 }, lastAmendedAt: amendedAt, publicListConsent: input.publicListConsent },
        });
        await assertVersionBumped({
          updatedCount: count,
          entity: 'Delegation',
          key: String(args.delegationId),
          exists: async () => (await transaction.delegation.count({ where: { id: delegationId } })) > 0,
        });
        // New members first, then the head pointer, then the old members: the head is always a member.
        const { members, headMemberId } = await createMembers(transaction, delegationId, input.members);
        const delegation = await transaction.delegation.update({ where: { id: delegationId }, data: { headMemberId } });
        await transaction.delegationMember.deleteMany({ where: { id: { in: current.members.map((member) => member.id) } } });
        const before = snapshot(current, current.members);
        const after = snapshot(delegation, members);
        await transaction.delegationChange.create({
          data: { delegationId, version: delegation.version, changedAt: amendedAt, changedById: changedById(context), before, after },
        });
        await recordAudit(transaction, context, { action: 'delegation.amend', entityType: 'Delegation', entityId: delegationId, before, after });
        return delegation;
      });
    },
  }),

  recordCredentials: t.field({
    type: DelegationRef,
    description: 'Records the credentials the secretariat received for a State Party’s delegation (replacing any recorded before).',
    errors: { types: MUTATION_ERRORS, dataField: { name: 'delegation', description: MUTATION_DATA_DESCRIPTION } },
    authScopes: { secretariat: true },
    args: {
      delegationId: t.arg.id({ description: globalIdDescription('Delegation'), required: true }),
      input: t.arg({ description: MUTATION_INPUT_DESCRIPTION, type: CredentialsInput, required: true }),
    },
    resolve: async (_parent, args, context) => {
      const delegationId = idFromGlobalId({ globalId: String(args.delegationId), typename: 'Delegation', path: 'delegationId' });
      const input = parseInput({ schema: credentialsInputSchema, input: { ...withoutNulls(args.input), receivedDate: toCalendarDate(args.input.receivedDate) } });
      return runInTransaction(context, async (transaction) => {
        const delegation = await transaction.delegation.findUnique({ where: { id: delegationId }, include: { invitation: true, credentials: true } });
        if (!delegation) throw notFound('Delegation', String(args.delegationId));
        const { capacity } = delegation.invitation;
        // credentialsInputSchema has checked them with validateCredentials; they are only examined for States Parties.
        if (!credentialsRequired({ capacity })) {
          throw new ConflictError({ message: `Credentials are examined for the delegations of States Parties only; this delegation attends as ${capacity}.` });
        }
        const data = {
          issuingAuthority: input.issuingAuthority,
          authorisedBy: input.authorisedBy ?? null,
          form: input.documentKind,
          receivedOn: fromCalendarDate(input.receivedDate),
          status: input.status,
        };
        const credentials = await transaction.credentials.upsert({ where: { delegationId }, create: { delegationId, ...data }, update: data });
        await recordAudit(transaction, context, {
          action: 'delegation.recordCredentials',
          entityType: 'Credentials',
          entityId: credentials.id,
          before: delegation.credentials,
          after: credentials,
        });
        const { invitation: _invitation, credentials: _credentials, ...row } = delegation;
        return row;
      });
    },
  }),
}));
