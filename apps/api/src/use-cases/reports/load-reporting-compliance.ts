import { toCalendarDate, type Convention, type PrismaClient, type State, type TransparencyReport } from '@plenary/db';
import {
  compileReportingCompliance,
  NotFoundError,
  periodYearsFallingDueIn,
  type CalendarDate,
  type ReportingCompliance,
} from '@plenary/domain';
import { yearSchema } from '@plenary/domain/inputs/common-schemas';
import { parseInput } from '@plenary/domain/inputs/parse-input';
import { z } from 'zod';
import { conventionRulesOf } from '../../treaty/convention-rules-of.ts';

const DECEMBER = 11;
const LAST_DAY_OF_DECEMBER = 31;

// What compliance is judged from, and who may see the report; a line's `report` loads the rest when asked for.
const STORED_REPORT_COLUMNS = {
  id: true,
  stateId: true,
  kind: true,
  periodYear: true,
  dueOn: true,
  dueOnOverridden: true,
  receivedOn: true,
  published: true,
} as const;

/** A stored report with its days as calendar dates, as compileReportingCompliance reads it. */
type StoredReport = Omit<Pick<TransparencyReport, keyof typeof STORED_REPORT_COLUMNS>, 'dueOn' | 'receivedOn'> & {
  dueOn: CalendarDate;
  receivedOn: CalendarDate | null;
};

export interface LoadedReportingCompliance extends ReportingCompliance<Pick<State, 'id' | 'iso3'>, StoredReport> {
  convention: Convention;
}

/**
 * Compliance of every State with Article 7 obligations falling due in `year`, as known on `asOf`
 * (compileReportingCompliance). Three queries whatever the number of States and reports: the convention, the treaty
 * records in force by the end of the year (with their States), and the stored reports of the periods concerned.
 */
export async function loadReportingCompliance(options: {
  prisma: PrismaClient;
  conventionCode: string;
  year: number;
  asOf: CalendarDate;
}): Promise<LoadedReportingCompliance> {
  const { prisma, asOf } = options;
  const { year } = parseInput({ schema: z.object({ year: yearSchema('The year') }), input: { year: options.year } });
  const convention = await prisma.convention.findUnique({ where: { code: options.conventionCode } });
  if (!convention) throw new NotFoundError({ entity: 'Convention', key: options.conventionCode });
  const rules = conventionRulesOf(convention);
  const { fromPeriodYear, toPeriodYear } = periodYearsFallingDueIn({ year });
  const [records, reports] = await Promise.all([
    prisma.treatyRecord.findMany({
      where: {
        conventionId: convention.id,
        entryIntoForceOn: { not: null, lte: new Date(Date.UTC(year, DECEMBER, LAST_DAY_OF_DECEMBER)) },
      },
      // Only what the obligations are computed from; the State's other fields load when a query asks for them.
      select: {
        entryIntoForceOn: true,
        withdrawalEffectiveOn: true,
        state: { select: { id: true, iso3: true } },
      },
    }),
    prisma.transparencyReport.findMany({
      where: { conventionId: convention.id, periodYear: { gte: fromPeriodYear, lte: toPeriodYear } },
      select: STORED_REPORT_COLUMNS,
    }),
  ]);
  const compliance = compileReportingCompliance({
    year,
    asOf,
    recordsBegin: convention.reportRecordsBeginOn && toCalendarDate(convention.reportRecordsBeginOn),
    rules,
    states: records.flatMap((record) =>
      record.entryIntoForceOn
        ? [
            {
              state: record.state,
              entryIntoForce: toCalendarDate(record.entryIntoForceOn),
              withdrawalEffective: record.withdrawalEffectiveOn && toCalendarDate(record.withdrawalEffectiveOn),
            },
          ]
        : [],
    ),
    reports: reports.map((report) => ({
      ...report,
      dueOn: toCalendarDate(report.dueOn),
      receivedOn: report.receivedOn && toCalendarDate(report.receivedOn),
    })),
  });
  return { ...compliance, convention };
}
