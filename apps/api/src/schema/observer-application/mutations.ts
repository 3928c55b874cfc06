import { OBSERVER_DECISIONS_NEEDING_A_REASON, ORGANISATION_KINDS } from '@plenary/domain';
import { builder } from '../../builder.ts';
import { globalIdDescription, MUTATION_DATA_DESCRIPTION } from '../shared-descriptions.ts';
import { idFromGlobalId } from '../../mutations/global-id.ts';
import { runInTransaction } from '../../mutations/run-in-transaction.ts';
import { applyAsObserver } from '../../use-cases/observer-applications/apply-as-observer.ts';
import { decideObserverApplication } from '../../use-cases/observer-applications/decide-observer-application.ts';
import { MUTATION_ERRORS } from '../errors.ts';
import { InvitationRef } from '../invitation/type.ts';
import { ObserverDecisionEnum } from './type.ts';

const ObserverOrganisationInput = builder.inputType('ObserverOrganisationInput', {
  description: 'An organisation applying for the first time; one already known (by acronym) is used as it is.',
  fields: (t) => ({
    acronym: t.string({
      description: 'The organisation\'s acronym or short name, e.g. "CMC"; identifies it.',
      required: true,
    }),
    name: t.string({ description: "The organisation's full name in English.", required: true }),
    // organisation.ts keeps its OrganisationKind enum to itself; the domain schema checks the value.
    kind: t.string({ required: true, description: `One of: ${ORGANISATION_KINDS.join(', ')}.` }),
    website: t.string({ description: "The organisation's website, an absolute http(s) URL." }),
  }),
});

const ObserverApplicantInput = builder.inputType('ObserverApplicantInput', {
  isOneOf: true,
  description:
    'The organisation that applies, given exactly one way: `organisationId` for one already recorded, or `organisation` with its details. Giving both or neither is refused with BAD_USER_INPUT.',
  fields: (t) => ({
    organisationId: t.id({ description: globalIdDescription('Organisation') }),
    organisation: t.field({
      type: ObserverOrganisationInput,
      description:
        'Its details, for an organisation applying for the first time (one already known by the acronym is used as it is).',
    }),
  }),
});

builder.mutationFields((t) => ({
  applyAsObserver: t.field({
    type: InvitationRef,
    description:
      'An organisation asks to observe a meeting (rule 1.3): `applicant` names it by `organisationId`, or by its details (a new one is recorded). ' +
      'Any signed-in user may apply, the secretariat on the organisation’s behalf; an organisation without an account uses `applyToObserve`.',
    errors: { types: MUTATION_ERRORS, dataField: { name: 'invitation', description: MUTATION_DATA_DESCRIPTION } },
    authScopes: { signedIn: true },
    args: {
      meetingId: t.arg.id({ description: globalIdDescription('Meeting'), required: true }),
      applicant: t.arg({
        type: ObserverApplicantInput,
        required: true,
        description: 'The organisation that applies: by ID or by its details, exactly one (`@oneOf`).',
      }),
      motivation: t.arg.string({ required: true, description: 'Why the organisation asks to observe.' }),
    },
    resolve: async (_parent, args, context) => {
      const { applicant, motivation } = args;
      const meetingId = idFromGlobalId({ globalId: args.meetingId, typename: 'Meeting', path: 'meetingId' });
      const organisationId =
        applicant.organisationId == null
          ? null
          : idFromGlobalId({ globalId: applicant.organisationId, typename: 'Organisation', path: 'organisationId' });
      const organisation = applicant.organisation
        ? { ...applicant.organisation, website: applicant.organisation.website ?? undefined }
        : undefined;
      return runInTransaction(context, (tx) =>
        applyAsObserver({
          tx,
          actor: context,
          now: context.now(),
          input: { meetingId, organisationId, organisation, motivation },
        }),
      );
    },
  }),
  decideObserverApplication: t.field({
    type: InvitationRef,
    description: `Provisionally invites, approves or rejects an application to observe (rule 1.3). Secretariat only. A note is required for ${OBSERVER_DECISIONS_NEEDING_A_REASON.join(', ')}: the reason, told to the organisation.`,
    errors: { types: MUTATION_ERRORS, dataField: { name: 'invitation', description: MUTATION_DATA_DESCRIPTION } },
    authScopes: { secretariat: true },
    args: {
      invitationId: t.arg.id({
        description: 'The global ID of the application (an Invitation), from `Meeting.observerApplications`.',
        required: true,
      }),
      decision: t.arg({
        description: 'What the secretariat or the meeting decided.',
        type: ObserverDecisionEnum,
        required: true,
      }),
      note: t.arg.string({ description: 'The reason, recorded with the decision and shown to the secretariat.' }),
    },
    resolve: async (_parent, args, context) => {
      const invitationId = idFromGlobalId({
        globalId: args.invitationId,
        typename: 'Invitation',
        path: 'invitationId',
      });
      return runInTransaction(context, (tx) =>
        decideObserverApplication({
          tx,
          actor: context,
          now: context.now(),
          input: { invitationId, decision: args.decision, note: args.note },
        }),
      );
    },
  }),
}));
