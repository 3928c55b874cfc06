import { toCalendarDate } from '@plenary/db';
import { assessDelegationTimeliness, DELEGATION_TIMELINESS } from '@plenary/domain';
import { CREDENTIALS_RULE_SELECTION, mayReadCredentials } from '../../auth/credentials-rules.ts';
import { mayReadDelegationHistory } from '../../auth/policies.ts';
import { EVERYONE, readableBy, SECRETARIAT_AND_OWN_STATE } from '../../auth/readers.ts';
import { builder } from '../../builder.ts';
import { describedValues } from '../described-values.ts';
import { ParticipantUnion, participantOf } from '../invitation/type.ts';
import { nodeConnection } from '../node-connection.ts';
import { updatedAtDescription } from '../shared-descriptions.ts';
import { DelegationChangeConnection, DelegationChangeRef } from './change.ts';
import { CredentialsRef } from './credentials.ts';
import { afterDeadlineInForce, DELEGATION_DEADLINE } from './deadline-in-force.ts';
import {
  DelegationMemberRef,
  MEMBER_COLUMNS,
  MEMBER_ORDER,
  memberView,
  personalDataRuleSelection,
  personalDataVisible,
} from './member.ts';

export const DelegationTimelinessEnum = builder.enumType('DelegationTimeliness', {
  description: "Whether a delegation was submitted by the meeting's delegation deadline.",
  values: describedValues(DELEGATION_TIMELINESS, {
    ON_TIME:
      "Submitted by the end of the deadline day in force, in the meeting's time zone (or the meeting has no deadline).",
    LATE: 'Submitted after the deadline day in force.',
  }),
});

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
