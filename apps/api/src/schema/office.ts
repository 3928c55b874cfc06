import { DEFAULT_CONVENTION_CODE } from '@plenary/domain';
import { EVERYONE, readableBy } from '../auth/readers.ts';
import { builder } from '../builder.ts';

builder.prismaObject('Office', {
  description: 'An office of the secretariat: it issues notes verbales and receives delegations and reports.',
  fields: (t) => ({
    code: t.exposeString('code', { description: 'The office\'s code, e.g. "ODA-GENEVA"; inputs name offices by it.' }),
    name: t.exposeString('name', { description: "The office's name in English, as it signs notes verbales." }),
    letterhead: t.exposeString('letterhead', {
      description: 'The letterhead printed at the top of its notes; null when it uses none.',
      nullable: true,
    }),
    postalAddress: t.exposeString('postalAddress', {
      description: "The office's postal address, as printed on its notes.",
    }),
    // The office's own, printed on every note verbale.
    email: t.exposeString('email', {
      description: 'The address delegations and reports are sent to. Public.',
      extensions: readableBy(EVERYONE),
    }),
    phone: t.exposeString('phone', {
      description: "The office's telephone number in international format; null when not published.",
      nullable: true,
      extensions: readableBy(EVERYONE),
    }),
  }),
});

builder.prismaObject('GeneralAssemblyResolution', {
  description: 'A General Assembly resolution that asks the Secretary-General to convene a meeting.',
  fields: (t) => ({
    number: t.exposeString('number', { description: 'The resolution\'s number, e.g. "77/79".' }),
    symbol: t.exposeString('symbol', { description: 'The resolution\'s document symbol, e.g. "A/RES/77/79".' }),
    title: t.exposeString('title', { description: "The resolution's title." }),
    adoptedOn: t.expose('adoptedOn', { description: 'The day the General Assembly adopted it.', type: 'Date' }),
    conveningParagraph: t.exposeInt('conveningParagraph', {
      description:
        'The operative paragraph asking the Secretary-General to convene the meeting; null when not recorded.',
      nullable: true,
    }),
    reportingParagraph: t.exposeInt('reportingParagraph', {
      description: 'The operative paragraph about Article 7 reporting, cited in notes; null when none.',
      nullable: true,
    }),
  }),
});

builder.queryFields((t) => ({
  offices: t.prismaField({
    type: ['Office'],
    description: 'The offices of the secretariat, by code: those that may issue a convening note or serve a meeting.',
    resolve: (query, _parent, _args, context) => context.prisma.office.findMany({ ...query, orderBy: { code: 'asc' } }),
  }),
  generalAssemblyResolutions: t.prismaField({
    type: ['GeneralAssemblyResolution'],
    description:
      'The General Assembly resolutions under which meetings of the convention are convened, the latest first.',
    args: {
      convention: t.arg.string({ defaultValue: DEFAULT_CONVENTION_CODE, description: 'Convention code, e.g. "CCM".' }),
    },
    resolve: (query, _parent, args, context) =>
      context.prisma.generalAssemblyResolution.findMany({
        ...query,
        where: { convention: { code: args.convention ?? DEFAULT_CONVENTION_CODE } },
        orderBy: [{ adoptedOn: 'desc' }, { number: 'asc' }],
      }),
  }),
}));
