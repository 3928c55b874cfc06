import { fromCalendarDate, toCalendarDate, type Prisma, type State } from '@plenary/db';
import { DEFAULT_CONVENTION_CODE, type TreatyStatus, type UnLanguage } from '@plenary/domain';
import { builder } from '../builder.ts';
import { listOrder } from './list-order.ts';
import { nodeConnection } from './node-connection.ts';
import { statesPageInOneStatement } from '../hot-reads/states-page.ts';
import { literalLikeText, searchTerm } from '../search/like-pattern.ts';
import { STANDING_COLUMNS, standingOn } from '../treaty/standing-on.ts';
import { RegionalGroupEnum, TreatyStatusEnum, LanguageEnum, UnStatusEnum } from './enums.ts';
import {
  CONVENTION_CODE_DESCRIPTION,
  ISO3_DESCRIPTION,
  LANGUAGE_DESCRIPTION,
  UPDATED_SINCE_DESCRIPTION,
  updatedAtDescription,
} from './shared-descriptions.ts';
import { TreatyStandingRef } from './treaty-record.ts';

const NAME_FIELDS = {
  AR: 'nameAr',
  ZH: 'nameZh',
  EN: 'nameEn',
  FR: 'nameFr',
  RU: 'nameRu',
  ES: 'nameEs',
} as const satisfies Record<UnLanguage, string>;

/** The SQL condition for "this State had status S under convention C on day D" (Art. 17, Art. 20). */
export function treatyStatusCondition(status: TreatyStatus, conventionCode: string, day: Date): Prisma.StateWhereInput {
  const convention = { code: conventionCode };
  const inForce = { entryIntoForceOn: { lte: day } };
  const notWithdrawn = { OR: [{ withdrawalEffectiveOn: null }, { withdrawalEffectiveOn: { gt: day } }] };
  const withdrawn = { withdrawalEffectiveOn: { lte: day } };
  switch (status) {
    case 'STATE_PARTY':
      return { treatyRecords: { some: { convention, ...inForce, ...notWithdrawn } } };
    case 'WITHDRAWN':
      return { treatyRecords: { some: { convention, ...withdrawn } } };
    case 'SIGNATORY':
      return {
        treatyRecords: {
          some: {
            convention,
            signedOn: { lte: day },
            OR: [{ entryIntoForceOn: null }, { entryIntoForceOn: { gt: day } }],
            AND: [notWithdrawn],
          },
        },
      };
    case 'NOT_PARTY':
      return {
        NOT: { treatyRecords: { some: { convention, OR: [{ signedOn: { lte: day } }, inForce, withdrawn] } } },
      };
  }
}

const StateNamesRef = builder.objectRef<Record<(typeof NAME_FIELDS)[UnLanguage], string>>('StateNames').implement({
  description: "A State's name in the six official languages of the United Nations.",
  fields: (t) => ({
    ar: t.exposeString('nameAr', { description: 'In Arabic.' }),
    zh: t.exposeString('nameZh', { description: 'In Chinese.' }),
    en: t.exposeString('nameEn', { description: 'In English.' }),
    fr: t.exposeString('nameFr', { description: 'In French.' }),
    ru: t.exposeString('nameRu', { description: 'In Russian.' }),
    es: t.exposeString('nameEs', { description: 'In Spanish.' }),
  }),
});

const NAME_SELECTION = { nameAr: true, nameZh: true, nameEn: true, nameFr: true, nameRu: true, nameEs: true } as const;

/** Only the asked language's column: a long page of States (a meeting's invitations) then maps one name each, not six. */
function nameSelection(language: UnLanguage): typeof NAME_SELECTION {
  // Typed as all six for the resolver, which reads only the one selected.
  return { [NAME_FIELDS[language]]: true } as unknown as typeof NAME_SELECTION;
}

