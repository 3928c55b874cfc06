// The baseline: what operations (1) and (2) cost with hand-written SQL and JSON.stringify of the rows, on a bare
// node:http server. Postgres is queried through `pg`; PGlite (which one process owns) through its own query API.
import http from 'node:http';
import type { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { loadPGlite, POSTGRES_POOL_SIZE, type DatabaseSource } from './bench-database.ts';
import { listenOnLoopback, type LoopbackServer } from './loopback-server.ts';
import { PAGE_SIZE, STANDING_DATE } from './operations.ts';

type Query = <Row>(sql: string, params: unknown[]) => Promise<Row[]>;

export const BASELINE_PATHS = { statesParties: '/states-parties', meetingDelegations: '/meeting-delegations' } as const;

// Dates as the API prints them: calendar dates as YYYY-MM-DD.
const STATES_PARTIES_SQL = `
  SELECT s.iso3, s."nameEn" AS name, to_char(t."entryIntoForceOn", 'YYYY-MM-DD') AS "entryIntoForce",
         to_char(t."depositedOn", 'YYYY-MM-DD') AS "depositedOn", t.instrument
  FROM "State" s
  JOIN "TreatyStatus" t ON t."stateId" = s.id
  JOIN "Convention" c ON c.id = t."conventionId" AND c.code = 'CCM'
  WHERE t."entryIntoForceOn" <= $1::date AND (t."withdrawalEffectiveOn" IS NULL OR t."withdrawalEffectiveOn" > $1::date)
  ORDER BY s."nameEn", s.id
  LIMIT $2`;

// One page of invitations by capacity, then the State's name, as the API orders them.
const INVITATIONS_SQL = `
  SELECT i.id, s.iso3, s."nameEn" AS name, d.id AS "delegationId", d."headMemberId"
  FROM "Invitation" i
  LEFT JOIN "State" s ON s.id = i."stateId"
  LEFT JOIN "Organisation" o ON o.id = i."organisationId"
  LEFT JOIN "Delegation" d ON d."invitationId" = i.id
  WHERE i."meetingId" = $1
  ORDER BY i.capacity, s."nameEn", o.acronym, i.id
  LIMIT $2`;

const MEMBERS_SQL = `
  SELECT id, "delegationId", "givenName", "familyName", role
  FROM "DelegationMember"
  WHERE "delegationId" = ANY($1::uuid[])
  ORDER BY "delegationId", position`;

interface InvitationRow {
  id: string;
  iso3: string | null;
  name: string | null;
  delegationId: string | null;
  headMemberId: string | null;
}

interface MemberRow {
  id: string;
  delegationId: string;
  givenName: string;
  familyName: string;
  role: string | null;
}

export async function statesParties(query: Query, on: string) {
  const rows = await query<{
    iso3: string;
    name: string;
    entryIntoForce: string;
    depositedOn: string | null;
    instrument: string | null;
  }>(STATES_PARTIES_SQL, [on, PAGE_SIZE]);
  return {
    data: {
      states: {
        edges: rows.map((row) => ({
          node: {
            iso3: row.iso3,
            name: row.name,
            standing: { status: 'STATE_PARTY', entryIntoForce: row.entryIntoForce },
            treatyStatus: { depositedOn: row.depositedOn, instrument: row.instrument },
          },
        })),
      },
    },
  };
}

export async function meetingDelegations(query: Query, meetingId: string) {
  const invitations = await query<InvitationRow>(INVITATIONS_SQL, [meetingId, PAGE_SIZE]);
  const delegationIds = invitations.flatMap((invitation) => (invitation.delegationId ? [invitation.delegationId] : []));
  const members = await query<MemberRow>(MEMBERS_SQL, [delegationIds]);
  const byDelegation = new Map<string, MemberRow[]>();
  for (const member of members) {
    const list = byDelegation.get(member.delegationId);
    if (list) list.push(member);
    else byDelegation.set(member.delegationId, [member]);
  }
  return {
    data: {
      meeting: {
        invitations: {
          edges: invitations.map((invitation) => ({
            node: {
              participant: invitation.iso3 ? { iso3: invitation.iso3, name: invitation.name } : {},
              delegation: invitation.delegationId
                ? {
                    members: (byDelegation.get(invitation.delegationId) ?? []).map((member) => ({
                      givenName: member.givenName,
                      familyName: member.familyName,
                      role: member.id === invitation.headMemberId ? 'HEAD' : member.role,
                    })),
                  }
                : null,
            },
          })),
        },
      },
    },
  };
}

function pgQuery(pool: pg.Pool): Query {
  return async <Row>(sql: string, params: unknown[]) => (await pool.query(sql, params)).rows as Row[];
}

function pgliteQuery(pglite: PGlite): Query {
  return async <Row>(sql: string, params: unknown[]) => (await pglite.query<Row>(sql, params)).rows;
}

export interface BaselineServer extends LoopbackServer {
  /** SQL statements sent since start. */
  statements(): number;
}

export async function startBaseline(source: DatabaseSource): Promise<BaselineServer> {
  let close: () => Promise<void>;
  let run: Query;
  if (source.backend === 'postgres') {
    const pool = new pg.Pool({ connectionString: source.url, max: POSTGRES_POOL_SIZE });
    run = pgQuery(pool);
    close = () => pool.end();
  } else {
    const pglite = await loadPGlite(source.dumpFile);
    run = pgliteQuery(pglite);
    close = () => pglite.close();
  }
  let statements = 0;
  const query: Query = (sql, params) => {
    statements += 1;
    return run(sql, params);
  };
  const server = http.createServer((request, response) => {
    // Read (and ignore) the body, as a GraphQL server would have to.
    request.resume();
    request.on('end', () => {
      const url = new URL(request.url ?? '/', 'http://localhost');
      const work =
        url.pathname === BASELINE_PATHS.statesParties
          ? statesParties(query, url.searchParams.get('on') ?? STANDING_DATE)
          : url.pathname === BASELINE_PATHS.meetingDelegations
            ? meetingDelegations(query, url.searchParams.get('id') ?? '')
            : Promise.resolve(null);
      work.then(
        (body) => {
          response.writeHead(body ? 200 : 404, { 'content-type': 'application/json' });
          response.end(JSON.stringify(body ?? { errors: [{ message: 'not found' }] }));
        },
        (error: unknown) => {
          response.writeHead(500, { 'content-type': 'application/json' });
          response.end(JSON.stringify({ errors: [{ message: String(error) }] }));
        },
      );
    });
  });
  return { ...(await listenOnLoopback(server, close)), statements: () => statements };
}
