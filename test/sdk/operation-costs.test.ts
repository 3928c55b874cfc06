import { createUser, startAsNpmStartDoes, type RunningPlenary } from '@plenary/api/testing';
import * as sdk from '@plenary/sdk';
import { Kind, parse, type OperationDefinitionNode } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// Every operation the SDK ships is priced by the server `npm start` runs (extensions.cost, as partners read it) at the
// largest page a caller may ask for, so no partner's or admin screen's page size can be refused as QUERY_TOO_COSTLY,
// and a partner's sync fits its key's budget many times a minute.

/** The largest `first`/`last` the API takes; the SDK's helpers ask for 50 or 100, the admin app for 25, 50 or 100. */
const LARGEST_PAGE = 100;
/** Operations whose only caller asks for smaller pages, with that size; at 100 they would be refused. */
const CALLER_PAGE_SIZE: Record<string, number> = {
  // apps/admin/src/screens/contributions.tsx: 50 States with every meeting they were assessed for (40,150 at 50).
  AdminContributionsStatus: 50,
};
/** The README's limits: a query may cost 50,000, an API key has 1,200 points a minute, a point buys 100 of cost. */
const MAX_QUERY_COST = 50_000;
const API_KEY_POINTS_PER_MINUTE = 1_200;
const QUERY_COST_PER_POINT = 100;
/**
 * A partner pages through lists about as long as the list of States (two pages of 100): five largest pages of any
 * partner operation a minute must fit its key's budget, so such a list can be read twice a minute and more.
 */
const PARTNER_PAGES_PER_MINUTE = 5;

interface Operation {
  name: string;
  text: string;
  kind: 'query' | 'mutation';
  pageVariables: Record<string, number>;
}

const operations: Operation[] = Object.entries(sdk)
  .filter(([name]) => name.endsWith('Document'))
  .map(([, document]) => {
    const text = String(document);
    const definition = parse(text).definitions.find(
      (node): node is OperationDefinitionNode => node.kind === Kind.OPERATION_DEFINITION,
    )!;
    const declared = (definition.variableDefinitions ?? []).map((variable) => variable.variable.name.value);
    return {
      name: definition.name!.value,
      text,
      kind: definition.operation as 'query' | 'mutation',
      pageVariables: Object.fromEntries(
        declared
          .filter((name) => name === 'first' || name === 'last')
          .map((name) => [name, CALLER_PAGE_SIZE[definition.name!.value] ?? LARGEST_PAGE]),
      ),
    };
  });

const isPartnerOperation = (operation: Operation) => operation.kind === 'query' && !operation.name.startsWith('Admin');

describe('what each SDK operation costs at the largest page its callers ask for', () => {
  let plenary: RunningPlenary;
  let headers: Record<string, string>;

  beforeAll(async () => {
    plenary = await startAsNpmStartDoes();
    await createUser(plenary.database.prisma, { email: 'pricing@plenary.test', role: 'SECRETARIAT' });
    const client = sdk.createPlenaryClient({ url: `${plenary.url}/graphql` });
    const { signIn } = await client.request(sdk.SignInDocument, {
      email: 'pricing@plenary.test',
      password: 'correct horse battery staple',
    });
    if (signIn.__typename !== 'MutationSignInSuccess') throw new Error(`could not sign in: ${JSON.stringify(signIn)}`);
    headers = { authorization: `Bearer ${signIn.session.token}`, 'content-type': 'application/json' };
  });
  afterAll(() => plenary?.close());

  /** The cost the server reckons. A mutation goes without its required variables, so it is priced and refused, never run. */
  async function costOf(operation: Operation): Promise<{ cost: number; code: string | undefined }> {
    const response = await fetch(`${plenary.url}/graphql`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ query: operation.text, variables: operation.pageVariables }),
    });
    const body = (await response.json()) as {
      errors?: { extensions?: { code?: string } }[];
      extensions?: { cost?: { requestedQueryCost: number; maximumQueryCost: number } };
    };
    // The limit the README states is the one the server applies.
    expect(body.extensions!.cost!.maximumQueryCost).toBe(MAX_QUERY_COST);
    return { cost: body.extensions!.cost!.requestedQueryCost, code: body.errors?.[0]?.extensions?.code };
  }

  it('finds the SDK’s operations, partner and admin', () => {
    expect(operations.map((operation) => operation.name)).toEqual(
      expect.arrayContaining(['StatesChangedSince', 'MeetingsChangedSince', 'AdminMeetings', 'AdminCreateMeeting']),
    );
    expect(operations.filter((operation) => Object.keys(operation.pageVariables).length > 0).length).toBeGreaterThan(
      10,
    );
  });

  it.each(
    operations
      .filter((operation) => operation.name !== 'SignOut')
      .map((operation) => [operation.name, operation] as const),
  )('%s is within the query cost limit', async (_, operation) => {
    const { cost, code } = await costOf(operation);
    expect(code).not.toBe('QUERY_TOO_COSTLY');
    expect(cost).toBeGreaterThan(0);
    expect(cost).toBeLessThanOrEqual(MAX_QUERY_COST);
    if (isPartnerOperation(operation))
      expect(Math.ceil(cost / QUERY_COST_PER_POINT) * PARTNER_PAGES_PER_MINUTE).toBeLessThanOrEqual(
        API_KEY_POINTS_PER_MINUTE,
      );
  });
});
