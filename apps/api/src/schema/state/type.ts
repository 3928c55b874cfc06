import { toCalendarDate } from '@plenary/db';
import { DEFAULT_CONVENTION_CODE, type UnLanguage } from '@plenary/domain';
import { builder } from '../../builder.ts';
import { STANDING_COLUMNS, standingOn } from '../../treaty/standing-on.ts';
import { RegionalGroupEnum, LanguageEnum, UnStatusEnum } from '../enums.ts';
import { CONVENTION_CODE_DESCRIPTION, LANGUAGE_DESCRIPTION, updatedAtDescription } from '../shared-descriptions.ts';
import { TreatyStandingRef } from '../treaty-record/type.ts';

/** The column of a State's short name in each UN language. */
export const NAME_FIELDS = {
  AR: 'nameAr',
  ZH: 'nameZh',
  EN: 'nameEn',
  FR: 'nameFr',
  RU: 'nameRu',
  ES: 'nameEs',
} as const satisfies Record<UnLanguage, string>;

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
        return { ...standingOn(state.treatyRecords[0], date), date };
      },
    }),
  }),
});
