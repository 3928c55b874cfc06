import type { Convention } from '@plenary/db';
import { NotFoundError, type ConventionRules } from '@plenary/domain';
import { builder } from '../builder.ts';
import { runInTransaction } from '../mutations/run-in-transaction.ts';
import { setReportRecordsBegin } from '../use-cases/reports/set-report-records-begin.ts';
import { MUTATION_ERRORS } from './errors.ts';
import { toCalendarDate } from './scalars.ts';
import { DEFAULT_CONVENTION_CODE } from './state.ts';

/** A stored convention's rules in the shape the domain's rule functions take. */
export function conventionRulesOf(convention: Convention): ConventionRules {
  return {
    conventionCode: convention.code,
    entryIntoForce: {
      instrumentsRequired: convention.fixedEntryIntoForceCount ?? 0,
      thresholdReachedOn: convention.fixedEntryIntoForceCutoffOn ? toCalendarDate(convention.fixedEntryIntoForceCutoffOn) : null,
      conventionEntryIntoForce: convention.fixedEntryIntoForceOn ? toCalendarDate(convention.fixedEntryIntoForceOn) : null,
      monthsAfterDepositMonth: convention.monthsAfterDepositMonth,
    },
    reporting: {
      initialReportDays: convention.initialReportDays,
      annualReportDueMonth: convention.annualReportDueMonth,
      annualReportDueDay: convention.annualReportDueDay,
      firstAnnualReport: convention.firstAnnualReportRule,
    },
    withdrawal: { noticeMonths: convention.withdrawalNoticeMonths },
    costSharing: { article: convention.costSharingArticle, text: convention.costSharingText, defaultPayerRule: convention.defaultPayerRule },
  };
}

const ConventionRulesRef = builder.objectRef<Convention>('ConventionRules').implement({
  description: "A convention's rules as data: entry into force (Art. 17), reporting (Art. 7), withdrawal (Art. 20), cost sharing (Art. 14).",
  fields: (t) => ({
    fixedEntryIntoForceOn: t.field({ type: 'Date', nullable: true, resolve: (c) => c.fixedEntryIntoForceOn }),
    fixedEntryIntoForceCount: t.exposeInt('fixedEntryIntoForceCount', { nullable: true }),
    fixedEntryIntoForceCutoffOn: t.field({ type: 'Date', nullable: true, resolve: (c) => c.fixedEntryIntoForceCutoffOn }),
    monthsAfterDepositMonth: t.exposeInt('monthsAfterDepositMonth'),
    initialReportDays: t.exposeInt('initialReportDays'),
    annualReportDueMonth: t.exposeInt('annualReportDueMonth'),
    annualReportDueDay: t.exposeInt('annualReportDueDay'),
    firstAnnualReportRule: t.exposeString('firstAnnualReportRule'),
    withdrawalNoticeMonths: t.exposeInt('withdrawalNoticeMonths'),
    costSharingArticle: t.exposeString('costSharingArticle'),
    costSharingText: t.exposeString('costSharingText'),
    defaultPayerRule: t.exposeString('defaultPayerRule'),
  }),
});

export const ConventionRef = builder.prismaNode('Convention', {
  // An unknown ID loads as null (node and nodes answer null), not as Prisma's not-found error.
  nullable: true,
  id: { field: 'id' },
  fields: (t) => ({
    code: t.exposeString('code'),
    title: t.exposeString('title'),
    shortTitle: t.exposeString('shortTitle'),
    adoptedOn: t.expose('adoptedOn', { type: 'Date' }),
    openedForSignatureOn: t.expose('openedForSignatureOn', { type: 'Date', nullable: true }),
    entryIntoForceOn: t.expose('entryIntoForceOn', { type: 'Date', nullable: true }),
    depositary: t.exposeString('depositary'),
    reportRecordsBeginOn: t.expose('reportRecordsBeginOn', {
      type: 'Date',
      nullable: true,
      description:
        "The first day the secretariat's records of received Article 7 reports are complete from: an obligation due earlier with no report " +
        'recorded is NOT_RECORDED (unknown), never OVERDUE. Null: complete from entry into force. A fresh installation sets the day it was seeded.',
    }),
    rules: t.field({ type: ConventionRulesRef, resolve: (convention) => convention }),
    meetings: t.relatedConnection('meetings', { cursor: 'id', totalCount: true, query: { orderBy: { opensOn: 'asc' } } }),
  }),
});

builder.queryFields((t) => ({
  conventions: t.prismaConnection({
    type: 'Convention',
    cursor: 'id',
    totalCount: (_parent, _args, context) => context.prisma.convention.count(),
    resolve: (query, _parent, _args, context) => context.prisma.convention.findMany({ ...query, orderBy: { code: 'asc' } }),
  }),
  convention: t.prismaField({
    type: 'Convention',
    nullable: true,
    args: { code: t.arg.string({ required: true }) },
    resolve: (query, _parent, args, context) => context.prisma.convention.findUnique({ ...query, where: { code: args.code } }),
  }),
}));

builder.mutationField('setReportRecordsBegin', (t) =>
  t.field({
    // Not a prismaField: a caller selecting only __typename would make it an empty Prisma select, which Prisma refuses.
    type: ConventionRef,
    description:
      "Secretariat only: the first day its records of received Article 7 reports are complete from (not before the Convention's entry into " +
      'force, not after today), for example once the reports received since then have been imported. Audited.',
    errors: { types: MUTATION_ERRORS, dataField: { name: 'convention' } },
    authScopes: { secretariat: true },
    args: {
      convention: t.arg.string({ defaultValue: DEFAULT_CONVENTION_CODE }),
      reportRecordsBeginOn: t.arg({ type: 'Date', required: true }),
    },
    resolve: (_parent, args, context) => {
      const code = args.convention ?? DEFAULT_CONVENTION_CODE;
      return runInTransaction(context, async (tx) => {
        const convention = await tx.convention.findUnique({ where: { code } });
        if (!convention) throw new NotFoundError({ entity: 'Convention', key: code });
        return setReportRecordsBegin({ tx, actor: context, now: context.now(), input: { convention, reportRecordsBeginOn: toCalendarDate(args.reportRecordsBeginOn) } });
      });
    },
  }),
);
