import { builder } from '../../builder.ts';
import { CostEstimateConnection } from './type.ts';

builder.prismaObjectFields('Meeting', (t) => ({
  costEstimate: t.prismaField({
    type: 'CostEstimate',
    nullable: true,
    description: 'The current cost estimate: the latest version, or null before one is set.',
    select: (_args, _context, nestedSelection) => ({
      costEstimates: nestedSelection({ orderBy: { version: 'desc' }, take: 1 }),
    }),
    resolve: (_query, meeting) => meeting.costEstimates[0] ?? null,
  }),
  costEstimates: t.relatedConnection(
    'costEstimates',
    {
      cursor: 'id',
      totalCount: true,
      description: 'Every version of the cost estimate, latest first.',
      query: () => ({ orderBy: { version: 'desc' } }),
    },
    CostEstimateConnection,
  ),
}));
