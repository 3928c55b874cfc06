import { z } from 'zod';
import type { Prisma } from '../generated/prisma/client.ts';
import {
  calendarDateColumn,
  databaseDate,
  iso3Column,
  optionalCalendarDateColumn,
  optionalDatabaseDate,
  optionalTextColumn,
  readDataFile,
} from './data-file.ts';
import { stateIdOf, type SeedClient, type StateIds } from './seed-client.ts';

export const STATES_PARTIES_FILE = 'ccm-states-parties.csv';
export const SIGNATORIES_FILE = 'ccm-signatories.csv';

// The source column's word for "no public source checked": not a source, so nothing is recorded as one.
const UNVERIFIED_SOURCE = 'unverified';

const INSTRUMENT_KINDS = {
  ratification: 'RATIFICATION',
  acceptance: 'ACCEPTANCE',
  approval: 'APPROVAL',
  accession: 'ACCESSION',
  succession: 'SUCCESSION',
} as const;

const statePartyRow = z.object({
  name: z.string().min(1),
  iso3: iso3Column,
  signature_date: optionalCalendarDateColumn,
  deposit_date: calendarDateColumn,
  instrument: z.enum(['ratification', 'acceptance', 'approval', 'accession', 'succession']),
  entry_into_force: calendarDateColumn,
  initial_report_due_computed: calendarDateColumn,
  withdrawal_effective: optionalCalendarDateColumn,
  status: z.string().min(1),
  dates_verified: z.enum(['yes', 'no']),
  source: z.string().min(1),
  note: optionalTextColumn,
});

const signatoryRow = z.object({
  name: z.string().min(1),
  iso3: iso3Column,
  signature_date: calendarDateColumn,
  source: z.string().min(1),
});

export type StatePartyRow = z.output<typeof statePartyRow>;

export function readStatesParties() {
  return readDataFile({ name: STATES_PARTIES_FILE, row: statePartyRow });
}

export function readSignatories() {
  return readDataFile({ name: SIGNATORIES_FILE, row: signatoryRow });
}

/**
 * Rows marked dates_verified = yes whose note says one of the dates is not in fact confirmed: the flag stays false
 * for that date rather than claiming more than the source shows.
 */
const PARTLY_VERIFIED: Record<string, { signature: boolean; deposit: boolean }> = {
  // "news 2013-03-05 confirms March 2013 deposit & EIF 2013-09-01; day unverified"; the signature is not covered.
  LIE: { signature: false, deposit: false },
  // "signature date unverified"
  PHL: { signature: false, deposit: true },
  // source "CMC-news(deposit)", "signature date unverified"
  SYC: { signature: false, deposit: true },
};

function sourceOrNull(source: string): string | null {
  return source === UNVERIFIED_SOURCE ? null : source;
}

/** `date` minus whole calendar months, keeping the day (clamped to the month's last day). */
function subtractCalendarMonths(options: { date: string; months: number }): string {
  const [year, month, day] = options.date.split('-').map(Number) as [number, number, number];
  const monthIndex = year * 12 + (month - 1) - options.months;
  const targetYear = Math.floor(monthIndex / 12);
  const targetMonth = (monthIndex % 12) + 1;
  const lastDay = new Date(Date.UTC(targetYear, targetMonth, 0)).getUTCDate();
  return `${String(targetYear).padStart(4, '0')}-${String(targetMonth).padStart(2, '0')}-${String(Math.min(day, lastDay)).padStart(2, '0')}`;
}

type TreatyRecordData = Omit<Prisma.TreatyRecordUncheckedCreateInput, 'id' | 'stateId' | 'conventionId'>;

function statePartyData(options: { row: StatePartyRow; withdrawalNoticeMonths: number }): TreatyRecordData {
  const { row } = options;
  const verified = row.dates_verified === 'yes';
  const partly = PARTLY_VERIFIED[row.iso3];
  const source = sourceOrNull(row.source);
  // The file gives the effective date of a withdrawal; Art. 20(2) puts the notice six months before it.
  const withdrawalNotifiedOn =
    row.withdrawal_effective === null
      ? null
      : subtractCalendarMonths({ date: row.withdrawal_effective, months: options.withdrawalNoticeMonths });
  const notes = [
    row.note,
    withdrawalNotifiedOn === null
      ? null
      : `Withdrawal notice date ${withdrawalNotifiedOn} derived from the effective date minus six months (Art. 20(2)).`,
  ].filter((note) => note !== null);
  return {
    signedOn: optionalDatabaseDate(row.signature_date),
    signatureSource: row.signature_date === null ? null : source,
    signatureVerified: row.signature_date !== null && verified && (partly?.signature ?? true),
    instrument: INSTRUMENT_KINDS[row.instrument],
    depositedOn: databaseDate(row.deposit_date),
    depositSource: source,
    depositVerified: verified && (partly?.deposit ?? true),
    entryIntoForceOn: databaseDate(row.entry_into_force),
    entryIntoForceOverridden: false,
    withdrawalNotifiedOn: optionalDatabaseDate(withdrawalNotifiedOn),
    withdrawalEffectiveOn: optionalDatabaseDate(row.withdrawal_effective),
    withdrawalSource: row.withdrawal_effective === null ? null : source,
    note: notes.length === 0 ? null : notes.join(' '),
  };
}

/**
 * The dated treaty record of every State that has been party to the Convention (ccm-states-parties.csv) and of
 * every signatory that has not ratified (ccm-signatories.csv), upserted on (State, Convention).
 */
export async function seedTreatyRecords(
  client: SeedClient,
  options: { conventionId: string; stateIds: StateIds; withdrawalNoticeMonths: number },
): Promise<void> {
  const [statesParties, signatories] = await Promise.all([readStatesParties(), readSignatories()]);
  const seen = new Set<string>();
  const { conventionId } = options;
  const upsert = async (record: { iso3: string; where: string; data: TreatyRecordData }) => {
    if (seen.has(record.iso3)) throw new Error(`${record.where}: ${record.iso3} has more than one treaty record.`);
    seen.add(record.iso3);
    const stateId = stateIdOf({ stateIds: options.stateIds, iso3: record.iso3, where: record.where });
    await client.treatyRecord.upsert({
      where: { stateId_conventionId: { stateId, conventionId } },
      create: { stateId, conventionId, ...record.data },
      update: record.data,
      select: { id: true },
    });
  };

  for (const row of statesParties.rows) {
    await upsert({
      iso3: row.iso3,
      where: STATES_PARTIES_FILE,
      data: statePartyData({ row, withdrawalNoticeMonths: options.withdrawalNoticeMonths }),
    });
  }
  for (const row of signatories.rows) {
    const verified = row.source !== UNVERIFIED_SOURCE;
    await upsert({
      iso3: row.iso3,
      where: SIGNATORIES_FILE,
      data: {
        signedOn: databaseDate(row.signature_date),
        signatureSource: sourceOrNull(row.source),
        signatureVerified: verified,
        instrument: null,
        depositedOn: null,
        depositSource: null,
        depositVerified: false,
        entryIntoForceOn: null,
        entryIntoForceOverridden: false,
        withdrawalNotifiedOn: null,
        withdrawalEffectiveOn: null,
        withdrawalSource: null,
        note: verified ? null : 'Signatory (membership verified); the day of signature is unverified.',
      },
    });
  }
}
