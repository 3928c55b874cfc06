import { Prisma, queryRows, type Meeting, type PrismaClient } from '@plenary/db';
import { STATE_COLUMNS } from './states-page.ts';
import { isPlainObject } from '../plain-object.ts';

// A meeting with a page of its invitations, each with its State and its delegation's members (the bench's operation
// (2)), in one statement shaped like PostGraphile's: the page first, then each invitation's State, delegation and
// members as JSON built over the page only. The meeting comes as Prisma's row, and each invitation as Prisma returns
// it for the selection Pothos plans, so the fields (and the personal-data rule on members) resolve from them as from
// Prisma's; a selection, filter or order it does not cover goes through Prisma instead.

/** The invitation columns the statement reads (timestamps and an application's text and contact are left to Prisma). */
const INVITATION_COLUMNS = [
  'id',
  'meetingId',
  'stateId',
  'organisationId',
  'capacity',
  'status',
  'decisionNote',
] as const;
/** The delegation columns the statement reads (timestamps, contact and note are left to Prisma). */
const DELEGATION_COLUMNS = ['id', 'invitationId', 'headMemberId', 'publicListConsent', 'version'] as const;
/** The member columns the statement reads: a member view's, and its keys (timestamps are left to Prisma). */
const MEMBER_COLUMNS = [
  'id',
  'delegationId',
  'role',
  'position',
  'salutation',
  'givenName',
  'familyName',
  'title',
  'email',
  'phone',
] as const;

// The orders the statement implements: invitations by capacity (in the order of rules 1.1-1.3), then the participant's
// name, and members in the order of the list of participants. A plan asking for another order is not covered.
const INVITATION_ORDER = JSON.stringify([
  { capacity: 'asc' },
  { state: { nameEn: 'asc' } },
  { organisation: { acronym: 'asc' } },
  { id: 'asc' },
]);
const MEMBER_ORDER = JSON.stringify([{ position: 'asc' }, { id: 'asc' }]);

// Every column of the meeting, as Prisma reads it (enums as text); a column added to Meeting must be added here.
const MEETING_COLUMNS = {
  id: 'm.id',
  conventionId: 'm."conventionId"',
  code: 'm.code',
  kind: 'm.kind::text',
  number: 'm.number',
  part: 'm.part',
  title: 'm.title',
  opensOn: 'm."opensOn"',
  closesOn: 'm."closesOn"',
  venue: 'm.venue',
  city: 'm.city',
  country: 'm.country',
  venueFr: 'm."venueFr"',
  cityFr: 'm."cityFr"',
  countryFr: 'm."countryFr"',
  timeZone: 'm."timeZone"',
  presidentStateId: 'm."presidentStateId"',
  presidentName: 'm."presidentName"',
  status: 'm.status::text',
  noteReference: 'm."noteReference"',
  noteDate: 'm."noteDate"',
  noteIssuingOfficeId: 'm."noteIssuingOfficeId"',
  noteAddressees: 'm."noteAddressees"',
  noteAddresseesFr: 'm."noteAddresseesFr"',
  mandateResolutionId: 'm."mandateResolutionId"',
  convenedOn: 'm."convenedOn"',
  delegationDeadline: 'm."delegationDeadline"',
  delegationDeadlineWeekdayAsIssued: 'm."delegationDeadlineWeekdayAsIssued"::text',
  reportingDeadline: 'm."reportingDeadline"',
  secretariatOfficeId: 'm."secretariatOfficeId"',
  webPage: 'm."webPage"',
  symbolPrefix: 'm."symbolPrefix"',
  version: 'm.version',
  createdAt: 'm."createdAt"',
  updatedAt: 'm."updatedAt"',
} satisfies Record<keyof Meeting, string>;

const MEETING_SELECT = Prisma.raw(
  Object.entries(MEETING_COLUMNS)
    .map(([column, expression]) => `${expression} AS "${column}"`)
    .join(', '),
);

type Columns<Names extends readonly string[]> = { [Column in Names[number]]: true };

type MemberRow = Prisma.DelegationMemberGetPayload<{ select: Columns<typeof MEMBER_COLUMNS> }>;

type InvitationsPageRow = Prisma.InvitationGetPayload<{ select: Columns<typeof INVITATION_COLUMNS> }> & {
  state: Prisma.StateGetPayload<{ select: Columns<typeof STATE_COLUMNS> }> | null;
  delegation:
    | (Prisma.DelegationGetPayload<{ select: Columns<typeof DELEGATION_COLUMNS> }> & {
        invitation: { stateId: string | null };
        head: MemberRow | null;
        members: MemberRow[];
      })
    | null;
};

