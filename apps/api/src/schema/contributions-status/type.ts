import { resolveArrayConnection } from '@pothos/plugin-relay';
import { CONTRIBUTION_DUE_DAYS } from '@plenary/domain';
import { builder, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../../builder.ts';
import { nodeConnection } from '../node-connection.ts';
import {
  type LoadedContributionsStatus,
  type LoadedStateContributions,
} from '../../use-cases/contributions/load-contributions-status.ts';
import { ConventionRef } from '../convention/type.ts';
import { ContributionTotalsRef, MeetingContributionRef } from './amounts.ts';

// The status of contributions is public, as the UN's status of its own assessed contributions is; each payment and
// its reference are not (auth/contribution-rules.ts, applied where payments are read: Payment, CostShare.payments).
export const PUBLIC_NOTE =
  'Public, as the UN publishes the status of its own assessed contributions; each payment is for the secretariat and the State concerned (`CostShare.payments`).';

export const StateContributionsRef = builder
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

export const ContributionsStatusRef = builder.objectRef<LoadedContributionsStatus>('ContributionsStatus').implement({
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
