import { builder } from '../../builder.ts';
import { nodeConnection } from '../node-connection.ts';
import { AssessmentScaleRef } from './type.ts';

const AssessmentScaleConnection = nodeConnection(AssessmentScaleRef, 'AssessmentScale');

builder.queryFields((t) => ({
  assessmentScales: t.prismaConnection(
    {
      type: 'AssessmentScale',
      cursor: 'id',
      description: 'The scales of assessment held, most recent period first.',
      totalCount: (_parent, _args, context) => context.prisma.assessmentScale.count(),
      resolve: (query, _parent, _args, context) =>
        context.prisma.assessmentScale.findMany({ ...query, orderBy: [{ firstYear: 'desc' }, { name: 'asc' }] }),
    },
    AssessmentScaleConnection,
  ),
  assessmentScale: t.prismaField({
    description: 'One scale of assessment by its name; null when there is none.',
    type: 'AssessmentScale',
    nullable: true,
    args: { name: t.arg.string({ required: true, description: 'E.g. "2022-2024".' }) },
    resolve: (query, _parent, args, context) =>
      context.prisma.assessmentScale.findUnique({ ...query, where: { name: args.name.trim() } }),
  }),
}));
