import { API_KEY_SCOPES } from '@plenary/domain';
import { readRule } from '../auth/node-read-rules.ts';
import { readableBy } from '../auth/readers.ts';
import { builder } from '../builder.ts';
import { nodeConnection } from './node-connection.ts';
import { describedValues } from './described-values.ts';
import { globalIdDescription, MUTATION_DATA_DESCRIPTION, MUTATION_INPUT_DESCRIPTION } from './shared-descriptions.ts';
import { isAdmin } from '../context.ts';
import { idFromGlobalId } from '../mutations/global-id.ts';
import { runInTransaction } from '../mutations/run-in-transaction.ts';
import { createApiKey, type CreatedApiKey } from '../use-cases/api-keys/create-api-key.ts';
import { revokeApiKey } from '../use-cases/api-keys/revoke-api-key.ts';
import { MUTATION_ERRORS } from './errors.ts';

const API_KEY_STATUSES = ['ACTIVE', 'EXPIRED', 'REVOKED'] as const;

export const ApiKeyScopeEnum = builder.enumType('ApiKeyScope', {
  values: describedValues(API_KEY_SCOPES, {
    READ_PUBLIC: 'Read the public data anyone may read, at the rate limit of a key.',
  }),
  description:
    'READ_PUBLIC: the public data anyone may read (treaty status, meetings, invitations, published reports, compliance, cost shares), at the rate limit of a key.',
});
const ApiKeyStatusEnum = builder.enumType('ApiKeyStatus', {
  description: 'Whether an API key works now.',
  values: describedValues(API_KEY_STATUSES, {
    ACTIVE: 'The key works.',
    EXPIRED: 'The key passed its `expiresAt` and no longer works.',
    REVOKED: 'An ADMIN revoked the key; it no longer works.',
  }),
});

export const ApiKeyRef = builder.prismaNode('ApiKey', {
  // An unknown ID loads as null (node and nodes answer null), not as Prisma's not-found error.
  nullable: true,
  id: { field: 'id' },
  description:
    "A partner's key for the API, sent as `X-API-Key: plk_<prefix>_<secret>`. ADMIN only, also through `node`.",
  authScopes: readRule('ApiKey', isAdmin),
  extensions: readableBy('ADMIN'),
  fields: (t) => ({
    name: t.exposeString('name', { description: 'Whom the key is for and why, e.g. "ICBL-CMC monitor".' }),
    prefix: t.exposeString('prefix', { description: 'The visible part of the key, to recognise it: plk_<prefix>_…' }),
    scopes: t.expose('scopes', { description: 'What the key may read.', type: [ApiKeyScopeEnum] }),
    organisation: t.relation('organisation', {
      nullable: true,
      description: 'The partner organisation the key was issued to.',
    }),
    createdBy: t.relation('createdBy', { description: 'The ADMIN user who issued the key.' }),
    createdAt: t.expose('createdAt', { description: 'When the key was issued (UTC).', type: 'DateTime' }),
    expiresAt: t.expose('expiresAt', {
      description: 'When the key stops working (UTC); null: valid until revoked.',
      type: 'DateTime',
      nullable: true,
    }),
    revokedAt: t.expose('revokedAt', {
      description: 'When the key was revoked (UTC); null while it is not.',
      type: 'DateTime',
      nullable: true,
    }),
    lastUsedAt: t.expose('lastUsedAt', {
      type: 'DateTime',
      nullable: true,
      description:
        'When the key last made a request, to the minute; null if it never has. A key nobody uses can be revoked.',
    }),
    status: t.field({
      description: 'Whether the key works now: ACTIVE, EXPIRED or REVOKED.',
      type: ApiKeyStatusEnum,
      resolve: (apiKey, _args, context) => {
        if (apiKey.revokedAt) return 'REVOKED';
        return apiKey.expiresAt && apiKey.expiresAt <= context.now() ? 'EXPIRED' : 'ACTIVE';
      },
    }),
  }),
});

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

const ApiKeyConnection = nodeConnection(ApiKeyRef, 'ApiKey');

builder.queryFields((t) => ({
  apiKeys: t.prismaConnection(
    {
      type: 'ApiKey',
      cursor: 'id',
      description: 'API keys, newest first (ADMIN only).',
      authScopes: { admin: true },
      totalCount: (_parent, _args, context) => context.prisma.apiKey.count(),
      resolve: (query, _parent, _args, context) =>
        context.prisma.apiKey.findMany({ ...query, orderBy: [{ createdAt: 'desc' }, { id: 'asc' }] }),
    },
    ApiKeyConnection,
  ),
}));

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
