import { EVERYONE, readableBy } from '../auth/readers.ts';
import { builder } from '../builder.ts';
import { DEFAULT_CONVENTION_CODE } from './state.ts';

export const OfficeRef = builder.prismaObject('Office', {
  description: 'An office of the secretariat: it issues notes verbales and receives delegations and reports.',
  fields: (t) => ({
    code: t.exposeString('code'),
    name: t.exposeString('name'),
    letterhead: t.exposeString('letterhead', { nullable: true }),
    postalAddress: t.exposeString('postalAddress'),
    // The office's own, printed on every note verbale.
    email: t.exposeString('email', { extensions: readableBy(EVERYONE) }),
    phone: t.exposeString('phone', { nullable: true, extensions: readableBy(EVERYONE) }),
  }),
});

export const GeneralAssemblyResolutionRef = builder.prismaObject('GeneralAssemblyResolution', {
  description: 'A General Assembly resolution that asks the Secretary-General to convene a meeting.',
  fields: (t) => ({
    number: t.exposeString('number'),
    symbol: t.exposeString('symbol'),
    title: t.exposeString('title'),
    adoptedOn: t.expose('adoptedOn', { type: 'Date' }),
    conveningParagraph: t.exposeInt('conveningParagraph', { nullable: true }),
    reportingParagraph: t.exposeInt('reportingParagraph', { nullable: true }),
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
    description: 'The General Assembly resolutions under which meetings of the convention are convened, the latest first.',
    args: { convention: t.arg.string({ defaultValue: DEFAULT_CONVENTION_CODE, description: 'Convention code, e.g. "CCM".' }) },
    resolve: (query, _parent, args, context) =>
      context.prisma.generalAssemblyResolution.findMany({ ...query, where: { convention: { code: args.convention ?? DEFAULT_CONVENTION_CODE } }, orderBy: [{ adoptedOn: 'desc' }, { number: 'asc' }] }),
  }),
}));
