import { builder } from '../builder.ts';

export const OfficeRef = builder.prismaObject('Office', {
  description: 'An office of the secretariat: it issues notes verbales and receives delegations and reports.',
  fields: (t) => ({
    code: t.exposeString('code'),
    name: t.exposeString('name'),
    letterhead: t.exposeString('letterhead', { nullable: true }),
    postalAddress: t.exposeString('postalAddress'),
    email: t.exposeString('email'),
    phone: t.exposeString('phone', { nullable: true }),
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
