import type { Prisma } from '@plenary/db';
import { INVITATION_STATUSES } from '@plenary/domain';
import { builder } from '../../builder.ts';
import { describedValues } from '../described-values.ts';
import { OBSERVER_APPLICATION_STATUS_DESCRIPTIONS, updatedAtDescription } from '../shared-descriptions.ts';
import { InvitationCapacityEnum } from '../enums.ts';
import { nodeConnection } from '../node-connection.ts';
import { OrganisationRef } from '../organisation.ts';
import { StateRef } from '../state/type.ts';

export const InvitationStatusEnum = builder.enumType('InvitationStatus', {
  description:
    "Where an invitation stands: ISSUED at convening, or a step of an organisation's application to observe (rule 1.3).",
  values: describedValues(INVITATION_STATUSES, {
    ISSUED: 'Invited when the meeting was convened (rules 1.1 and 1.2).',
    ...OBSERVER_APPLICATION_STATUS_DESCRIPTIONS,
  }),
});

export const ParticipantUnion = builder.unionType('Participant', {
  description: 'Who is invited: a State or an organisation.',
  types: [StateRef, OrganisationRef],
  resolveType: (participant) => ('iso3' in participant ? StateRef : OrganisationRef),
});

/**
 * Who an invitation names. A State's selections are planned into the query that loads the invitation; an organisation
 * comes as its ID, and Pothos loads the fields a query asks of it (batched, and not at all for a page of States).
 */
export function participantOf<LoadedState extends object>(invitation: {
  id: string;
  organisationId: string | null;
  state: LoadedState | null;
}) {
  if (invitation.state) return invitation.state;
  if (invitation.organisationId) return { id: invitation.organisationId };
  throw new Error(`Invitation ${invitation.id} names no participant.`);
}

export const InvitationRef = builder.prismaNode('Invitation', {
  // An unknown ID loads as null (node and nodes answer null), not as Prisma's not-found error.
  nullable: true,
  id: { field: 'id' },
  // Each field loads only the columns it reads: a meeting's invitations come in pages of up to 100.
  select: { id: true },
  description: 'A participant invited to a meeting, in one capacity (rules of procedure 1.1-1.3).',
  fields: (t) => ({
    meeting: t.relation('meeting', { description: 'The meeting the participant is invited to.' }),
    capacity: t.expose('capacity', {
      description: 'The capacity the participant is invited in, which decides its rights at the meeting.',
      type: InvitationCapacityEnum,
    }),
    status: t.expose('status', {
      description:
        'ISSUED for an invitation sent at convening; for an organisation on request, where its application stands (rule 1.3).',
      type: InvitationStatusEnum,
    }),
    participant: t.field({
      description: 'Who is invited: a State or an organisation.',
      type: ParticipantUnion,
      select: (_args, _context, nestedSelection) => ({
        organisationId: true,
        state: nestedSelection(true, [], 'State'),
      }),
      resolve: participantOf,
    }),
    requestedAt: t.expose('requestedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'For an organisation on request: when it applied.',
    }),
    motivation: t.exposeString('applicationText', {
      nullable: true,
      description: 'For an organisation on request: why it asks to observe. Secretariat only.',
      authScopes: { secretariat: true },
      unauthorizedResolver: () => null,
    }),
    decidedAt: t.expose('decidedAt', {
      description:
        'For an organisation on request: when its application was approved or rejected; null while undecided.',
      type: 'DateTime',
      nullable: true,
    }),
    decisionNote: t.exposeString('decisionNote', {
      description: 'For an organisation on request: the note recorded with the decision; null when none.',
      nullable: true,
    }),
    updatedAt: t.expose('updatedAt', {
      type: 'DateTime',
      description: updatedAtDescription(
        "its capacity and status, and its delegation; its meeting's `updatedAt` moves with it",
      ),
    }),
  }),
});

export const InvitationConnection = nodeConnection(InvitationRef, 'Invitation');

/** By capacity (in the order of rules 1.1-1.3, or the reverse), then the participant's name: a State's, else an organisation's acronym. */
export function byCapacity(direction: 'asc' | 'desc'): Prisma.InvitationOrderByWithRelationInput[] {
  return [{ capacity: direction }, { state: { nameEn: 'asc' } }, { organisation: { acronym: 'asc' } }, { id: 'asc' }];
}

// By capacity (in the order of rules 1.1-1.3), then the participant's name.
export const INVITATION_ORDER = byCapacity('asc');
