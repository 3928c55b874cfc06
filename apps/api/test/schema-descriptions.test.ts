import {
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isIntrospectionType,
  isObjectType,
  isSpecifiedScalarType,
  type GraphQLNamedType,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { schema } from '../src/schema/index.ts';

/** Every schema coordinate (`Type`, `Type.field`, `Type.field(argument:)`, `Enum.VALUE`) a partner reads in the reference without a description. */
function undescribedCoordinates(types: readonly GraphQLNamedType[]): string[] {
  const missing: string[] = [];
  const check = (coordinate: string, description: string | null | undefined) => {
    if (!description?.trim()) missing.push(coordinate);
  };
  for (const type of types) {
    check(type.name, type.description);
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        check(`${type.name}.${field.name}`, field.description);
        for (const argument of field.args) check(`${type.name}.${field.name}(${argument.name}:)`, argument.description);
      }
    } else if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) check(`${type.name}.${field.name}`, field.description);
    } else if (isEnumType(type)) {
      for (const value of type.getValues()) check(`${type.name}.${value.name}`, value.description);
    }
  }
  return missing.sort();
}

/** The types Plenary defines: GraphQL's own introspection types and built-in scalars are described by the specification. */
function plenaryTypes(): GraphQLNamedType[] {
  return Object.values(schema.getTypeMap()).filter(
    (type) => !isIntrospectionType(type) && !isSpecifiedScalarType(type),
  );
}

describe('the schema as a partner developer reads it', () => {
  it('describes every type, field, argument, input field and enum value', () => {
    expect(undescribedCoordinates(plenaryTypes())).toEqual([]);
  });

  it('finds an undescribed field, argument and enum value (the check itself can fail)', async () => {
    const { GraphQLEnumType, GraphQLObjectType, GraphQLString } = await import('graphql');
    const Colour = new GraphQLEnumType({ name: 'Colour', description: 'A colour.', values: { RED: {} } });
    const Paint = new GraphQLObjectType({
      name: 'Paint',
      description: 'A tin of paint.',
      fields: { colour: { type: Colour, args: { shade: { type: GraphQLString } } } },
    });
    expect(undescribedCoordinates([Paint, Colour])).toEqual(['Colour.RED', 'Paint.colour', 'Paint.colour(shade:)']);
  });
});
