import type { Prisma } from '@plenary/db';
import { builder } from '../../builder.ts';
import { StateCostShareFilter, stateSharesWhere } from '../cost-share-filter.ts';
import { CostShareIssueConnection } from './issue.ts';
import { CostShareConnection, withOrder } from './type.ts';

// Cost shares as fields of the types they belong to: a meeting's issues and a State's shares.

const STATE_SHARE_ORDER: Prisma.CostShareOrderByWithRelationInput[] = [{ issue: { issuedAt: 'desc' } }, { id: 'asc' }];

builder.prismaObjectFields('Meeting', (t) => ({
  costShares: t.prismaField({
    type: 'CostShareIssue',
    nullable: true,
    description: 'The current issue of the cost shares, with what is paid and outstanding; null before any is issued.',
    // A promise only when the shares' `standing` filter reads the database before the page (cost-share-filter.ts):
    // a synchronous selection is planned into the meeting's own read, one statement fewer. plugin-prisma awaits a
    // promised selection at run time; its types would need `AsyncSelections` for every field, hence the cast.
    select: (_args, _context, nestedSelection) => {
      const costShareIssues = nestedSelection({ where: { supersededAt: null }, orderBy: { version: 'desc' }, take: 1 });
      const planned: unknown = costShareIssues;
      return (
        planned instanceof Promise
          ? planned.then((issues: unknown) => ({ costShareIssues: issues }))
          : { costShareIssues }
      ) as { costShareIssues: typeof costShareIssues };
    },
    resolve: (_query, meeting) => meeting.costShareIssues[0] ?? null,
  }),
  costShareIssues: t.relatedConnection(
    'costShareIssues',
    {
      cursor: 'id',
      totalCount: true,
      description: 'Every issue of the cost shares, latest first.',
      query: () => ({ orderBy: { version: 'desc' } }),
    },
    CostShareIssueConnection,
  ),
}));

builder.prismaObjectField('State', 'costShares', (t) =>
  t.relatedConnection(
    'costShares',
    {
      cursor: 'id',
      totalCount: true,
      description: "The State's shares of meetings' costs, latest issue first.",
      args: {
        filter: t.arg({
          description: 'Which shares to list (default: those of the current issue of each meeting).',
          type: StateCostShareFilter,
        }),
      },
      query: (args, context) => withOrder(stateSharesWhere(args.filter, context), STATE_SHARE_ORDER),
    },
    CostShareConnection,
  ),
);
