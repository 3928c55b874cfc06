import { mayAmendDelegation, mayRegisterDelegation } from '../../auth/policies.ts';
import { builder } from '../../builder.ts';
import { idFromGlobalId } from '../../mutations/global-id.ts';
import { runInTransaction } from '../../mutations/run-in-transaction.ts';
import { amendDelegation } from '../../use-cases/delegations/amend-delegation.ts';
import { recordCredentials } from '../../use-cases/delegations/record-credentials.ts';
import { submitDelegation } from '../../use-cases/delegations/submit-delegation.ts';
import { MUTATION_ERRORS } from '../errors.ts';
import {
  globalIdDescription,
  MUTATION_DATA_DESCRIPTION,
  MUTATION_INPUT_DESCRIPTION,
  VERSION_ARGUMENT_DESCRIPTION,
} from '../shared-descriptions.ts';
import {
  CredentialAuthorisingOfficeEnum,
  CredentialDocumentKindEnum,
  CredentialIssuingAuthorityEnum,
  CredentialStatusEnum,
} from './credentials.ts';
import { DelegateRoleEnum } from './member.ts';
import { DelegationRef } from './type.ts';

// ---------------------------------------------------------------- inputs

const DelegationMemberInput = builder.inputType('DelegationMemberInput', {
  description: 'One member of a delegation.',
  fields: (t) => ({
    role: t.field({
      type: DelegateRoleEnum,
      required: true,
      description: 'HEAD for the head of delegation; exactly one member is HEAD.',
    }),
    salutation: t.string({ description: 'Form of address, e.g. "H.E. Mr.", "Ms.", "Dr.".' }),
    givenName: t.string({ description: 'Given name.', required: true }),
    familyName: t.string({ description: 'Family name.', required: true }),
    title: t.string({ description: 'Official title, e.g. "Ambassador, Permanent Representative".' }),
    order: t.int({
      description: 'Place in the list of participants, from 1; members without one follow in the order given.',
    }),
    email: t.string({ description: "E-mail address, for the secretariat's messages." }),
    phone: t.string({ description: 'Telephone number, in international format.' }),
  }),
});

const DelegationInput = builder.inputType('DelegationInput', {
  description: "A delegation's list of members and its consent to publication.",
  fields: (t) => ({
    members: t.field({
      description: 'Every member, exactly one with role HEAD.',
      type: [DelegationMemberInput],
      required: true,
    }),
    publicListConsent: t.boolean({
      description: 'Consent to the delegates’ names appearing on the public list of participants (default false).',
    }),
  }),
});

const CredentialsInput = builder.inputType('CredentialsInput', {
  description: "The credentials received for a State Party's delegation.",
  fields: (t) => ({
    issuingAuthority: t.field({
      description: 'Who signed the credentials.',
      type: CredentialIssuingAuthorityEnum,
      required: true,
    }),
    authorisedBy: t.field({
      type: CredentialAuthorisingOfficeEnum,
      description: 'Required with AUTHORISED_PERSON, and only then.',
    }),
    documentKind: t.field({
      description: 'Whether the secretariat received the signed original or a copy.',
      type: CredentialDocumentKindEnum,
      required: true,
    }),
    receivedDate: t.field({
      description: 'The day the secretariat received them, as `YYYY-MM-DD`.',
      type: 'Date',
      required: true,
    }),
    status: t.field({
      description: 'Whether they are received, accepted or rejected.',
      type: CredentialStatusEnum,
      required: true,
    }),
  }),
});

// ---------------------------------------------------------------- mutations

builder.mutationFields((t) => ({
  submitDelegation: t.field({
    type: DelegationRef,
    description:
      'Registers the delegation for an invitation: the secretariat for anyone, a State’s focal point for its own State. One per invitation; change it with amendDelegation.',
    errors: { types: MUTATION_ERRORS, dataField: { name: 'delegation', description: MUTATION_DATA_DESCRIPTION } },
    authScopes: (_parent, args, context) => mayRegisterDelegation(context, args.invitationId),
    args: {
      invitationId: t.arg.id({ description: globalIdDescription('Invitation'), required: true }),
      input: t.arg({ description: MUTATION_INPUT_DESCRIPTION, type: DelegationInput, required: true }),
    },
    resolve: (_parent, args, context) => {
      const invitationId = idFromGlobalId({
        globalId: args.invitationId,
        typename: 'Invitation',
        path: 'invitationId',
      });
      const input = { invitationId, invitationKey: String(args.invitationId), delegation: args.input };
      return runInTransaction(context, (tx) => submitDelegation({ tx, actor: context, now: context.now(), input }));
    },
  }),

  amendDelegation: t.field({
    type: DelegationRef,
    description:
      'Replaces the list of members. Send the version you read: if someone changed it since, you get a ConflictError. Changes after the deadline are kept and flagged.',
    errors: { types: MUTATION_ERRORS, dataField: { name: 'delegation', description: MUTATION_DATA_DESCRIPTION } },
    authScopes: (_parent, args, context) => mayAmendDelegation(context, args.delegationId),
    args: {
      delegationId: t.arg.id({ description: globalIdDescription('Delegation'), required: true }),
      version: t.arg.int({ description: VERSION_ARGUMENT_DESCRIPTION, required: true }),
      input: t.arg({
        description: 'The whole new list of members and consent: it replaces the stored one.',
        type: DelegationInput,
        required: true,
      }),
    },
    resolve: (_parent, args, context) => {
      const delegationId = idFromGlobalId({
        globalId: args.delegationId,
        typename: 'Delegation',
        path: 'delegationId',
      });
      const input = {
        delegationId,
        delegationKey: String(args.delegationId),
        version: args.version,
        delegation: args.input,
      };
      return runInTransaction(context, (tx) => amendDelegation({ tx, actor: context, now: context.now(), input }));
    },
  }),

  recordCredentials: t.field({
    type: DelegationRef,
    description:
      'Records the credentials the secretariat received for a State Party’s delegation (replacing any recorded before).',
    errors: { types: MUTATION_ERRORS, dataField: { name: 'delegation', description: MUTATION_DATA_DESCRIPTION } },
    authScopes: { secretariat: true },
    args: {
      delegationId: t.arg.id({ description: globalIdDescription('Delegation'), required: true }),
      input: t.arg({ description: MUTATION_INPUT_DESCRIPTION, type: CredentialsInput, required: true }),
    },
    resolve: (_parent, args, context) => {
      const delegationId = idFromGlobalId({
        globalId: args.delegationId,
        typename: 'Delegation',
        path: 'delegationId',
      });
      const input = { delegationId, delegationKey: String(args.delegationId), credentials: args.input };
      return runInTransaction(context, (tx) => recordCredentials({ tx, actor: context, now: context.now(), input }));
    },
  }),
}));
