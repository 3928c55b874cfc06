import { testBackends } from '@plenary/db/testing';
import {
  getNamedType,
  isEnumType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  parse,
  type GraphQLField,
  type GraphQLObjectType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../../src/builder.ts';
import { schema } from '../../src/schema/index.ts';
import { isConnectionField, isConnectionType } from '../../src/connections/connection-shape.ts';
import { estimateQueryCost, LIST_ITEMS } from '../../src/security/query-cost.ts';
import { DEFAULT_QUERY_LIMITS } from '../../src/security/query-limits.ts';
import { createActors, type Actors } from '../support/actors.ts';
import { startApi, type ApiFixture } from '../support/api-fixture.ts';
import { createQueryCounter } from '../support/query-counter.ts';

// Every list the API returns is priced by the rows it can make the database read (security/query-cost.ts), found
// from the schema itself: a new list or connection field without a price fails here, not in production.

/**
 * The statements one accepted request may send, whatever its page sizes: the session, then one per level of pages
 * (read in batches, never per item) and its counts. Measured: 2 or 3 for each probe below.
 */
const MAX_STATEMENTS_PER_REQUEST = 5;

type AnyField = GraphQLField<unknown, unknown>;
const objectTypes = Object.values(schema.getTypeMap()).filter(
  (type): type is GraphQLObjectType => isObjectType(type) && !type.name.startsWith('__'),
);
const takesNoRequiredArgument = (field: AnyField) =>
  field.args.every((argument) => !isNonNullType(argument.type) || argument.defaultValue !== undefined);
const isPageableField = (field: AnyField) => isConnectionField(field) && takesNoRequiredArgument(field);
const isLeaf = (field: AnyField) => {
  const type = getNamedType(field.type);
  return (isScalarType(type) || isEnumType(type)) && takesNoRequiredArgument(field);
};

/** "Type.field" of every list of objects that is not a connection's page of edges and not `nodes(ids:)`. */
function listFields(): string[] {
  const lists: string[] = [];
  for (const type of objectTypes) {
    if (isConnectionType(type)) continue;
    for (const field of Object.values(type.getFields())) {
      const unwrapped = isNonNullType(field.type) ? field.type.ofType : field.type;
      if (
        isListType(unwrapped) &&
        isObjectType(getNamedType(field.type)) &&
        !(type.name === 'Query' && field.name === 'nodes')
      )
        lists.push(`${type.name}.${field.name}`);
    }
  }
  return lists.sort();
}

/** The smallest selection on an object type (its id when it has one) and what it costs once. */
function leafOf(type: GraphQLObjectType): { selection: string; cost: number } {
  const fields = Object.values(type.getFields());
  const leaf = fields.find((field) => field.name === 'id') ?? fields.find(isLeaf);
  if (leaf) return { selection: leaf.name, cost: 1 };
  const object = fields.find(
    (field) =>
      isObjectType(isNonNullType(field.type) ? field.type.ofType : field.type) && takesNoRequiredArgument(field),
  );
  if (!object) throw new Error(`${type.name} has no field without arguments to select`);
  const inner = leafOf(getNamedType(object.type) as GraphQLObjectType);
  return { selection: `${object.name} { ${inner.selection} }`, cost: 1 + inner.cost };
}

const nodeTypeOf = (connectionField: AnyField) => {
  const connection = getNamedType(connectionField.type) as GraphQLObjectType;
  const edge = getNamedType(connection.getFields().edges!.type) as GraphQLObjectType;
  return getNamedType(edge.getFields().node!.type);
};

/** The cost of selecting `selection` on `type`, spread from the root as a fragment. */
function costOn(type: string, selection: string): number {
  const document = parse(`query { ...Probe } fragment Probe on ${type} { ${selection} }`);
  return estimateQueryCost({ schema, document, operationName: null, variables: {} });
}

describe('the price of every list field', () => {
  it('has a number of items in LIST_ITEMS for every list of objects that is not a connection page, and none for a list that is gone', () => {
    expect(Object.keys(LIST_ITEMS).sort()).toEqual(listFields());
  });

  it.each(listFields())('counts the fields below %s once per item it may hold', (name) => {
    const [typeName, fieldName] = name.split('.') as [string, string];
    const itemType = getNamedType(
      (schema.getType(typeName) as GraphQLObjectType).getFields()[fieldName]!.type,
    ) as GraphQLObjectType;
    const leaf = leafOf(itemType);
    // The list itself costs 1; the selection below it, once per item.
    expect(costOn(typeName, `${fieldName} { ${leaf.selection} }`)).toBe(1 + LIST_ITEMS[name]! * leaf.cost);
  });

  const connectionFields = objectTypes.flatMap((type) =>
    Object.values(type.getFields())
      .filter(isPageableField)
      .map((field) => ({ name: `${type.name}.${field.name}`, type, field })),
  );

  it.each(connectionFields.map(({ name }) => name))(
    'counts the fields below %s once per item of the page asked for',
    (name) => {
      const { type, field } = connectionFields.find((candidate) => candidate.name === name)!;
      const nodeType = nodeTypeOf(field) as GraphQLObjectType;
      const leaf = leafOf(nodeType);
      const page = (first: string) => `${field.name}${first} { edges { node { ${leaf.selection} } } }`;
      // The connection and its edges cost 1 each; each item, its node and the selection below it.
      expect(costOn(type.name, page(`(first: ${MAX_PAGE_SIZE})`))).toBe(2 + (1 + leaf.cost) * MAX_PAGE_SIZE);
      expect(costOn(type.name, page(''))).toBe(2 + (1 + leaf.cost) * DEFAULT_PAGE_SIZE);
    },
  );
});

interface Probe {
  root: string;
  /** The largest pages, nested as deep as the limits accept. */
  accepted: string;
  /** One page of the largest size nested deeper. */
  refused: string | null;
}

/**
 * For every root connection of Query: a page of the largest size whose nodes each open the first connection of their
 * own at its largest size (what the limits accept), and the same with one more such level (one step beyond).
 */
function rootProbes(): Probe[] {
  const query = schema.getQueryType()!;
  const probes: Probe[] = [];
  for (const root of Object.values(query.getFields()).filter(isPageableField)) {
    const page = (field: AnyField, inner: string) =>
      `${field.name}(first: ${MAX_PAGE_SIZE}) { edges { node { ${inner} } } }`;
    const chain: AnyField[] = [root];
    for (let depth = 0; depth < 2; depth += 1) {
      const nodeType = nodeTypeOf(chain.at(-1)!);
      const next = isObjectType(nodeType) ? Object.values(nodeType.getFields()).find(isPageableField) : undefined;
      if (!next) break;
      chain.push(next);
    }
    const nest = (fields: AnyField[]) =>
      fields.reduceRight(
        (inner, field) => page(field, `${leafOf(nodeTypeOf(field) as GraphQLObjectType).selection} ${inner}`),
        '',
      );
    probes.push({
      root: root.name,
      accepted: `{ ${nest(chain.slice(0, 2))} }`,
      refused: chain.length === 3 ? `{ ${nest(chain)} }` : null,
    });
  }
  return probes;
}

describe.each(testBackends())('the largest pages the cost limit accepts, on %s', (backend) => {
  const counter = createQueryCounter();
  let api: ApiFixture;
  let actors: Actors;
  let sessionOnly: number;

  beforeAll(async () => {
    api = await startApi({ backend, onQuery: counter.onQuery });
    actors = await createActors(api, { stateIso3: 'CHE', otherStateIso3: 'AUT' });
    // What any request of an administrator (who may read every list) reads before its operation: the session.
    sessionOnly = await counter.count(() => api.graphql('{ __typename }', { headers: actors.admin.headers }));
  });
  afterAll(() => api?.close());

  const probes = rootProbes();

  it('has a probe for every root connection, and one step beyond for most', () => {
    expect(probes.length).toBeGreaterThanOrEqual(8);
    expect(probes.filter((probe) => probe.refused !== null).length).toBeGreaterThanOrEqual(3);
  });

  it.each(probes.map((probe) => [probe.root, probe] as const))(
    'answers %s with the largest pages nested in a bounded number of statements',
    async (_root, probe) => {
      let response: Awaited<ReturnType<ApiFixture['graphql']>> | undefined;
      const statements = await counter.count(async () => {
        response = await api.graphql(probe.accepted, { headers: actors.admin.headers });
      });
      expect(response!.body.errors).toBeUndefined();
      expect(response!.status).toBe(200);
      expect(statements).toBeLessThanOrEqual(MAX_STATEMENTS_PER_REQUEST);
    },
  );

  it.each(probes.filter((probe) => probe.refused !== null).map((probe) => [probe.root, probe] as const))(
    'refuses %s with one more level of the largest pages before reading anything',
    async (_root, probe) => {
      let response: Awaited<ReturnType<ApiFixture['graphql']>> | undefined;
      const statements = await counter.count(async () => {
        response = await api.graphql(probe.refused!, { headers: actors.admin.headers });
      });
      expect(response!.status).toBe(400);
      expect(response!.body.errors?.[0]).toMatchObject({
        extensions: { code: 'QUERY_TOO_COSTLY' },
        message: expect.stringContaining(`limit of ${DEFAULT_QUERY_LIMITS.maxCost}`),
      });
      expect(statements).toBe(sessionOnly);
    },
  );
});
