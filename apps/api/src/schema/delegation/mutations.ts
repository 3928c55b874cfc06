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
import { CredentialsInput, DelegationInput } from './inputs.ts';
import { DelegationRef } from './type.ts';

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
