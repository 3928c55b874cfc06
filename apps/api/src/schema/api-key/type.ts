import { API_KEY_SCOPES } from '@plenary/domain/inputs/access-input';
import { readRule } from '../../auth/node-read-rules.ts';
import { readableBy } from '../../auth/readers.ts';
import { builder } from '../../builder.ts';
import { describedValues } from '../described-values.ts';
import { isAdmin } from '../../context.ts';

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
