// The peer a partner would pick instead: PostGraphile 5 (Amber preset) on the same seeded Postgres database, answering
// (1) and (2) as a PostGraphile user would write them. PostGraphile pages a table by its columns only, so the two
// orders the API uses (States by name on a date; invitations by capacity, then State name) are SQL functions in a
// schema of their own, PostGraphile's documented way ("custom queries" and "computed columns"), as is the members'
// order (PostGraphile orders a relation only by indexed columns, and members' position has no index). Postgres only:
// PostGraphile needs a Postgres server.
import http from 'node:http';
import pg from 'pg';
import { postgraphile } from 'postgraphile';
import { makePgService } from 'postgraphile/adaptors/pg';
import { grafserv } from 'postgraphile/grafserv/node';
import { PostGraphileAmberPreset } from 'postgraphile/presets/amber';
import { POSTGRES_POOL_SIZE } from './bench-database.ts';
import { listenOnLoopback, type LoopbackServer } from './loopback-server.ts';

const FUNCTIONS_SCHEMA = 'postgraphile_bench';

const FUNCTIONS_SQL = `
  CREATE SCHEMA IF NOT EXISTS ${FUNCTIONS_SCHEMA};
  CREATE OR REPLACE FUNCTION ${FUNCTIONS_SCHEMA}.states_parties_on("on" date) RETURNS SETOF public."State"
  LANGUAGE sql STABLE AS $$
    SELECT s.* FROM public."State" s
    JOIN public."TreatyStatus" t ON t."stateId" = s.id
    JOIN public."Convention" c ON c.id = t."conventionId" AND c.code = 'CCM'
    WHERE t."entryIntoForceOn" <= "on" AND (t."withdrawalEffectiveOn" IS NULL OR t."withdrawalEffectiveOn" > "on")
    ORDER BY s."nameEn", s.id
  $$;
  CREATE OR REPLACE FUNCTION ${FUNCTIONS_SCHEMA}."Meeting_invitations_in_order"(meeting public."Meeting") RETURNS SETOF public."Invitation"
  LANGUAGE sql STABLE AS $$
    SELECT i.* FROM public."Invitation" i
    LEFT JOIN public."State" s ON s.id = i."stateId"
    LEFT JOIN public."Organisation" o ON o.id = i."organisationId"
    WHERE i."meetingId" = meeting.id
    ORDER BY i.capacity, s."nameEn", o.acronym, i.id
  $$;
  CREATE OR REPLACE FUNCTION ${FUNCTIONS_SCHEMA}."Delegation_members_in_order"(delegation public."Delegation") RETURNS SETOF public."DelegationMember"
  LANGUAGE sql STABLE AS $$
    SELECT m.* FROM public."DelegationMember" m WHERE m."delegationId" = delegation.id ORDER BY m.position
  $$;`;

export const POSTGRAPHILE_STATES_PARTIES_QUERY = `query StatesParties($on: Date!, $first: Int!, $conventionId: UUID!) {
  postgraphileBenchStatesPartiesOn(on: $on, first: $first) {
    nodes {
      iso3 nameEn
      treatyStatusesByStateId(condition: { conventionId: $conventionId }) { nodes { entryIntoForceOn depositedOn instrument } }
    }
  }
}`;

export const POSTGRAPHILE_MEETING_DELEGATIONS_QUERY = `query MeetingDelegations($id: UUID!, $first: Int!) {
  meetingByRowId(rowId: $id) {
    invitationsInOrder(first: $first) {
      nodes {
        stateByStateId { iso3 nameEn }
        delegationsByInvitationId { nodes { headMemberId membersInOrder { nodes { rowId givenName familyName role } } } }
      }
    }
  }
}`;

interface PostGraphileStatesParties {
  postgraphileBenchStatesPartiesOn: {
    nodes: {
      iso3: string;
      nameEn: string;
      treatyStatusesByStateId: {
        nodes: { entryIntoForceOn: string; depositedOn: string | null; instrument: string | null }[];
      };
    }[];
  };
}

