import { toCalendarDate } from '@plenary/db';
import { DEFAULT_CONVENTION_CODE } from '@plenary/domain';
import { builder } from '../../builder.ts';
import { loadReportingCompliance } from '../../use-cases/reports/load-reporting-compliance.ts';
import { AS_OF_DATE_DESCRIPTION, CONVENTION_CODE_DESCRIPTION } from '../shared-descriptions.ts';
import { ReportingComplianceRef } from './type.ts';

builder.queryField('reportingCompliance', (t) =>
  t.field({
    type: ReportingComplianceRef,
    description:
      'Per State with Article 7 obligations falling due in `year` (from its entry into force and withdrawal; stored due dates win): on time, late, overdue or not yet due as of `asOf` (default: today), with totals. ' +
      "An obligation due before the convention's `reportRecordsBeginOn` with no report recorded is NOT_RECORDED: unknown, counted apart, never overdue.",
    args: {
      convention: t.arg.string({ description: CONVENTION_CODE_DESCRIPTION, defaultValue: DEFAULT_CONVENTION_CODE }),
      year: t.arg.int({ description: 'The calendar year whose due dates to judge, e.g. 2024.', required: true }),
      asOf: t.arg({
        description: AS_OF_DATE_DESCRIPTION + ' Reports received later count as not yet received.',
        type: 'Date',
      }),
    },
    resolve: (_parent, args, context) =>
      loadReportingCompliance({
        prisma: context.prisma,
        conventionCode: args.convention ?? DEFAULT_CONVENTION_CODE,
        year: args.year,
        asOf: toCalendarDate(args.asOf ?? context.now()),
      }),
  }),
);
