import { GraphQLInputObjectType, GraphQLScalarType, isSpecifiedScalarType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { schema } from '../src/schema/index.ts';

// The schema's vocabulary as a partner's API designer reads it: no database is read, so these run once.
describe('the schema vocabulary', () => {
  it('names the specification of every custom scalar with @specifiedBy', () => {
    const customScalars = Object.values(schema.getTypeMap()).filter(
      (type): type is GraphQLScalarType => type instanceof GraphQLScalarType && !isSpecifiedScalarType(type),
    );
    expect(customScalars.map((scalar) => scalar.name)).toEqual(
      expect.arrayContaining(['Date', 'DateTime', 'Decimal', 'JSON']),
    );
    for (const scalar of customScalars) expect(scalar.specifiedByURL, scalar.name).toMatch(/^https?:\/\/\S+$/);
  });

  it('marks with @oneOf the inputs that take one of two forms: a State by ISO code or ID, an observer applicant by ID or details', () => {
    const oneOf = Object.values(schema.getTypeMap()).filter(
      (type): type is GraphQLInputObjectType => type instanceof GraphQLInputObjectType && type.isOneOf,
    );
    expect(oneOf.map((type) => type.name)).toEqual(
      expect.arrayContaining(['ObserverApplicantInput', 'StateReferenceInput']),
    );
    expect(Object.keys((schema.getType('StateReferenceInput') as GraphQLInputObjectType).getFields()).sort()).toEqual([
      'id',
      'iso3',
    ]);
    expect(
      Object.keys((schema.getType('ObserverApplicantInput') as GraphQLInputObjectType).getFields()).sort(),
    ).toEqual(['organisation', 'organisationId']);
  });
});