interface PostGraphileMeetingDelegations {
  meetingByRowId: {
    invitationsInOrder: {
      nodes: {
        stateByStateId: { iso3: string; nameEn: string } | null;
        /** At most one: a delegation's invitation is unique. */
        delegationsByInvitationId: {
          nodes: {
            headMemberId: string | null;
            membersInOrder: { nodes: { rowId: string; givenName: string; familyName: string; role: string | null }[] };
          }[];
        };
      }[];
    };
  } | null;
}

function dataOf<T>(text: string): T {
  const body = JSON.parse(text) as { data?: T; errors?: unknown[] };
  if (body.errors?.length || !body.data)
    throw new Error(`PostGraphile answered errors: ${JSON.stringify(body.errors).slice(0, 300)}`);
  return body.data;
}

/** PostGraphile's answer to (1) in the API's shape, so the two are compared whole. */
export function statesPartiesAsApiAnswers(text: string) {
  return {
    data: {
      states: {
        edges: dataOf<PostGraphileStatesParties>(text).postgraphileBenchStatesPartiesOn.nodes.map((state) => {
          const treatyStatus = state.treatyStatusesByStateId.nodes[0];
          return {
            node: {
              iso3: state.iso3,
              name: state.nameEn,
              standing: { status: 'STATE_PARTY', entryIntoForce: treatyStatus?.entryIntoForceOn ?? null },
              treatyStatus: treatyStatus
                ? { depositedOn: treatyStatus.depositedOn, instrument: treatyStatus.instrument }
                : null,
            },
          };
        }),
      },
    },
  };
}

/** PostGraphile's answer to (2) in the API's shape. */
export function meetingDelegationsAsApiAnswers(text: string) {
  const meeting = dataOf<PostGraphileMeetingDelegations>(text).meetingByRowId;
  return {
    data: {
      meeting: meeting && {
        invitations: {
          edges: meeting.invitationsInOrder.nodes.map((invitation) => {
            const delegation = invitation.delegationsByInvitationId.nodes[0] ?? null;
            return {
              node: {
                participant: invitation.stateByStateId
                  ? { iso3: invitation.stateByStateId.iso3, name: invitation.stateByStateId.nameEn }
                  : {},
                delegation: delegation && {
                  members: delegation.membersInOrder.nodes.map((member) => ({
                    givenName: member.givenName,
                    familyName: member.familyName,
                    role: member.rowId === delegation.headMemberId ? 'HEAD' : member.role,
                  })),
                },
              },
            };
          }),
        },
      },
    },
  };
}

export interface PostGraphileServer extends LoopbackServer {
  /** SQL statements sent since start, transaction control left out as the API's count leaves it out. */
  statements(): number;
}

const TRANSACTION_CONTROL = /^\s*(BEGIN|COMMIT|ROLLBACK|DEALLOCATE)/i;

/** Adds the two functions to the database and serves PostGraphile on it, with a pool as large as the API's. */
export async function startPostGraphile(databaseUrl: string): Promise<PostGraphileServer> {
  const setup = new pg.Client({ connectionString: databaseUrl });
  await setup.connect();
  try {
    await setup.query(FUNCTIONS_SQL);
  } finally {
    await setup.end();
  }
  const pool = new pg.Pool({ connectionString: databaseUrl, max: POSTGRES_POOL_SIZE });
  let statements = 0;
  pool.on('connect', (client) => {
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    (client as { query: unknown }).query = (...args: unknown[]) => {
      const first = args[0];
      const text = typeof first === 'string' ? first : ((first as { text?: string } | undefined)?.text ?? '');
      if (!TRANSACTION_CONTROL.test(text)) statements += 1;
      return query(...args);
    };
  });
  const instance = postgraphile({
    extends: [PostGraphileAmberPreset],
    pgServices: [makePgService({ pool, schemas: ['public', FUNCTIONS_SCHEMA] })],
    grafast: { explain: false },
  });
  const server = http.createServer();
  await instance.createServ(grafserv).addTo(server);
  const listening = await listenOnLoopback(server, async () => {
    await instance.release();
    await pool.end();
  });
  return { ...listening, statements: () => statements };
}
