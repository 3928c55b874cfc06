import { testBackends } from '@plenary/db/testing';
import { INVITATION_CAPACITIES } from '@plenary/domain';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createActors, type Actors } from './support/actors.ts';
import { startApi, type ApiFixture } from './support/api-fixture.ts';
import { createMeeting } from './support/factories.ts';
import { pagesOf } from './support/pages.ts';

// `orderBy` on the lists partners page through (issue 16): each order pages through every row once, in that order,
// rows that tie ordered by ID; and a cursor read in one order is refused in another instead of giving a wrong page.

const PAGE = 7;

interface Row {
  id: string;
  key: string | null;
}
type Direction = 'ASC' | 'DESC';

const LISTS = {
  states: {
    select: 'id iso3 nameEn: name(language: EN) updatedAt',
    keys: { NAME: 'nameEn', ISO3: 'iso3', UPDATED_AT: 'updatedAt' },
  },
  meetings: {
    select: 'id code opensOn updatedAt',
    keys: { START_DATE: 'opensOn', CODE: 'code', UPDATED_AT: 'updatedAt' },
  },
  transparencyReports: {
    select: 'id dueOn receivedOn updatedAt',
    keys: { DUE_ON: 'dueOn', RECEIVED_ON: 'receivedOn', UPDATED_AT: 'updatedAt' },
  },
  organisations: {
    select: 'id acronym nameEn: name(language: EN) updatedAt',
    keys: { ACRONYM: 'acronym', NAME: 'nameEn', UPDATED_AT: 'updatedAt' },
  },
  auditEvents: { select: 'id at', keys: { WRITTEN: 'at' } },
  // A meeting's invitations, read through `node` (the page is planned into the meeting's own read).
  invitations: {
    select:
      'id capacity updatedAt participant { __typename ... on State { iso3 nameEn: name(language: EN) } ... on Organisation { acronym } }',
    keys: { CAPACITY: 'capacityRank', NAME: 'nameEn', ISO3: 'iso3', UPDATED_AT: 'updatedAt' },
  },
} as const;
type List = keyof typeof LISTS;

const ORDER_TYPES: Record<List, string> = {
  states: 'StateOrder',
  meetings: 'MeetingOrder',
  transparencyReports: 'TransparencyReportOrder',
  organisations: 'OrganisationOrder',
  auditEvents: 'AuditEventOrder',
  invitations: 'InvitationOrder',
};

// Built from LISTS as text, not written with `graphql()` of test/support/graphql.ts: the same page of six lists in every order
// of each, which typed would be six near-identical documents read through six answer shapes; and the test that sends
// orderBy as null sends variables a typed document would not take.
function pageQuery(list: List): string {
  const connection = `${list}(orderBy: $orderBy, after: $after, first: $first) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ${LISTS[list].select} } } }`;
  return list === 'invitations'
    ? `query ($meeting: ID!, $orderBy: InvitationOrder, $after: String, $first: Int) { node(id: $meeting) { ... on Meeting { ${connection} } } }`
    : `query ($orderBy: ${ORDER_TYPES[list]}, $after: String, $first: Int) { ${connection} }`;
}

/** What an invitation's order reads: its capacity, the State's name and code (an organisation has neither). */
function flatten(list: List, node: Record<string, unknown>): Record<string, string | null> {
  if (list !== 'invitations') return node as Record<string, string | null>;
  const participant = node.participant as { __typename: string; iso3?: string; nameEn?: string };
  // Capacities are ordered as rules 1.1-1.3 list them, not alphabetically.
  const capacityRank = String(
    INVITATION_CAPACITIES.indexOf(node.capacity as (typeof INVITATION_CAPACITIES)[number]),
  ).padStart(2, '0');
  return {
    id: node.id as string,
    updatedAt: node.updatedAt as string,
    iso3: participant.iso3 ?? null,
    nameEn: participant.nameEn ?? null,
    capacityRank,
  };
}

interface Page {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { cursor: string; node: Record<string, string | null> }[];
}

/** A row's place in an order: its key, nulls last ascending and first descending (as SQL's default), then its ID. */
function compare(direction: Direction) {
  return (a: Row, b: Row): number => {
    if (a.key !== b.key) {
      if (a.key === null) return direction === 'ASC' ? 1 : -1;
      if (b.key === null) return direction === 'ASC' ? -1 : 1;
      return (a.key < b.key ? -1 : 1) * (direction === 'ASC' ? 1 : -1);
    }
    return 0;
  };
}

