import { toCalendarDate } from '@plenary/db';
import { createContextCache } from '@pothos/core';
import { resolveArrayConnection } from '@pothos/plugin-relay';
import {
  ARREARS_AGES,
  CONTRIBUTION_DUE_DAYS,
  DEFAULT_CONVENTION_CODE,
  type ContributionTotals,
  type MeetingContribution,
} from '@plenary/domain';
import { builder, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../builder.ts';
import { nodeConnection } from './node-connection.ts';
import { describedValues } from './described-values.ts';
import {
  AS_OF_DATE_DESCRIPTION,
  CONVENTION_CODE_DESCRIPTION,
  CURRENCY_DESCRIPTION,
  MONEY_DESCRIPTION,
} from './shared-descriptions.ts';
import type { Context } from '../context.ts';
import {
  loadContributionsStatus,
  type LoadedContributionsStatus,
  type LoadedStateContributions,
} from '../use-cases/contributions/load-contributions-status.ts';
import { ConventionRef } from './convention/type.ts';
import { CostShareRef } from './cost-share/type.ts';

// The status of contributions is public, as the UN's status of its own assessed contributions is; each payment and
// its reference are not (auth/contribution-rules.ts, applied where payments are read: Payment, CostShare.payments).
const PUBLIC_NOTE =
  'Public, as the UN publishes the status of its own assessed contributions; each payment is for the secretariat and the State concerned (`CostShare.payments`).';

// One load per convention and day in a request, shared by `contributionsStatus` and every `State.contributions`.
const statusCache = createContextCache((_context: Context) => new Map<string, Promise<LoadedContributionsStatus>>());

function contributionsStatusOf(
  context: Context,
  options: { conventionCode: string; asOf: string },
): Promise<LoadedContributionsStatus> {
  const cache = statusCache(context);
  const key = `${options.conventionCode}|${options.asOf}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const loading = loadContributionsStatus({ prisma: context.prisma, ...options });
  cache.set(key, loading);
  return loading;
}

export const ArrearsAgeEnum = builder.enumType('ArrearsAge', {
  values: describedValues(ARREARS_AGES, {
    NOT_YET_DUE: 'Outstanding but not yet due.',
    UNDER_ONE_YEAR: 'Due for less than one year.',
    ONE_TO_TWO_YEARS: 'Due for one year or more, but less than two.',
    OVER_TWO_YEARS: 'Due for two years or more.',
  }),
  description: `How long an amount has been outstanding past its due date (${CONTRIBUTION_DUE_DAYS} days after the shares were issued): not yet due, under one year, one to two years, over two years.`,
});

const ContributionTotalsRef = builder.objectRef<ContributionTotals>('ContributionTotals').implement({
  description:
    'Sums in one currency (amounts in different currencies are never added); the four arrears add up to `outstanding`.',
  fields: (t) => ({
    currency: t.exposeString('currency', { description: CURRENCY_DESCRIPTION }),
    amountAssessed: t.field({
      description: `What was assessed: ${MONEY_DESCRIPTION}.`,
      type: 'Decimal',
      resolve: (totals) => totals.amountAssessed,
    }),
    paid: t.field({
      description: `What was paid: ${MONEY_DESCRIPTION}.`,
      type: 'Decimal',
      resolve: (totals) => totals.paid,
    }),
    outstanding: t.field({
      description: `What remains to be paid: ${MONEY_DESCRIPTION}; the four arrears below add up to it.`,
      type: 'Decimal',
      resolve: (totals) => totals.outstanding,
    }),
    credit: t.field({
      type: 'Decimal',
      description: 'Paid beyond shares lowered by a re-issue; never set against another meeting.',
      resolve: (totals) => totals.credit,
    }),
    notYetDue: t.field({
      description: 'Outstanding and not yet due.',
      type: 'Decimal',
      resolve: (totals) => totals.arrears.NOT_YET_DUE,
    }),
    underOneYear: t.field({
      description: 'Outstanding and due for less than one year.',
      type: 'Decimal',
      resolve: (totals) => totals.arrears.UNDER_ONE_YEAR,
    }),
    oneToTwoYears: t.field({
      description: 'Outstanding and due for one to two years.',
      type: 'Decimal',
      resolve: (totals) => totals.arrears.ONE_TO_TWO_YEARS,
    }),
    overTwoYears: t.field({
      description: 'Outstanding and due for two years or more.',
      type: 'Decimal',
      resolve: (totals) => totals.arrears.OVER_TWO_YEARS,
    }),
  }),
});

const MeetingContributionRef = builder.objectRef<MeetingContribution>('MeetingContribution').implement({
  description:
    "What a State owes for one meeting on the day of the status, by the issue of the meeting's shares in force that day.",
  fields: (t) => ({
    // Prisma answers the lookups of a page by ID with one statement each for meetings and shares.
    meeting: t.prismaField({
      description: 'The meeting whose costs the share is for.',
      type: 'Meeting',
      resolve: (query, line, _args, context) =>
        context.prisma.meeting.findUniqueOrThrow({ ...query, where: { id: line.meetingId } }),
    }),
    costShare: t.prismaField({
      type: CostShareRef,
      description:
        'The share as issued, with its assessment notice and (for the secretariat and the State) its payments.',
      resolve: (query, line, _args, context) =>
        context.prisma.costShare.findUniqueOrThrow({ ...query, where: { id: line.shareId } }),
    }),
    issueVersion: t.exposeInt('issueVersion', {
      description: "The version of the meeting's cost-share issue in force on the day.",
    }),
    issuedOn: t.field({ description: 'The day that issue was made.', type: 'Date', resolve: (line) => line.issuedOn }),
    dueOn: t.field({
      type: 'Date',
      description: `${CONTRIBUTION_DUE_DAYS} days after the shares were issued (UN financial regulation 3.4).`,
      resolve: (line) => line.dueOn,
    }),
    currency: t.exposeString('currency', { description: CURRENCY_DESCRIPTION }),
    assessed: t.exposeBoolean('assessed', {
      description: 'False for a payer without a rate, listed only for what it paid under an earlier issue.',
    }),
    amountAssessed: t.field({
      description: `The State's share: ${MONEY_DESCRIPTION}; zero when unassessed.`,
      type: 'Decimal',
      resolve: (line) => line.amountAssessed,
    }),
    paid: t.field({
      type: 'Decimal',
      description: 'Payments received by the day, against any issue of the meeting’s shares.',
      resolve: (line) => line.paid,
    }),
    outstanding: t.field({
      description: `What remains to be paid, never below zero: ${MONEY_DESCRIPTION}.`,
      type: 'Decimal',
      resolve: (line) => line.outstanding,
    }),
    credit: t.field({
      description:
        'Paid beyond the share, when a re-issue lowered it below what the State had paid; never set against another meeting.',
      type: 'Decimal',
      resolve: (line) => line.credit,
    }),
    arrearsAge: t.field({
      type: ArrearsAgeEnum,
      nullable: true,
      description: 'How long what is outstanding has been due; null when nothing is.',
      resolve: (line) => line.arrearsAge,
    }),
  }),
});