export const StateRef = builder.prismaNode('State', {
  description:
    'A State, as the United Nations lists it: its names in the six UN languages, its codes, its UN standing and regional group, and its treaty record. Public.',
  // An unknown ID loads as null (node and nodes answer null), not as Prisma's not-found error.
  nullable: true,
  id: { field: 'id' },
  // Each field loads only the columns it reads: long pages (a meeting's invitations) then map far fewer values. The
  // ISO code always comes, as the Participant union tells a State from an organisation by it.
  select: { id: true, iso3: true },
  fields: (t) => ({
    iso3: t.exposeString('iso3', { description: 'ISO 3166-1 alpha-3 code.' }),
    iso2: t.exposeString('iso2', {
      description: 'ISO 3166-1 alpha-2 code, e.g. "NG"; null for the few States without one.',
      nullable: true,
    }),
    unShortName: t.exposeString('unShortName', {
      description:
        'The short name in the UN\'s terminology database (UNTERM), as used in lists of States, e.g. "Nigeria".',
    }),
    name: t.string({
      description: "The State's short name in one of the six UN languages.",
      args: { language: t.arg({ description: LANGUAGE_DESCRIPTION, type: LanguageEnum, defaultValue: 'EN' }) },
      select: (args) => nameSelection(args.language ?? 'EN'),
      resolve: (state, args) => state[NAME_FIELDS[args.language ?? 'EN']],
    }),
    names: t.field({
      description: "The State's short name in all six UN languages at once.",
      type: StateNamesRef,
      select: NAME_SELECTION,
      resolve: (state) => state,
    }),
    unStatus: t.expose('unStatus', {
      description: 'Whether the State is a UN Member, a General Assembly observer State or neither.',
      type: UnStatusEnum,
    }),
    regionalGroup: t.expose('regionalGroup', {
      description: 'The UN regional group the State belongs to; null for States in none.',
      type: RegionalGroupEnum,
      nullable: true,
    }),
    updatedAt: t.expose('updatedAt', {
      type: 'DateTime',
      description: updatedAtDescription(
        'its names, codes and UN standing, and its treaty records (a treaty action recorded moves it, as `treatyStatus` and `standing` read them). ' +
          'Its reports and delegations have their own `updatedAt`; `standing` on a day you choose also changes with that day, without a write',
      ),
    }),
    treatyStatus: t.prismaField({
      type: 'TreatyRecord',
      nullable: true,
      description: "The State's dated treaty record under a convention.",
      args: {
        convention: t.arg.string({ description: CONVENTION_CODE_DESCRIPTION, defaultValue: DEFAULT_CONVENTION_CODE }),
      },
      select: (args, _context, nestedSelection) => ({
        treatyRecords: nestedSelection({
          where: { convention: { code: args.convention ?? DEFAULT_CONVENTION_CODE } },
          take: 1,
        }),
      }),
      resolve: (_query, state) => state.treatyRecords[0] ?? null,
    }),
    standing: t.field({
      type: TreatyStandingRef,
      description:
        'Where the State stands under a convention on a day: State Party, signatory, withdrawn or not party.',
      args: {
        on: t.arg({
          description: 'The day to compute the standing for, as `YYYY-MM-DD`.',
          type: 'Date',
          required: true,
        }),
        convention: t.arg.string({ description: CONVENTION_CODE_DESCRIPTION, defaultValue: DEFAULT_CONVENTION_CODE }),
      },
      select: (args) => ({
        treatyRecords: {
          where: { convention: { code: args.convention ?? DEFAULT_CONVENTION_CODE } },
          select: { ...STANDING_COLUMNS, convention: true },
          take: 1,
        },
      }),
      resolve: (state, args) => {
        const date = toCalendarDate(args.on);
        const record = state.treatyRecords[0];
        if (!record)
          return {
            status: 'NOT_PARTY' as const,
            entryIntoForce: null,
            withdrawalEffective: null,
            depositedNotYetInForce: false,
            withdrawalPending: false,
            date,
          };
        return { ...standingOn(record, date), date };
      },
    }),
  }),
});

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
