import {
  ARREARS_AGES,
  CONTRIBUTION_DUE_DAYS,
  type ContributionTotals,
  type MeetingContribution,
} from '@plenary/domain';
import { builder } from '../../builder.ts';
import { describedValues } from '../described-values.ts';
import { CURRENCY_DESCRIPTION, MONEY_DESCRIPTION } from '../shared-descriptions.ts';
import { CostShareRef } from '../cost-share/type.ts';

// What is owed, paid and outstanding: per meeting for a State, and summed per currency.

export const ArrearsAgeEnum = builder.enumType('ArrearsAge', {
  values: describedValues(ARREARS_AGES, {
    NOT_YET_DUE: 'Outstanding but not yet due.',
    UNDER_ONE_YEAR: 'Due for less than one year.',
    ONE_TO_TWO_YEARS: 'Due for one year or more, but less than two.',
    OVER_TWO_YEARS: 'Due for two years or more.',
  }),
  description: `How long an amount has been outstanding past its due date (${CONTRIBUTION_DUE_DAYS} days after the shares were issued): not yet due, under one year, one to two years, over two years.`,
});

export const ContributionTotalsRef = builder.objectRef<ContributionTotals>('ContributionTotals').implement({
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

export const MeetingContributionRef = builder.objectRef<MeetingContribution>('MeetingContribution').implement({
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
