import { fromCalendarDate, Prisma, queryRows, toCalendarDate, type Convention, type PrismaClient } from '@plenary/db';
import { z } from 'zod';
import { isPlainObject } from '../plain-object.ts';

// The public list of States (the bench's operation (1): States Parties on a date) in one statement, shaped like
// PostGraphile's: the page first, then each State's treaty record under one convention joined to the page only, and
// that convention once. Its rows are shaped as Prisma would return them for the selection Pothos plans, so the
// State's fields resolve from them as from Prisma's; a selection it does not cover goes through Prisma instead.

/** The State columns the statement reads (timestamps and the French article are left to Prisma). */
export const STATE_COLUMNS = [
  'id',
  'iso3',
  'iso2',
  'unShortName',
  'nameAr',
  'nameZh',
  'nameEn',
  'nameFr',
  'nameRu',
  'nameEs',
  'unStatus',
  'regionalGroup',
] as const;
/** The treaty-record columns the statement reads: what `treatyStatus` and `standing` ask for. */
const TREATY_COLUMNS = [
  'id',
  'signedOn',
  'depositedOn',
  'instrument',
  'entryIntoForceOn',
  'withdrawalNotifiedOn',
  'withdrawalEffectiveOn',
] as const;

type StateColumn = (typeof STATE_COLUMNS)[number];
type TreatyColumn = (typeof TREATY_COLUMNS)[number];

export type StatesPageRow = Prisma.StateGetPayload<{ select: { [Column in StateColumn]: true } }> & {
  treatyRecords: (Prisma.TreatyRecordGetPayload<{ select: { [Column in TreatyColumn]: true } }> & {
    convention: Convention;
  })[];
};

/** What `states` may filter by for the statement to answer it: a treaty status on a day under a convention. */
export interface StatesPageFilter {
  status?: string | null;
  on?: string | Date | null;
  convention?: string | null;
  regionalGroup?: string | null;
  search?: string | null;
}

/** The query Pothos plans for a page of `states`: the selection, and the cursor window of the connection. */
interface PlannedQuery {
  select?: Record<string, unknown>;
  take?: number;
  skip?: number;
  cursor?: { id?: string };
  [other: string]: unknown;
}

const QUERY_KEYS = new Set(['select', 'take', 'skip', 'cursor']);
const isTrue = (value: unknown) => value === true;

/** The convention code a `treatyRecords` selection asks the record under, when it is one the statement answers. */
function treatyConventionOf(selection: unknown): string | null {
  if (!isPlainObject(selection)) return null;
  const { where, take, select, ...other } = selection;
  if (Object.keys(other).length > 0 || take !== 1 || !isPlainObject(select) || !isPlainObject(where)) return null;
  const convention = where.convention;
  if (
    Object.keys(where).length !== 1 ||
    !isPlainObject(convention) ||
    Object.keys(convention).length !== 1 ||
    typeof convention.code !== 'string'
  )
    return null;
  const covered = Object.entries(select).every(
    ([key, value]) => isTrue(value) && (key === 'convention' || (TREATY_COLUMNS as readonly string[]).includes(key)),
  );
  return covered ? convention.code : null;
}

/** The treaty record's convention when the statement covers the planned query; undefined when it does not. */
function coveredTreatyConvention(query: PlannedQuery): string | null | undefined {
  if (!Object.keys(query).every((key) => QUERY_KEYS.has(key)) || !isPlainObject(query.select)) return undefined;
  let treatyConvention: string | null = null;
  for (const [key, value] of Object.entries(query.select)) {
    if (key === 'treatyRecords') {
      treatyConvention = treatyConventionOf(value);
      if (treatyConvention === null) return undefined;
    } else if (!isTrue(value) || !(STATE_COLUMNS as readonly string[]).includes(key)) {
      return undefined;
    }
  }
  return treatyConvention;
}

// The convention comes as JSON on the first row only: dates as `YYYY-MM-DD`, timestamps without zone (stored as UTC).
const calendarDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .transform((date) => new Date(`${date}T00:00:00.000Z`));
const timestamp = z.string().transform((instant) => new Date(/[Z+]/.test(instant.slice(19)) ? instant : `${instant}Z`));
const conventionSchema = z.object({
  id: z.string(),
  code: z.string(),
  title: z.string(),
  shortTitle: z.string(),
  adoptedOn: calendarDate,
  openedForSignatureOn: calendarDate.nullable(),
  entryIntoForceOn: calendarDate.nullable(),
  depositary: z.string(),
  fixedEntryIntoForceOn: calendarDate.nullable(),
  fixedEntryIntoForceCount: z.number().int().nullable(),
  fixedEntryIntoForceCutoffOn: calendarDate.nullable(),
  monthsAfterDepositMonth: z.number().int(),
  initialReportDays: z.number().int(),
  annualReportDueMonth: z.number().int(),
  annualReportDueDay: z.number().int(),
  firstAnnualReportRule: z.enum(['YEAR_AFTER_INITIAL_REPORT_DUE', 'FIRST_DUE_DATE_AFTER_ENTRY_INTO_FORCE']),
  reportRecordsBeginOn: calendarDate.nullable(),
  withdrawalNoticeMonths: z.number().int(),
  costSharingArticle: z.string(),
  costSharingText: z.string(),
  titleFr: z.string().nullable(),
  costSharingArticleFr: z.string().nullable(),
  costSharingQuotation: z.string().nullable(),
  costSharingQuotationFr: z.string().nullable(),
  initialReportArticle: z.string().nullable(),
  initialReportArticleFr: z.string().nullable(),
  annualReportArticle: z.string().nullable(),
  annualReportArticleFr: z.string().nullable(),
  defaultPayerRule: z.enum([
    'STATES_PARTIES_AND_PARTICIPATING_NON_PARTIES',
    'PARTICIPATING_STATES_ONLY',
    'ALL_STATES_PARTIES',
  ]),
  createdAt: timestamp,
  updatedAt: timestamp,
}) satisfies z.ZodType<Convention, unknown>;

