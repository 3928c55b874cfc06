import { GraphQLObjectType, GraphQLSchema, GraphQLString } from 'graphql';
import { describe, expect, it } from 'vitest';
import { CALLER_KINDS, readersOf, sensitiveFields, type Reader } from '../../src/auth/readers.ts';
import { schema } from '../../src/schema/index.ts';

// Issue #15, the leak scan. Every field that holds personal data, a draft report, credentials or a payment says
// who may read it, beside its definition (auth/readers.ts); this file holds the schema to that.

const READERS: readonly Reader[] = [...CALLER_KINDS, 'SELF', 'EVERYONE_ONCE_PUBLISHED'];

/** "Type.field (why it is sensitive)" of each sensitive field that has no reader set. */
function fieldsWithoutReaders(of: GraphQLSchema): string[] {
  return sensitiveFields(of)
    .filter(({ type, field }) => readersOf(type, field) === null)
    .map(({ type, field, category }) => `${type.name}.${field.name} (${category})`);
}

describe('the reader sets beside the fields', () => {
  it('name who may read every field that holds personal data, a draft report, credentials or a payment', () => {
    expect(sensitiveFields(schema).length).toBeGreaterThan(0);
    expect(fieldsWithoutReaders(schema), 'add `extensions: readableBy(...)` (auth/readers.ts) beside these fields or their type').toEqual([]);
  });

  it('name only kinds of caller the API tells apart', () => {
    const unknown = sensitiveFields(schema).flatMap(({ type, field }) => (readersOf(type, field) ?? []).filter((reader) => !READERS.includes(reader)).map((reader) => `${type.name}.${field.name}: ${reader}`));
    expect(unknown).toEqual([]);
  });

  it('fail, naming the field, when a new field of personal data comes without one', () => {
    const Contact = new GraphQLObjectType({ name: 'Contact', fields: { label: { type: GraphQLString }, mobilePhone: { type: GraphQLString } } });
    const withNewField = new GraphQLSchema({ query: new GraphQLObjectType({ name: 'Query', fields: { contact: { type: Contact } } }) });
    expect(fieldsWithoutReaders(withNewField)).toEqual(['Contact.mobilePhone (a telephone number)']);
  });
});
