import { readableBy } from '../../auth/readers.ts';
import { builder } from '../../builder.ts';
import { globalIdDescription, MUTATION_DATA_DESCRIPTION, MUTATION_INPUT_DESCRIPTION } from '../shared-descriptions.ts';
import { idFromGlobalId } from '../../mutations/global-id.ts';
import { runInTransaction } from '../../mutations/run-in-transaction.ts';
import { createApiKey, type CreatedApiKey } from '../../use-cases/api-keys/create-api-key.ts';
import { revokeApiKey } from '../../use-cases/api-keys/revoke-api-key.ts';
import { MUTATION_ERRORS } from '../errors.ts';
import { ApiKeyRef, ApiKeyScopeEnum } from './type.ts';

const CreateApiKeyInput = builder.inputType('CreateApiKeyInput', {
  description: 'A new API key for a partner.',
  fields: (t) => ({
    name: t.string({ required: true, description: 'Whom the key is for and why, e.g. "ICBL-CMC monitor".' }),
    organisationId: t.id({ description: 'The partner organisation the key is issued to.' }),
    scopes: t.field({
      description: 'What the key may read; at least one scope.',
      type: [ApiKeyScopeEnum],
      required: true,
    }),
    expiresAt: t.field({ type: 'DateTime', description: 'Left out: the key stays valid until revoked.' }),
  }),
});

builder.mutationFields((t) => ({
  createApiKey: t.field({
    type: ApiKeyRef,
    description: 'Issues an API key (ADMIN only). The key itself is in this answer and nowhere else: hand it over now.',
    errors: {
      types: MUTATION_ERRORS,
      dataField: { name: 'apiKey', description: MUTATION_DATA_DESCRIPTION, extensions: readableBy('ADMIN') },
      result: {
        fields: (result) => ({
          key: result.string({
            extensions: readableBy('ADMIN'),
            description: 'The whole key, plk_<prefix>_<secret>. Shown once; only a hash is kept.',
            resolve: (apiKey) => (apiKey as CreatedApiKey).key,
          }),
        }),
      },
    },
    authScopes: { admin: true },
    args: { input: t.arg({ description: MUTATION_INPUT_DESCRIPTION, type: CreateApiKeyInput, required: true }) },
    resolve: async (_parent, args, context) => {
      const { organisationId: organisationGlobalId, ...fields } = args.input;
      const organisationId = organisationGlobalId
        ? idFromGlobalId({ globalId: organisationGlobalId, typename: 'Organisation', path: 'organisationId' })
        : null;
      return runInTransaction(context, (tx) =>
        createApiKey({
          tx,
          actor: context,
          now: context.now(),
          input: { fields, organisationId, organisationKey: String(organisationGlobalId) },
        }),
      );
    },
  }),
  revokeApiKey: t.field({
    type: ApiKeyRef,
    description: 'Stops a key from working at once (ADMIN only). A revoked key stays listed, for the audit log.',
    errors: {
      types: MUTATION_ERRORS,
      dataField: { name: 'apiKey', description: MUTATION_DATA_DESCRIPTION, extensions: readableBy('ADMIN') },
    },
    authScopes: { admin: true },
    args: { id: t.arg.id({ description: globalIdDescription('ApiKey'), required: true }) },
    resolve: async (_parent, args, context) => {
      const apiKeyId = idFromGlobalId({ globalId: args.id, typename: 'ApiKey', path: 'id' });
      return runInTransaction(context, (tx) =>
        revokeApiKey({ tx, actor: context, now: context.now(), input: { apiKeyId, givenId: String(args.id) } }),
      );
    },
  }),
}));
