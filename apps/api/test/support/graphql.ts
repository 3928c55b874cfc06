// The tests' GraphQL documents, typed from the printed schema by gql.tada as they are written: a test reads its
// answer as the schema says it is, and a document the schema no longer accepts fails the type check. The schema's
// types come from `test/generated/graphql-env.d.ts`, which `npm run generate` writes from schema.graphql.
import { initGraphQLTada } from 'gql.tada';
import { print, type DocumentNode } from 'graphql';
import type { introspection } from '../generated/graphql-env.d.ts';

export const graphql = initGraphQLTada<{
  introspection: introspection;
  // As the SDK types them: dates and amounts travel as strings.
  scalars: { Date: string; DateTime: string; Decimal: string; JSON: unknown };
  // A fragment's fields are part of the answer that spreads it, as the API sends them.
  disableMasking: true;
}>();

export type { ResultOf, VariablesOf } from 'gql.tada';

/** A schema input object or enum by name, for variables a test builds apart from the document that sends them. */
export type SchemaType<Name extends string> = ReturnType<typeof graphql.scalar<Name>>;

/** A document typed with its answer and variables: what `graphql()` returns. */
export type { TypedDocumentNode } from '@graphql-typed-document-node/core';

/** The text sent for a document: a typed one printed, plain text as it is. */
export function textOf(document: string | DocumentNode): string {
  return typeof document === 'string' ? document : print(document);
}
