import type { Prisma } from '@plenary/db';
import { SCALE_RATE_DECIMAL_PLACES } from '@plenary/domain/inputs/scale-input';
import { builder } from '../../builder.ts';
import { ISO3_DESCRIPTION } from '../shared-descriptions.ts';
import { nodeConnection } from '../node-connection.ts';

/** Rates are shown with at least the scale's three decimals ("22.000", "0.001"), and any finer agreed rate in full. */
export function formatRate(rate: Prisma.Decimal | null): string | null {
  return rate === null ? null : rate.toFixed(Math.max(SCALE_RATE_DECIMAL_PLACES, rate.decimalPlaces()));
}

const AssessmentRateRef = builder.prismaObject('AssessmentRate', {
  description: "One State's rate on a UN scale of assessment.",
  fields: (t) => ({
    state: t.relation('state', { description: 'The State the rate is for.' }),
    ratePercent: t.field({
      type: 'Decimal',
      description: 'The rate in per cent, e.g. "1.134".',
      resolve: (rate) => formatRate(rate.ratePercent) ?? '',
    }),
    verification: t.exposeString('verification', {
      nullable: true,
      description: 'How the rate was checked against its source.',
    }),
  }),
});

const AssessmentRateConnection = nodeConnection(AssessmentRateRef, 'AssessmentRate');

export const AssessmentScaleRef = builder.prismaNode('AssessmentScale', {
  // An unknown ID loads as null (node and nodes answer null), not as Prisma's not-found error.
  nullable: true,
  id: { field: 'id' },
  description: 'A UN scale of assessment for a period (2022-2024 under A/RES/76/238), imported with its source.',
  fields: (t) => ({
    name: t.exposeString('name', { description: 'E.g. "2022-2024".' }),
    firstYear: t.exposeInt('firstYear', { description: 'The first calendar year the scale applies to, e.g. 2022.' }),
    lastYear: t.exposeInt('lastYear', { description: 'The last calendar year the scale applies to, e.g. 2024.' }),
    resolution: t.exposeString('resolution', {
      description: 'The General Assembly resolution adopting it, e.g. "A/RES/76/238".',
    }),
    source: t.exposeString('source', { description: 'Where the rates were taken from.' }),
    complete: t.exposeBoolean('complete', {
      description:
        'True when the whole UN scale is held (every Member State, summing to 100 per cent). Shares cannot be issued on an incomplete scale that lacks a rate for a State sharing the cost.',
    }),
    importedAt: t.expose('importedAt', {
      description: 'When the scale was imported into Plenary (UTC).',
      type: 'DateTime',
    }),
    rates: t.relatedConnection(
      'rates',
      {
        cursor: 'id',
        totalCount: true,
        description: 'The rates, highest first.',
        query: () => ({ orderBy: [{ ratePercent: 'desc' }, { state: { iso3: 'asc' } }] }),
      },
      AssessmentRateConnection,
    ),
    rate: t.field({
      type: AssessmentRateRef,
      nullable: true,
      description: "One State's rate, or null when the scale has none for it.",
      args: { iso3: t.arg.string({ description: ISO3_DESCRIPTION, required: true }) },
      select: (args, _context, nestedSelection) => ({
        rates: nestedSelection({ where: { state: { iso3: args.iso3.trim().toUpperCase() } }, take: 1 }),
      }),
      resolve: (scale) => scale.rates[0] ?? null,
    }),
  }),
});
