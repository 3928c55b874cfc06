import { ORGANISATION_KINDS } from '@plenary/domain';
import { builder } from '../builder.ts';

const OrganisationKindEnum = builder.enumType('OrganisationKind', { values: ORGANISATION_KINDS });

export const OrganisationRef = builder.prismaNode('Organisation', {
  // An unknown ID loads as null (node and nodes answer null), not as Prisma's not-found error.
  nullable: true,
  id: { field: 'id' },
  // Each field loads only the columns it reads.
  select: { id: true },
  fields: (t) => ({
    acronym: t.exposeString('acronym'),
    name: t.exposeString('name'),
    nameFr: t.exposeString('nameFr', { nullable: true }),
    kind: t.expose('kind', { type: OrganisationKindEnum }),
    website: t.exposeString('website', { nullable: true }),
    observesAsOfRight: t.boolean({
      description: 'Observes the convention\'s meetings as of right (rules of procedure 1.2).',
      args: { convention: t.arg.string({ defaultValue: 'CCM' }) },
      select: (args) => ({ observerRights: { where: { convention: { code: args.convention ?? 'CCM' } }, select: { rule: true } } }),
      resolve: (organisation) => organisation.observerRights.length > 0,
    }),
  }),
});

builder.queryFields((t) => ({
  organisations: t.prismaConnection({
    type: 'Organisation',
    cursor: 'id',
    totalCount: (_parent, _args, context) => context.prisma.organisation.count(),
    resolve: (query, _parent, _args, context) => context.prisma.organisation.findMany({ ...query, orderBy: [{ acronym: 'asc' }] }),
  }),
}));
