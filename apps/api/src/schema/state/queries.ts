import { fromCalendarDate, toCalendarDate, type Prisma, type State } from '@plenary/db';
import { DEFAULT_CONVENTION_CODE } from '@plenary/domain';
import { builder } from '../../builder.ts';
import { statesPageInOneStatement } from '../../hot-reads/states-page.ts';
import { literalLikeText, searchTerm } from '../../search/like-pattern.ts';
import { treatyStatusCondition } from '../../treaty/status-condition.ts';
import { RegionalGroupEnum, TreatyStatusEnum } from '../enums.ts';
import { listOrder } from '../list-order.ts';
import { nodeConnection } from '../node-connection.ts';
import { CONVENTION_CODE_DESCRIPTION, ISO3_DESCRIPTION, UPDATED_SINCE_DESCRIPTION } from '../shared-descriptions.ts';
import { NAME_FIELDS, StateRef } from './type.ts';

const StateFilter = builder.inputType('StateFilter', {
  description: 'Which States to list; conditions combine with AND. Omit a field to not filter by it.',
  fields: (t) => ({
    status: t.field({ type: TreatyStatusEnum, description: 'Only States with this treaty status on `on`.' }),
    on: t.field({ type: 'Date', description: 'The day the status refers to (default: today).' }),
    convention: t.string({
      description: CONVENTION_CODE_DESCRIPTION + ' `status` is read under this convention.',
      defaultValue: DEFAULT_CONVENTION_CODE,
    }),
    regionalGroup: t.field({ description: 'Only States in this UN regional group.', type: RegionalGroupEnum }),
    search: t.string({ description: 'Part of a name in any of the six UN languages, or an ISO code.' }),
    updatedSince: t.field({ type: 'DateTime', description: UPDATED_SINCE_DESCRIPTION }),
  }),
});

function stateWhere(filter: typeof StateFilter.$inferInput | null | undefined, today: Date): Prisma.StateWhereInput {
  if (!filter) return {};
  const conditions: Prisma.StateWhereInput[] = [];
  if (filter.status) {
    const day = fromCalendarDate(filter.on ?? toCalendarDate(today));
    conditions.push(treatyStatusCondition(filter.status, filter.convention ?? DEFAULT_CONVENTION_CODE, day));
  }
  if (filter.regionalGroup) conditions.push({ regionalGroup: filter.regionalGroup });
  if (filter.updatedSince) conditions.push({ updatedAt: { gte: filter.updatedSince } });
  const search = searchTerm(filter.search, 'filter.search');
  if (search) {
    // The UN's names print the typographic apostrophe ("Côte d’Ivoire"); a keyboard types the straight one.
    const spellings = [...new Set([search, search.replace(/’/g, "'"), search.replace(/'/g, '’')])];
    conditions.push({
      OR: [
        { iso3: { equals: search.toUpperCase() } },
        ...spellings.flatMap((spelling) => [
          ...Object.values(NAME_FIELDS).map((field) => ({
            [field]: { contains: literalLikeText(spelling), mode: 'insensitive' as const },
          })),
          { unShortName: { contains: literalLikeText(spelling), mode: 'insensitive' as const } },
        ]),
      ],
    });
  }
  return { AND: conditions };
}

const StateConnection = nodeConnection(StateRef, 'State');

const STATE_ORDER = listOrder({
  node: 'State',
  fields: {
    NAME: {
      description: 'The English short name.',
      orderBy: (direction): Prisma.StateOrderByWithRelationInput[] => [{ nameEn: direction }, { id: 'asc' }],
    },
    ISO3: {
      description: 'The ISO 3166-1 alpha-3 code.',
      orderBy: (direction): Prisma.StateOrderByWithRelationInput[] => [{ iso3: direction }, { id: 'asc' }],
    },
    UPDATED_AT: {
      description: 'When the State or its treaty record last changed (`updatedAt`).',
      orderBy: (direction): Prisma.StateOrderByWithRelationInput[] => [{ updatedAt: direction }, { id: 'asc' }],
    },
  },
  defaultOrder: { field: 'NAME', direction: 'ASC' },
});

builder.queryFields((t) => ({
  states: t.prismaConnection(
    {
      type: 'State',
      cursor: 'id',
      description: 'States, in alphabetical order of their English name unless `orderBy` says otherwise.',
      args: {
        filter: t.arg({ description: 'Which States to list (default: all).', type: StateFilter }),
        orderBy: t.arg(STATE_ORDER.arg),
      },
      extensions: STATE_ORDER.extensions,
      totalCount: (_parent, args, context) =>
        context.prisma.state.count({ where: stateWhere(args.filter, context.now()) }),
      resolve: async (query, _parent, args, context) =>
        // The hot path reads the default order only. Typed as whole States by Pothos; the rows hold what the planned
        // selection asks, which is all its fields read.
        ((STATE_ORDER.isDefault(args.orderBy)
          ? await statesPageInOneStatement({ prisma: context.prisma, query, filter: args.filter, today: context.now() })
          : null) as State[] | null) ??
        context.prisma.state.findMany({
          ...query,
          where: stateWhere(args.filter, context.now()),
          orderBy: STATE_ORDER.prismaOrderBy(args.orderBy),
        }),
    },
    StateConnection,
  ),
  state: t.prismaField({
    description: 'One State by its ISO 3166-1 alpha-3 code; null when there is none. Public.',
    type: 'State',
    nullable: true,
    args: { iso3: t.arg.string({ description: ISO3_DESCRIPTION, required: true }) },
    resolve: (query, _parent, args, context) =>
      context.prisma.state.findUnique({ ...query, where: { iso3: args.iso3.trim().toUpperCase() } }),
  }),
}));