const StateContributionsRef = builder
  .objectRef<Pick<LoadedStateContributions, 'stateId' | 'meetings' | 'totals'>>('StateContributions')
  .implement({
    description: `What one State owes across meetings: per meeting, and in total per currency. ${PUBLIC_NOTE}`,
    fields: (t) => ({
      state: t.prismaField({
        description: 'The State.',
        type: 'State',
        resolve: (query, line, _args, context) =>
          context.prisma.state.findUniqueOrThrow({ ...query, where: { id: line.stateId } }),
      }),
      totals: t.field({
        type: [ContributionTotalsRef],
        description: 'One entry per currency, by currency code.',
        resolve: (line) => line.totals,
      }),
      meetings: t.field({
        type: [MeetingContributionRef],
        description: 'Oldest issue first.',
        resolve: (line) => line.meetings,
      }),
    }),
  });

const StateContributionsConnection = nodeConnection(StateContributionsRef, 'StateContributions');

const ContributionsStatusRef = builder.objectRef<LoadedContributionsStatus>('ContributionsStatus').implement({
  description: `The status of contributions to the costs of meetings (Art. 14), State by State: assessed, paid, outstanding and arrears by age. ${PUBLIC_NOTE}`,
  fields: (t) => ({
    convention: t.field({
      description: "The convention whose meetings' costs are counted.",
      type: ConventionRef,
      resolve: (status) => status.convention,
    }),
    asOf: t.field({
      type: 'Date',
      description:
        'Shares issued and payments received by the end of this day count; each meeting with its issue in force then.',
      resolve: (status) => status.asOf,
    }),
    dueDays: t.int({
      description: 'Days after the shares were issued that they fall due.',
      resolve: () => CONTRIBUTION_DUE_DAYS,
    }),
    totals: t.field({
      type: [ContributionTotalsRef],
      description: 'All States, per currency.',
      resolve: (status) => status.totals,
    }),
    states: t.connection(
      {
        type: StateContributionsRef,
        description: 'The States with a share or a payment, in alphabetical order of their English names.',
        args: {
          inArrears: t.arg.boolean({
            description: 'Only the States with something outstanding past its due date (true), or without (false).',
          }),
        },
        resolve: (status, args) => {
          const inArrears = (line: LoadedStateContributions) =>
            line.meetings.some((meeting) => meeting.arrearsAge !== null && meeting.arrearsAge !== 'NOT_YET_DUE');
          const lines =
            args.inArrears == null ? status.states : status.states.filter((line) => inArrears(line) === args.inArrears);
          return {
            ...resolveArrayConnection({ args, defaultSize: DEFAULT_PAGE_SIZE, maxSize: MAX_PAGE_SIZE }, lines),
            totalCount: lines.length,
          };
        },
      },
      StateContributionsConnection,
    ),
  }),
});