export type MeetingWithInvitationsPage = Meeting & {
  invitations: InvitationsPageRow[];
  _count?: { invitations: number };
};

/** The query Pothos plans for a meeting: what it includes, among them a page of invitations. */
interface PlannedQuery {
  include?: Record<string, unknown>;
  [other: string]: unknown;
}

/** The page of invitations the statement answers: its cursor window, and whether the total is asked. */
interface CoveredPage {
  take: number;
  skip: number;
  cursor: string | null;
  withCount: boolean;
}

/** Whether a relation's selection is `{ select }` (and an order, when one is given) of covered columns and relations. */
function selects(
  selection: unknown,
  columns: readonly string[],
  relations: Record<string, (selection: unknown) => boolean> = {},
  order?: string,
): boolean {
  if (!isPlainObject(selection)) return false;
  const { select, orderBy, ...other } = selection;
  if (Object.keys(other).length > 0 || !isPlainObject(select)) return false;
  if (order === undefined ? orderBy !== undefined : JSON.stringify(orderBy) !== order) return false;
  return Object.entries(select).every(
    ([key, value]) => (value === true && columns.includes(key)) || relations[key]?.(value) === true,
  );
}

const selectsMembers = (selection: unknown) => selects(selection, MEMBER_COLUMNS, {}, MEMBER_ORDER);
const selectsHead = (selection: unknown) => selects(selection, MEMBER_COLUMNS);
const selectsOwnState = (selection: unknown) => selects(selection, ['stateId']);
const selectsDelegation = (selection: unknown) =>
  selects(selection, DELEGATION_COLUMNS, { members: selectsMembers, head: selectsHead, invitation: selectsOwnState });
const selectsState = (selection: unknown) => selects(selection, STATE_COLUMNS);

const isEmptyCondition = (where: unknown) =>
  where === undefined || (isPlainObject(where) && Object.keys(where).length === 0);

/** The page the statement answers when it covers the planned query; null when it does not. */
function coveredPage(query: PlannedQuery): CoveredPage | null {
  const { include, ...other } = query;
  if (Object.keys(other).length > 0 || !isPlainObject(include)) return null;
  const { invitations, _count: count, ...otherRelations } = include;
  if (Object.keys(otherRelations).length > 0 || !isPlainObject(invitations)) return null;
  const { where, orderBy, take, skip = 0, cursor, select, ...otherArguments } = invitations;
  if (
    Object.keys(otherArguments).length > 0 ||
    !isEmptyCondition(where) ||
    JSON.stringify(orderBy) !== INVITATION_ORDER
  )
    return null;
  if (typeof take !== 'number' || typeof skip !== 'number') return null;
  let cursorId: string | null = null;
  if (cursor !== undefined) {
    if (!isPlainObject(cursor) || Object.keys(cursor).length !== 1 || typeof cursor.id !== 'string') return null;
    cursorId = cursor.id;
  }
  if (!selects({ select }, INVITATION_COLUMNS, { state: selectsState, delegation: selectsDelegation })) return null;
  let withCount = false;
  if (count !== undefined) {
    const counted = isPlainObject(count) && isPlainObject(count.select) ? count.select : null;
    if (
      !counted ||
      Object.keys(counted).length !== 1 ||
      !(
        counted.invitations === true ||
        (isPlainObject(counted.invitations) &&
          Object.keys(counted.invitations).every((key) => key === 'where') &&
          isEmptyCondition(counted.invitations.where))
      )
    ) {
      return null;
    }
    withCount = true;
  }
  return { take, skip, cursor: cursorId, withCount };
}

const MEMBER_JSON = (alias: string) =>
  Prisma.raw(`json_build_object('id', ${alias}.id, 'delegationId', ${alias}."delegationId", 'role', ${alias}.role, 'position', ${alias}.position, 'salutation', ${alias}.honorific,
    'givenName', ${alias}."givenName", 'familyName', ${alias}."familyName", 'title', ${alias}."jobTitle", 'email', ${alias}.email, 'phone', ${alias}.phone)`);

const STATE_JSON = Prisma.raw(
  `json_build_object(${STATE_COLUMNS.map((column) => `'${column}', s."${column}"`).join(', ')})`,
);

interface RawRow extends Meeting {
  invitations: InvitationsPageRow[];
  invitationCount: number | null;
}

/**
 * A meeting with a page of its invitations in one statement; null (at once, not a promise) when the planned query asks
 * for something it does not cover, and the caller then asks Prisma. Else the meeting, or null when there is none.
 * Cursors behave as Prisma's for a relation's page: its condition on the cursor row's capacity, State name and
 * organisation acronym (a missing State or organisation passing the name or acronym test) picks the candidates, the
 * page starts at the cursor row among them (none when it is not there), `skip` leaves it out, and a negative `take`
 * pages backwards.
 */
