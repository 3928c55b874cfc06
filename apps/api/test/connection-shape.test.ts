import { buildSchema, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { sensitiveFields } from '../src/auth/readers.ts';
import { pageSizeAboveCap } from '../src/security/page-size.ts';
import { estimateQueryCost } from '../src/security/query-cost.ts';

// A connection is known by its shape (edges and pageInfo; an edge by node and cursor), never by its name: the cost
// estimate, the page-size cap and the leak scan must agree on which fields page, whatever the types are called.
// Plain text, not typed documents: these are parsed against the small schema below, not the API's.
const schema = buildSchema(`
  type Query { catalogue(first: Int, last: Int): Catalogue! }
  type Catalogue { edges: [Entry!]! pageInfo: PageInfo! }
  type Entry { node: Person! cursor: String! }
  type Person { id: ID! email: String! }
  type PageInfo { hasNextPage: Boolean! endCursor: String }
`);
const catalogue = parse('{ catalogue(first: 50) { edges { node { id } } } }');

describe('what a connection is, as the API’s checks see it', () => {
  it('caps the page size of a connection whatever its type is called', () => {
    const refusal = pageSizeAboveCap({
      schema,
      document: parse('{ catalogue(first: 500) { edges { node { id } } } }'),
      operationName: null,
      variables: {},
      maxPageSize: 100,
    });
    expect(refusal).toEqual({ field: 'Query.catalogue', argument: 'first', requested: 500 });
  });

  it('prices each item of a page of a connection whatever its type is called', () => {
    // catalogue 1 + edges 1 + 50 x (node 1 + id 1)
    expect(estimateQueryCost({ schema, document: catalogue, operationName: null, variables: {} })).toBe(102);
  });

  it('judges sensitive data at the node type, not at the connection and edge that carry it', () => {
    expect(sensitiveFields(schema).map(({ type, field }) => `${type.name}.${field.name}`)).toEqual(['Person.email']);
  });
});
