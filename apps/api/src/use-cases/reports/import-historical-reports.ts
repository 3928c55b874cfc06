import { toCalendarDate } from '@plenary/db';
import { NotFoundError, ValidationError, type ReportKind, type ValidationIssue } from '@plenary/domain';
import {
  historicalReportsInputSchema,
  type HistoricalReportRow,
} from '@plenary/domain/inputs/historical-reports-input';
import { parseInput } from '@plenary/domain/inputs/parse-input';
import type { AuditActor, TransactionClient } from '../../mutations/audit.ts';
import { obligationOfReceivedReport, storeReceivedReport } from './record-transparency-report.ts';

function describeReport(row: Pick<HistoricalReportRow, 'iso3' | 'kind' | 'periodYear'>): string {
  return row.kind === 'INITIAL' ? `${row.iso3}'s initial report` : `${row.iso3}'s annual report on ${row.periodYear}`;
}

function obligationKey(stateId: string, kind: ReportKind, periodYear: number): string {
  // A State has one initial report, whatever year is given for it.
  return kind === 'INITIAL' ? `${stateId}|INITIAL` : `${stateId}|ANNUAL|${periodYear}`;
}

/**
 * Records past Article 7 reports under a convention (NotFoundError when unknown), all or nothing. Every row is checked before anything is stored, and every problem
 * of every row is reported at once, at `rows.<index>.<field>`: an unknown State, a report the State did not owe
 * (not a party then, withdrawn), a report already recorded or given twice, and the dates a report can have been
 * received on (obligationOfReceivedReport, the same rules as recording one report). Each report is audited.
 */
export async function importHistoricalReports(options: {
  tx: TransactionClient;
  actor: AuditActor;
  now: Date;
  /** The rows as given (fields or CSV), checked here before anything is read. */
  input: { conventionCode: string; rows: readonly unknown[] };
}) {
  const { tx, actor, now, input } = options;
  const { conventionCode } = input;
  const { rows } = parseInput({ schema: historicalReportsInputSchema, input: { rows: input.rows } });
  const convention = await tx.convention.findUnique({ where: { code: conventionCode } });
  if (!convention) throw new NotFoundError({ entity: 'Convention', key: conventionCode });
  const codes = [...new Set(rows.map((row) => row.iso3))];
  // Three queries whatever the number of rows; one statement at a time, as a transaction holds one connection.
  const states = await tx.state.findMany({ where: { iso3: { in: codes } }, select: { id: true, iso3: true } });
  const stateIds = states.map((state) => state.id);
  const records = await tx.treatyRecord.findMany({
    where: { conventionId: convention.id, stateId: { in: stateIds } },
    select: { stateId: true, entryIntoForceOn: true, withdrawalEffectiveOn: true },
  });
  const stored = await tx.transparencyReport.findMany({
    where: { conventionId: convention.id, stateId: { in: stateIds } },
    select: { stateId: true, kind: true, periodYear: true, receivedOn: true },
  });

  const stateIdByCode = new Map(states.map((state) => [state.iso3, state.id]));
  const recordByState = new Map(records.map((record) => [record.stateId, record]));
  const storedByKey = new Map(
    stored.map((report) => [obligationKey(report.stateId, report.kind, report.periodYear), report]),
  );
  const firstRowByKey = new Map<string, number>();
  const today = toCalendarDate(now);
  const issues: ValidationIssue[] = [];

  rows.forEach((row, index) => {
    const at = (field: string) => `rows.${index}.${field}`;
    const stateId = stateIdByCode.get(row.iso3);
    if (stateId === undefined) {
      issues.push({ path: at('iso3'), message: `No State has the code ${row.iso3}.` });
      return;
    }
    const key = obligationKey(stateId, row.kind, row.periodYear);
    const earlierRow = firstRowByKey.get(key);
    if (earlierRow !== undefined) {
      issues.push({
        path: at('periodYear'),
        message: `${describeReport(row)} is given twice: also in row ${earlierRow + 1}.`,
      });
      return;
    }
    firstRowByKey.set(key, index);
    const already = storedByKey.get(key);
    if (already) {
      const received = already.receivedOn ? `, received ${toCalendarDate(already.receivedOn)}` : '';
      issues.push({ path: at('periodYear'), message: `${describeReport(row)} is already recorded${received}.` });
      return;
    }
    try {
      obligationOfReceivedReport({ convention, record: recordByState.get(stateId) ?? null, report: row, today });
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      for (const issue of error.issues)
        issues.push({
          path: at(issue.path === 'state' ? 'iso3' : issue.path),
          message: `${describeReport(row)}: ${issue.message}`,
        });
    }
  });
  if (issues.length > 0) {
    throw new ValidationError({
      issues,
      message: `Nothing was imported: ${issues.length} problem${issues.length === 1 ? '' : 's'} in the rows.`,
    });
  }

  const reports = [];
  for (const row of rows) {
    const stateId = stateIdByCode.get(row.iso3) ?? '';
    reports.push(
      await storeReceivedReport({
        tx,
        actor,
        now,
        input: { stateId, convention, record: recordByState.get(stateId) ?? null, report: row },
        action: 'transparencyReport.import',
      }),
    );
  }
  return reports;
}