export function meetingInvitationsPageInOneStatement(options: {
  prisma: PrismaClient;
  query: PlannedQuery;
  meetingId: string;
}): Promise<MeetingWithInvitationsPage | null> | null {
  const page = coveredPage(options.query);
  return page && invitationsPage(options.prisma, options.meetingId, page);
}

async function invitationsPage(
  prisma: PrismaClient,
  meetingId: string,
  page: CoveredPage,
): Promise<MeetingWithInvitationsPage | null> {
  const backwards = page.take < 0;
  // Constant fragments, chosen by the direction only.
  const order = backwards ? Prisma.sql`DESC` : Prisma.sql`ASC`;
  const beyond = backwards ? Prisma.sql`<` : Prisma.sql`>`;
  const fromCursor = backwards ? Prisma.sql`<=` : Prisma.sql`>=`;
  const rows = await queryRows<RawRow>(
    prisma,
    Prisma.sql`
    WITH meeting AS (
      SELECT ${MEETING_SELECT} FROM "Meeting" m WHERE m.id = ${meetingId}::uuid
    ), cursor_row AS (
      SELECT i.capacity, s."nameEn", o.acronym, i.id
      FROM "Invitation" i LEFT JOIN "State" s ON s.id = i."stateId" LEFT JOIN "Organisation" o ON o.id = i."organisationId"
      WHERE i.id = ${page.cursor}::uuid
    ), candidates AS (
      SELECT i.id, row_number() OVER (ORDER BY i.capacity ${order}, s."nameEn" ${order}, o.acronym ${order}, i.id ${order}) AS position
      FROM "Invitation" i LEFT JOIN "State" s ON s.id = i."stateId" LEFT JOIN "Organisation" o ON o.id = i."organisationId"
      WHERE i."meetingId" = ${meetingId}::uuid
        AND (${page.cursor}::uuid IS NULL OR EXISTS (
          SELECT 1 FROM cursor_row c WHERE
            (i.capacity = c.capacity AND s."nameEn" = c."nameEn" AND o.acronym = c.acronym AND i.id ${fromCursor} c.id)
            OR (i.capacity = c.capacity AND s."nameEn" = c."nameEn" AND (o.acronym ${beyond} c.acronym OR i."organisationId" IS NULL))
            OR (i.capacity = c.capacity AND (s."nameEn" ${beyond} c."nameEn" OR i."stateId" IS NULL))
            OR i.capacity ${beyond} c.capacity))
    ), page AS (
      SELECT id, position FROM candidates
      WHERE ${page.cursor}::uuid IS NULL OR position >= (SELECT position FROM candidates WHERE id = ${page.cursor}::uuid)
      ORDER BY position
      LIMIT ${Math.abs(page.take)} OFFSET ${page.skip}
    )
    SELECT meeting.*,
      (SELECT coalesce(json_agg(json_build_object(
          'id', i.id, 'meetingId', i."meetingId", 'stateId', i."stateId", 'organisationId', i."organisationId",
          'capacity', i.capacity, 'status', i.status, 'decisionNote', i."decisionNote",
          'state', CASE WHEN s.id IS NULL THEN NULL ELSE ${STATE_JSON} END,
          'delegation', CASE WHEN d.id IS NULL THEN NULL ELSE json_build_object(
            'id', d.id, 'invitationId', d."invitationId", 'headMemberId', d."headMemberId", 'publicListConsent', d."publicListConsent", 'version', d.version,
            'invitation', json_build_object('stateId', i."stateId"),
            'head', (SELECT ${MEMBER_JSON('h')} FROM "DelegationMember" h WHERE h.id = d."headMemberId"),
            'members', (SELECT coalesce(json_agg(${MEMBER_JSON('dm')} ORDER BY dm.position, dm.id), '[]'::json) FROM "DelegationMember" dm WHERE dm."delegationId" = d.id)
          ) END
        ) ORDER BY page.position ${order}), '[]'::json)
        FROM page JOIN "Invitation" i ON i.id = page.id LEFT JOIN "State" s ON s.id = i."stateId" LEFT JOIN "Delegation" d ON d."invitationId" = i.id
      ) AS invitations,
      CASE WHEN ${page.withCount} THEN (SELECT count(*)::int FROM "Invitation" c WHERE c."meetingId" = meeting.id) END AS "invitationCount"
    FROM meeting`,
  );
  const row = rows[0];
  if (!row) return null;
  const { invitations, invitationCount, ...meeting } = row;
  return { ...meeting, invitations, ...(invitationCount !== null && { _count: { invitations: invitationCount } }) };
}
