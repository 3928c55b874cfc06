import { toCalendarDate } from '@plenary/db';
import { createContextCache } from '@pothos/core';
import { DEFAULT_CONVENTION_CODE } from '@plenary/domain';
import { builder } from '../../builder.ts';
import { AS_OF_DATE_DESCRIPTION, CONVENTION_CODE_DESCRIPTION } from '../shared-descriptions.ts';
import type { Context } from '../../context.ts';
import {
  loadContributionsStatus,
  type LoadedContributionsStatus,
} from '../../use-cases/contributions/load-contributions-status.ts';
import { ContributionsStatusRef, PUBLIC_NOTE, StateContributionsRef } from './type.ts';

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
