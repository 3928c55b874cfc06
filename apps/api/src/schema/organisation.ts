import { ORGANISATION_KINDS, type UnLanguage } from '@plenary/domain';
import type { Prisma } from '@plenary/db';
import { builder } from '../builder.ts';
import { listOrder } from './list-order.ts';
import { nodeConnection } from './node-connection.ts';
import { describedValues } from './described-values.ts';
import { LanguageEnum } from './enums.ts';
import { CONVENTION_CODE_DESCRIPTION, LANGUAGE_DESCRIPTION, updatedAtDescription } from './shared-descriptions.ts';

/** An organisation is recorded under its English name and, where it has one, its French name. */
function organisationName(organisation: { name: string; nameFr: string | null }, language: UnLanguage): string {
  return language === 'FR' ? (organisation.nameFr ?? organisation.name) : organisation.name;
}

const OrganisationKindEnum = builder.enumType('OrganisationKind', {
  description: 'What kind of organisation an observer is.',
  values: describedValues(ORGANISATION_KINDS, {
    UN_ENTITY: 'The United Nations or one of its entities (e.g. UNDP, UNICEF, UNMAS).',
    INTERNATIONAL_ORGANISATION: 'An intergovernmental organisation.',
    REGIONAL_ORGANISATION: 'A regional intergovernmental organisation (e.g. the African Union, the European Union).',
    ICRC: 'The International Committee of the Red Cross.',
    IFRC: 'The International Federation of Red Cross and Red Crescent Societies.',
    NGO: 'A non-governmental organisation (e.g. the Cluster Munition Coalition).',
  }),
});

export const OrganisationRef = builder.prismaNode('Organisation', {
  description:
    'An international organisation, UN entity or non-governmental organisation that observes meetings (rules of procedure 1.2 and 1.3). Public.',
  // An unknown ID loads as null (node and nodes answer null), not as Prisma's not-found error.
  nullable: true,
  id: { field: 'id' },
  // Each field loads only the columns it reads.
  select: { id: true },
  fields: (t) => ({
    acronym: t.exposeString('acronym', {
      description: 'The organisation\'s acronym or short name, e.g. "ICRC"; unique.',
    }),
    name: t.string({
      description:
        "The organisation's name in one of the six UN languages, as `State.name`: the French name where one is recorded, else (and in the other languages) the English name, which is how the UN lists most organisations.",
      args: { language: t.arg({ description: LANGUAGE_DESCRIPTION, type: LanguageEnum, defaultValue: 'EN' }) },
      select: { name: true, nameFr: true },
      resolve: (organisation, args) => organisationName(organisation, args.language ?? 'EN'),
    }),
    kind: t.expose('kind', { description: 'What kind of organisation this is.', type: OrganisationKindEnum }),
    website: t.exposeString('website', {
      description: "The organisation's website (an absolute URL); null when not recorded.",
      nullable: true,
    }),
    updatedAt: t.expose('updatedAt', {
      type: 'DateTime',
      description: updatedAtDescription('its names, kind and website'),
    }),
    observesAsOfRight: t.boolean({
      description: "Observes the convention's meetings as of right (rules of procedure 1.2).",
      args: { convention: t.arg.string({ description: CONVENTION_CODE_DESCRIPTION, defaultValue: 'CCM' }) },
      select: (args) => ({
        observerRights: { where: { convention: { code: args.convention ?? 'CCM' } }, select: { rule: true } },
      }),
      resolve: (organisation) => organisation.observerRights.length > 0,
    }),
  }),
});

const OrganisationConnection = nodeConnection(OrganisationRef, 'Organisation');

const ORGANISATION_ORDER = listOrder({
  node: 'Organisation',
  fields: {
    // The acronym is unique, so it orders without a tie.
    ACRONYM: {
      description: 'The acronym, e.g. "ICRC".',
      orderBy: (direction): Prisma.OrganisationOrderByWithRelationInput[] => [{ acronym: direction }],
    },
    NAME: {
      description: 'The English name.',
      orderBy: (direction): Prisma.OrganisationOrderByWithRelationInput[] => [{ name: direction }, { id: 'asc' }],
    },
    UPDATED_AT: {
      description: 'When its names, kind or website last changed (`updatedAt`).',
      orderBy: (direction): Prisma.OrganisationOrderByWithRelationInput[] => [{ updatedAt: direction }, { id: 'asc' }],
    },
  },
  defaultOrder: { field: 'ACRONYM', direction: 'ASC' },
});

builder.queryFields((t) => ({
  organisations: t.prismaConnection(
    {
      description: 'The organisations known to the secretariat, by acronym unless `orderBy` says otherwise. Public.',
      type: 'Organisation',
      cursor: 'id',
      args: { orderBy: t.arg(ORGANISATION_ORDER.arg) },
      extensions: ORGANISATION_ORDER.extensions,
      totalCount: (_parent, _args, context) => context.prisma.organisation.count(),
      resolve: (query, _parent, args, context) =>
        context.prisma.organisation.findMany({ ...query, orderBy: ORGANISATION_ORDER.prismaOrderBy(args.orderBy) }),
    },
    OrganisationConnection,
  ),
}));
