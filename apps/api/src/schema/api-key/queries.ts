import { builder } from '../../builder.ts';
import { nodeConnection } from '../node-connection.ts';
import { ApiKeyRef } from './type.ts';

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