interface RawRow extends Omit<StatesPageRow, 'treatyRecords'> {
  treatyId: string | null;
  signedOn: Date | null;
  depositedOn: Date | null;
  instrument: StatesPageRow['treatyRecords'][number]['instrument'];
  entryIntoForceOn: Date | null;
  withdrawalNotifiedOn: Date | null;
  withdrawalEffectiveOn: Date | null;
  convention: unknown;
}

/** Only States with the status on the day (Art. 17, Art. 20): the one filter the statement answers besides none. */
function filterCondition(filter: StatesPageFilter | null | undefined, today: Date): Prisma.Sql | undefined {
  if (!filter) return Prisma.sql`TRUE`;
  const { status, on, convention, ...other } = filter;
  if (Object.values(other).some((value) => value !== undefined && value !== null)) return undefined;
  if (!status) return Prisma.sql`TRUE`;
  if (status !== 'STATE_PARTY' || !convention) return undefined;
  const day = on ? toCalendarDate(fromCalendarDate(on)) : toCalendarDate(today);
  return Prisma.sql`EXISTS (
    SELECT 1 FROM "TreatyStatus" f JOIN "Convention" fc ON fc.id = f."conventionId"
    WHERE f."stateId" = s.id AND fc.code = ${convention}
      AND f."entryIntoForceOn" <= ${day}::date AND (f."withdrawalEffectiveOn" IS NULL OR f."withdrawalEffectiveOn" > ${day}::date))`;
}

/**
 * A page of States, alphabetically by English name, in one statement; null when the planned query or the filter asks
 * for something it does not cover (the caller then asks Prisma). Cursors behave as Prisma's: the page starts at the
 * cursor's State in the order (`skip` leaves it out), and a negative `take` pages backwards from it.
 */
export async function statesPageInOneStatement(options: {
  prisma: PrismaClient;
  query: PlannedQuery;
  filter: StatesPageFilter | null | undefined;
  today: Date;
}): Promise<StatesPageRow[] | null> {
  const { prisma, query } = options;
  const treatyConvention = coveredTreatyConvention(query);
  const condition = filterCondition(options.filter, options.today);
  if (treatyConvention === undefined || condition === undefined || typeof query.take !== 'number') return null;
  const backwards = query.take < 0;
  const cursor = query.cursor?.id ?? null;
  // Constant fragments, chosen by the direction only.
  const order = backwards ? Prisma.sql`DESC` : Prisma.sql`ASC`;
  const fromCursor = backwards ? Prisma.sql`<=` : Prisma.sql`>=`;
  const rows = await queryRows<RawRow>(
    prisma,
    Prisma.sql`
    WITH page AS (
      SELECT s.id, s.iso3::text AS iso3, s.iso2::text AS iso2, s."unShortName", s."nameAr", s."nameZh", s."nameEn", s."nameFr", s."nameRu", s."nameEs",
        s."unStatus"::text AS "unStatus", s."regionalGroup"::text AS "regionalGroup"
      FROM "State" s
      WHERE ${condition}
        AND (${cursor}::uuid IS NULL OR (s."nameEn", s.id) ${fromCursor} (SELECT c."nameEn", c.id FROM "State" c WHERE c.id = ${cursor}::uuid))
      ORDER BY s."nameEn" ${order}, s.id ${order}
      LIMIT ${Math.abs(query.take)} OFFSET ${query.skip ?? 0}
    ), convention AS (
      SELECT c.id, to_jsonb(c) AS json FROM "Convention" c WHERE c.code = ${treatyConvention}
    )
    SELECT page.*, t.id AS "treatyId", t."signedOn", t."depositedOn", t.instrument::text AS instrument, t."entryIntoForceOn",
      t."withdrawalNotifiedOn", t."withdrawalEffectiveOn",
      CASE WHEN row_number() OVER (ORDER BY page."nameEn" ${order}, page.id ${order}) = 1 THEN (SELECT json FROM convention) END AS convention
    FROM page LEFT JOIN "TreatyStatus" t ON t."stateId" = page.id AND t."conventionId" = (SELECT id FROM convention)
    ORDER BY page."nameEn" ${order}, page.id ${order}`,
  );
  if (backwards) rows.reverse();
  const first = backwards ? rows.at(-1) : rows[0];
  const convention = first?.convention ? conventionSchema.parse(first.convention) : null;
  return rows.map(
    ({
      treatyId,
      signedOn,
      depositedOn,
      instrument,
      entryIntoForceOn,
      withdrawalNotifiedOn,
      withdrawalEffectiveOn,
      convention: _json,
      ...state
    }) => ({
      ...state,
      treatyRecords:
        treatyId === null || convention === null
          ? []
          : [
              {
                id: treatyId,
                signedOn,
                depositedOn,
                instrument,
                entryIntoForceOn,
                withdrawalNotifiedOn,
                withdrawalEffectiveOn,
                convention,
              },
            ],
    }),
  );
}