builder.queryField('contributionsStatus', (t) =>
  t.field({
    type: ContributionsStatusRef,
    description: `The status of contributions on \`asOf\` (default: today): per State, what was assessed for each meeting, paid and outstanding, with arrears by age. ${PUBLIC_NOTE} As CSV or PDF: GET /documents/contributions/status.(csv|pdf)?asOf=YYYY-MM-DD&language=EN|FR.`,
    args: {
      convention: t.arg.string({ description: CONVENTION_CODE_DESCRIPTION, defaultValue: DEFAULT_CONVENTION_CODE }),
      asOf: t.arg({ description: AS_OF_DATE_DESCRIPTION, type: 'Date' }),
    },
    resolve: (_parent, args, context) =>
      contributionsStatusOf(context, {
        conventionCode: args.convention ?? DEFAULT_CONVENTION_CODE,
        asOf: toCalendarDate(args.asOf ?? context.now()),
      }),
  }),
);

builder.prismaObjectField('State', 'contributions', (t) =>
  t.field({
    type: StateContributionsRef,
    description: `What the State owes across meetings on \`asOf\` (default: today); empty when it has no share. ${PUBLIC_NOTE}`,
    args: {
      convention: t.arg.string({ description: CONVENTION_CODE_DESCRIPTION, defaultValue: DEFAULT_CONVENTION_CODE }),
      asOf: t.arg({ description: AS_OF_DATE_DESCRIPTION, type: 'Date' }),
    },
    select: { id: true },
    resolve: async (state, args, context) => {
      const status = await contributionsStatusOf(context, {
        conventionCode: args.convention ?? DEFAULT_CONVENTION_CODE,
        asOf: toCalendarDate(args.asOf ?? context.now()),
      });
      return status.states.find((line) => line.stateId === state.id) ?? { stateId: state.id, meetings: [], totals: [] };
    },
  }),
);
