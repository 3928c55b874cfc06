import { type Prisma } from '@plenary/db';
import { readableBy, SECRETARIAT_AND_OWN_STATE } from '../../auth/readers.ts';
import { builder } from '../../builder.ts';
import { listOrder } from '../list-order.ts';
import { reportWhere, StateReportFilter, TransparencyReportFilter } from './filters.ts';
import { TransparencyReportConnection } from './type.ts';

const REPORT_ORDER: Prisma.TransparencyReportOrderByWithRelationInput[] = [{ dueOn: 'desc' }, { id: 'asc' }];

const REPORT_LIST_ORDER = listOrder({
  node: 'TransparencyReport',
  fields: {
    DUE_ON: {
      description: 'The due date (`dueOn`).',
      orderBy: (direction): Prisma.TransparencyReportOrderByWithRelationInput[] => [
        { dueOn: direction },
        { id: 'asc' },
      ],
    },
    RECEIVED_ON: {
      description:
        'The day the report was received (`receivedOn`); reports not received come last ascending, first descending.',
      orderBy: (direction): Prisma.TransparencyReportOrderByWithRelationInput[] => [
        { receivedOn: { sort: direction, nulls: direction === 'asc' ? 'last' : 'first' } },
        { id: 'asc' },
      ],
    },
    UPDATED_AT: {
      description: 'When the report or its forms last changed (`updatedAt`).',
      orderBy: (direction): Prisma.TransparencyReportOrderByWithRelationInput[] => [
        { updatedAt: direction },
        { id: 'asc' },
      ],
    },
  },
  defaultOrder: { field: 'DUE_ON', direction: 'DESC' },
});

builder.queryField('transparencyReports', (t) =>
  t.prismaConnection(
    {
      type: 'TransparencyReport',
      cursor: 'id',
      description:
        'Article 7 reports, latest due first unless `orderBy` says otherwise. Anonymous callers and partners see published reports only.',
      args: {
        filter: t.arg({
          description: 'Which reports to list (default: all you may read).',
          type: TransparencyReportFilter,
        }),
        orderBy: t.arg(REPORT_LIST_ORDER.arg),
      },
      extensions: REPORT_LIST_ORDER.extensions,
      totalCount: (_parent, args, context) =>
        context.prisma.transparencyReport.count({ where: reportWhere(args.filter, context) }),
      resolve: (query, _parent, args, context) =>
        context.prisma.transparencyReport.findMany({
          ...query,
          where: reportWhere(args.filter, context),
          orderBy: REPORT_LIST_ORDER.prismaOrderBy(args.orderBy),
        }),
    },
    TransparencyReportConnection,
  ),
);

builder.prismaObjectField('State', 'reports', (t) =>
  t.relatedConnection(
    'reports',
    {
      cursor: 'id',
      totalCount: true,
      description:
        "The State's Article 7 reports, latest due first (unpublished ones only for the secretariat and the State itself).",
      extensions: readableBy(SECRETARIAT_AND_OWN_STATE, 'EVERYONE_ONCE_PUBLISHED'),
      args: {
        filter: t.arg({ description: 'Which reports to list (default: all you may read).', type: StateReportFilter }),
      },
      query: (args, context) => ({ where: reportWhere(args.filter, context), orderBy: REPORT_ORDER }),
    },
    TransparencyReportConnection,
  ),
);
