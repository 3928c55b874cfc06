import { toCalendarDate } from '@plenary/db';
import { DEFAULT_CONVENTION_CODE } from '@plenary/domain';
import { builder } from '../../builder.ts';
import { runInTransaction } from '../../mutations/run-in-transaction.ts';
import { setReportRecordsBegin } from '../../use-cases/reports/set-report-records-begin.ts';
import { MUTATION_ERRORS } from '../errors.ts';
import { CONVENTION_CODE_DESCRIPTION, MUTATION_DATA_DESCRIPTION } from '../shared-descriptions.ts';
import { ConventionRef } from './type.ts';

builder.mutationField('setReportRecordsBegin', (t) =>
  t.field({
    // Not a prismaField: a caller selecting only __typename would make it an empty Prisma select, which Prisma refuses.
    type: ConventionRef,
    description:
      "Secretariat only: the first day its records of received Article 7 reports are complete from (not before the Convention's entry into " +
      'force, not after today), for example once the reports received since then have been imported. Audited.',
    errors: { types: MUTATION_ERRORS, dataField: { name: 'convention', description: MUTATION_DATA_DESCRIPTION } },
    authScopes: { secretariat: true },
    args: {
      convention: t.arg.string({ description: CONVENTION_CODE_DESCRIPTION, defaultValue: DEFAULT_CONVENTION_CODE }),
      reportRecordsBeginOn: t.arg({
        description:
          "The first day the records are complete from, as `YYYY-MM-DD`: not before the convention's entry into force, not after today.",
        type: 'Date',
        required: true,
      }),
    },
    resolve: (_parent, args, context) => {
      const input = {
        conventionCode: args.convention ?? DEFAULT_CONVENTION_CODE,
        reportRecordsBeginOn: toCalendarDate(args.reportRecordsBeginOn),
      };
      return runInTransaction(context, (tx) =>
        setReportRecordsBegin({ tx, actor: context, now: context.now(), input }),
      );
    },
  }),
);
