import { GraphQLScalarType, isSpecifiedScalarType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { schema } from '../src/schema/index.ts';

// The schema's vocabulary as a partner's API designer reads it: no database is read, so these run once.
describe('the schema vocabulary', () => {
  it('names the specification of every custom scalar with @specifiedBy', () => {
    const customScalars = Object.values(schema.getTypeMap()).filter((type): type is GraphQLScalarType => type instanceof GraphQLScalarType && !isSpecifiedScalarType(type));
    expect(customScalars.map((scalar) => scalar.name)).toEqual(expect.arrayContaining(['Date', 'DateTime', 'Decimal', 'JSON']));
    for (const scalar of customScalars) expect(scalar.specifiedByURL, scalar.name).toMatch(/^https?:\/\/\S+$/);
  });
});
