import type { Prisma } from '@plenary/db';
import {
  applyAsObserverInputSchema,
  assertMayApplyAsObserver,
  ConflictError,
  decideObserverApplication,
  OBSERVER_DECISIONS,
  ORGANISATION_KINDS,
  observerDecisionNoteSchema,
  parseInput,
} from '@plenary/domain';
import { builder } from '../builder.ts';
import { recordAudit } from '../mutations/audit.ts';
import { idFromGlobalId, notFound } from '../mutations/global-id.ts';
import { runInTransaction } from '../mutations/run-in-transaction.ts';
import { MUTATION_ERRORS } from './errors.ts';
import { InvitationRef, InvitationStatusEnum } from './invitation.ts';

// Rule 1.3: organisations that do not observe as of right apply, are provisionally invited, then approved or rejected.

const ObserverDecisionEnum = builder.enumType('ObserverDecision', {
  description: 'A decision on an application to observe (rule 1.3).',
  values: OBSERVER_DECISIONS,
});

const ObserverOrganisationInput = builder.inputType('ObserverOrganisationInput', {
  description: 'An organisation applying for the first time; one already known (by acronym) is used as it is.',
  fields: (t) => ({
    acronym: t.string({ required: true }),
    name: t.string({ required: true }),
    // organisation.ts keeps its OrganisationKind enum to itself; the domain schema checks the value.
    kind: t.string({ required: true, description: `One of: ${ORGANISATION_KINDS.join(', ')}.` }),
    website: t.string(),
  }),
});

const ON_REQUEST: Prisma.InvitationWhereInput = { capacity: 'ORGANISATION_ON_REQUEST' };

builder.prismaObjectField('Meeting', 'observerApplications', (t) =>
  t.relatedConnection('invitations', {
    cursor: 'id',
    totalCount: true,
    description: 'Organisations that applied to observe (rule 1.3), in the order they applied.',
    args: { status: t.arg({ type: InvitationStatusEnum }) },
    query: (args) => ({ where: { ...ON_REQUEST, ...(args.status && { status: args.status }) }, orderBy: [{ requestedAt: 'asc' }, { id: 'asc' }] }),
  }),
);

builder.mutationFields((t) => ({
  applyAsObserver: t.field({
    type: InvitationRef,
    description:
      'An organisation asks to observe a meeting (rule 1.3): name it by `organisationId`, or by its details (a new one is recorded). ' +
      'Any signed-in user may apply, the secretariat on the organisation’s behalf.',
    errors: { types: MUTATION_ERRORS, dataField: { name: 'invitation' } },
    authScopes: { signedIn: true },
    args: {
      meetingId: t.arg.id({ required: true }),
      organisationId: t.arg.id(),
      organisation: t.arg({ type: ObserverOrganisationInput }),
      motivation: t.arg.string({ required: true, description: 'Why the organisation asks to observe.' }),
    },
    resolve: async (_parent, args, context) => {
      const input = parseInput({
        schema: applyAsObserverInputSchema,
        input: {
          organisationId: args.organisationId ?? undefined,
          organisation: args.organisation ? { ...args.organisation, website: args.organisation.website ?? undefined } : undefined,
          motivation: args.motivation,
        },
      });
      const meetingId = idFromGlobalId({ globalId: String(args.meetingId), typename: 'Meeting', path: 'meetingId' });
      const organisationId = input.organisationId === undefined ? null : idFromGlobalId({ globalId: input.organisationId, typename: 'Organisation', path: 'organisationId' });
      return runInTransaction(context, async (transaction) => {
        const meeting = await transaction.meeting.findUnique({ where: { id: meetingId } });
        if (!meeting) throw notFound('Meeting', String(args.meetingId));
        let organisation = organisationId
          ? await transaction.organisation.findUnique({ where: { id: organisationId } })
          : await transaction.organisation.findFirst({ where: { acronym: { equals: input.organisation?.acronym, mode: 'insensitive' } } });
        if (!organisation && organisationId) throw notFound('Organisation', String(args.organisationId));
        if (!organisation && input.organisation) {
          const { acronym, name, kind, website } = input.organisation;
          organisation = await transaction.organisation.create({ data: { acronym, name, kind, website: website ?? null } });
          await recordAudit(transaction, context, { action: 'organisation.create', entityType: 'Organisation', entityId: organisation.id, after: organisation });
        }
        if (!organisation) throw notFound('Organisation', 'given');
        // One after the other: a transaction holds one connection, which runs one statement at a time.
        const ofRight = await transaction.observerOfRight.findUnique({ where: { conventionId_organisationId: { conventionId: meeting.conventionId, organisationId: organisation.id } } });
        const existingInvitation = await transaction.invitation.findUnique({ where: { meetingId_organisationId: { meetingId, organisationId: organisation.id } } });
        assertMayApplyAsObserver({ organisationName: organisation.name, meetingStatus: meeting.status, observesAsOfRight: ofRight !== null, existingInvitation });
        const invitation = await transaction.invitation.create({
          data: {
            meetingId,
            organisationId: organisation.id,
            capacity: 'ORGANISATION_ON_REQUEST',
            status: 'REQUESTED',
            requestedAt: context.now(),
            applicationText: input.motivation,
          },
        });
        await recordAudit(transaction, context, { action: 'observerApplication.apply', entityType: 'Invitation', entityId: invitation.id, after: invitation });
        return invitation;
      });
    },
  }),
  decideObserverApplication: t.field({
    type: InvitationRef,
    description: 'Provisionally invites, approves or rejects an application to observe (rule 1.3). Secretariat only.',
    errors: { types: MUTATION_ERRORS, dataField: { name: 'invitation' } },
    authScopes: { secretariat: true },
    args: {
      invitationId: t.arg.id({ required: true }),
      decision: t.arg({ type: ObserverDecisionEnum, required: true }),
      note: t.arg.string(),
    },
    resolve: async (_parent, args, context) => {
      const note = parseInput({ schema: observerDecisionNoteSchema, input: args.note ?? undefined });
      const invitationId = idFromGlobalId({ globalId: String(args.invitationId), typename: 'Invitation', path: 'invitationId' });
      return runInTransaction(context, async (transaction) => {
        const before = await transaction.invitation.findUnique({ where: { id: invitationId } });
        if (!before || before.capacity !== 'ORGANISATION_ON_REQUEST' || before.status === 'ISSUED') {
          throw notFound('Observer application', String(args.invitationId));
        }
        const status = decideObserverApplication({ from: before.status, decision: args.decision });
        // Decided once: a concurrent decision on the same application finds it no longer in its former status.
        const { count } = await transaction.invitation.updateMany({
          where: { id: invitationId, status: before.status },
          data: { status, decidedAt: context.now(), decisionNote: note ?? null },
        });
        if (count === 0) throw new ConflictError({ message: 'Someone decided on this application at the same time. Reload it to see the decision.' });
        const after = await transaction.invitation.findUniqueOrThrow({ where: { id: invitationId } });
        await recordAudit(transaction, context, { action: 'observerApplication.decide', entityType: 'Invitation', entityId: invitationId, before, after });
        return after;
      });
    },
  }),
}));