describe.each(testBackends())('orderBy on the lists partners page through, on %s', (backend) => {
  let api: ApiFixture;
  let actors: Actors;
  let meetingId: string;

  beforeAll(async () => {
    api = await startApi({ backend });
    actors = await createActors(api, { stateIso3: 'NGA', otherStateIso3: 'SSD' });
    const prisma = api.database.prisma;
    // Meetings that tie on their opening day, and reports that tie on their due date or were not received.
    for (const opensOn of ['2024-11-25', '2024-11-25', '2025-09-15', '2022-08-30', '2024-11-25']) {
      await createMeeting(prisma, {
        opensOn: new Date(`${opensOn}T00:00:00Z`),
        closesOn: new Date(`${opensOn}T00:00:00Z`),
      });
    }
    const convention = await prisma.convention.findUniqueOrThrow({ where: { code: 'CCM' } });
    const states = await prisma.state.findMany({ orderBy: { iso3: 'asc' }, take: 12 });
    // A meeting inviting a dozen States and three organisations, and audit events two of which share an instant.
    const invited = await createMeeting(prisma, {
      opensOn: new Date('2026-11-16T00:00:00Z'),
      closesOn: new Date('2026-11-20T00:00:00Z'),
    });
    meetingId = encodeGlobalID('Meeting', invited.id);
    // More organisations than the five of right, one name sharing its first words with another.
    await prisma.organisation.createMany({
      data: [
        'Geneva International Centre for Humanitarian Demining',
        'Geneva Call',
        'Mines Advisory Group',
        "Norwegian People's Aid",
        'Halo Trust',
      ].map((name, index) => ({
        acronym: `ORD${index}`,
        name,
        kind: 'NGO' as const,
      })),
    });
    const organisations = await prisma.organisation.findMany({ orderBy: { acronym: 'asc' }, take: 3 });
    await prisma.invitation.createMany({
      data: [
        ...states.map((state, index) => ({
          meetingId: invited.id,
          stateId: state.id,
          capacity: index % 2 === 0 ? ('STATE_PARTY' as const) : ('SIGNATORY_OBSERVER' as const),
          status: 'ISSUED' as const,
        })),
        ...organisations.map((organisation) => ({
          meetingId: invited.id,
          organisationId: organisation.id,
          capacity: 'ORGANISATION_OF_RIGHT' as const,
          status: 'ISSUED' as const,
        })),
      ],
    });
    await prisma.auditEvent.createMany({
      data: Array.from({ length: 10 }, (_, index) => ({
        action: 'meeting.convene',
        entityType: 'Meeting',
        entityId: invited.id,
        at: new Date(Date.UTC(2026, 0, 1 + Math.min(index, 8))),
      })),
    });
    await prisma.transparencyReport.createMany({
      data: states.map((state, index) => ({
        conventionId: convention.id,
        stateId: state.id,
        kind: 'ANNUAL' as const,
        periodYear: 2024,
        periodStart: new Date('2024-01-01T00:00:00Z'),
        periodEnd: new Date('2024-12-31T00:00:00Z'),
        dueOn: new Date(index % 3 === 0 ? '2025-04-30T00:00:00Z' : '2024-04-30T00:00:00Z'),
        receivedOn: index % 4 === 0 ? null : new Date(`2025-0${(index % 5) + 1}-1${index % 3}T00:00:00Z`),
        published: true,
      })),
    });
  });
  afterAll(() => api.close());

  async function page(list: List, variables: Record<string, unknown>) {
    const { body } = await api.graphql<Record<string, Page | { invitations: Page } | null>>(pageQuery(list), {
      variables: list === 'invitations' ? { meeting: meetingId, ...variables } : variables,
      headers: actors.secretariat.headers,
    });
    const data =
      body.data &&
      (list === 'invitations'
        ? ((body.data.node as { invitations: Page } | null)?.invitations ?? null)
        : (body.data[list] as Page | null));
    return {
      errors: body.errors,
      data: data
        ? { [list]: data }
        : body.data === undefined
          ? undefined
          : ({ [list]: null } as Record<List, Page | null>),
    } as { errors?: typeof body.errors; data?: Record<List, Page> };
  }

  /** Every page of a list in one order, as a partner reads them. */
  async function pageThrough(list: List, orderBy?: { field: string; direction: Direction }) {
    const rows: Row[] = [];
    let totalCount = 0;
    const key = orderBy ? LISTS[list].keys[orderBy.field as keyof (typeof LISTS)[List]['keys']] : null;
    const pages = pagesOf(async (after) => {
      const body = await page(list, { orderBy, after, first: list === 'states' ? 50 : PAGE });
      expect(body.errors).toBeUndefined();
      return body.data![list];
    });
    for await (const data of pages) {
      rows.push(
        ...data.edges
          .map((edge) => flatten(list, edge.node))
          .map((node) => ({ id: node.id!, key: key ? (node[key] ?? null) : null })),
      );
      totalCount = data.totalCount;
    }
    return { rows, totalCount };
  }

  const orders = Object.entries(LISTS).flatMap(([list, { keys }]) =>
    Object.keys(keys).flatMap((field) =>
      (['ASC', 'DESC'] as const).map((direction) => ({ list: list as List, field, direction })),
    ),
  );

  it.each(orders)(
    'pages through $list by $field $direction: every row once, in that order',
    async ({ list, field, direction }) => {
      const { rows, totalCount } = await pageThrough(list, { field, direction });
      expect(rows.length).toBeGreaterThan(PAGE);
      expect(rows.length).toBe(totalCount);
      expect(new Set(rows.map((row) => row.id)).size).toBe(rows.length);
      expect(rows).toEqual([...rows].sort(compare(direction)));
    },
  );

  it.each([
    { list: 'states' as const, field: 'NAME', direction: 'ASC' as const },
    { list: 'meetings' as const, field: 'START_DATE', direction: 'DESC' as const },
    { list: 'transparencyReports' as const, field: 'DUE_ON', direction: 'DESC' as const },
    { list: 'organisations' as const, field: 'ACRONYM', direction: 'ASC' as const },
    { list: 'auditEvents' as const, field: 'WRITTEN', direction: 'DESC' as const },
    { list: 'invitations' as const, field: 'CAPACITY', direction: 'ASC' as const },
  ])(
    'lists $list by $field $direction when no orderBy is given, as before orderBy existed',
    async ({ list, field, direction }) => {
      const unordered = await pageThrough(list);
      const ordered = await pageThrough(list, { field, direction });
      expect(unordered.rows.map((row) => row.id)).toEqual(ordered.rows.map((row) => row.id));
      const first = await page(list, { first: 3 });
      const sameOrder = await page(list, {
        orderBy: { field, direction },
        first: 3,
        after: first.data![list].pageInfo.endCursor,
      });
      expect(sameOrder.errors).toBeUndefined();
    },
  );

  it.each([
    { list: 'states' as const, read: { field: 'NAME', direction: 'ASC' }, used: { field: 'ISO3', direction: 'ASC' } },
    { list: 'states' as const, read: { field: 'NAME', direction: 'ASC' }, used: { field: 'NAME', direction: 'DESC' } },
    {
      list: 'meetings' as const,
      read: { field: 'START_DATE', direction: 'DESC' },
      used: { field: 'UPDATED_AT', direction: 'DESC' },
    },
    {
      list: 'transparencyReports' as const,
      read: { field: 'DUE_ON', direction: 'DESC' },
      used: { field: 'RECEIVED_ON', direction: 'ASC' },
    },
    {
      list: 'organisations' as const,
      read: { field: 'ACRONYM', direction: 'ASC' },
      used: { field: 'NAME', direction: 'ASC' },
    },
    {
      list: 'auditEvents' as const,
      read: { field: 'WRITTEN', direction: 'DESC' },
      used: { field: 'WRITTEN', direction: 'ASC' },
    },
    {
      list: 'invitations' as const,
      read: { field: 'CAPACITY', direction: 'ASC' },
      used: { field: 'ISO3', direction: 'ASC' },
    },
  ])(
    'refuses a cursor of $list read in one order and passed with another ($used.field $used.direction)',
    async ({ list, read, used }) => {
      const first = await page(list, { orderBy: read, first: 3 });
      const body = await page(list, { orderBy: used, first: 3, after: first.data![list].pageInfo.endCursor });
      expect(body.data?.[list] ?? null).toBeNull();
      expect(body.errors).toEqual([
        expect.objectContaining({
          message: `The cursor belongs to another order of this list (${read.field} ${read.direction}), not to ${used.field} ${used.direction}: page with the orderBy the cursor was read with, or start again without a cursor.`,
          extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }),
        }),
      ]);
    },
  );

  it('refuses orderBy sent as null (the SDK types allow it) with BAD_USER_INPUT naming the argument, not a server error', async () => {
    const body = await page('states', { orderBy: null, first: 3 });
    expect(body.errors).toEqual([
      expect.objectContaining({
        message: 'Argument "orderBy" of non-null type "StateOrder!" must not be null.',
        extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }),
      }),
    ]);
  });

  it('refuses a cursor it did not give out, with the same code', async () => {
    const body = await page('states', { after: 'bm90IGEgY3Vyc29y', first: 3 });
    expect(body.errors).toEqual([
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) }),
    ]);
  });
});
