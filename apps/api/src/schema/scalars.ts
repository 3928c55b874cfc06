import { toCalendarDate } from '@plenary/db';
import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { DateResolver, DateTimeResolver, JSONResolver } from 'graphql-scalars';
import { builder } from '../builder.ts';

// Each custom scalar names the specification of its format (`@specifiedBy`), so partners' codegen and validators
// know what to expect without reading our code.
export const SCALAR_SPECIFICATIONS = {
  Date: 'https://www.rfc-editor.org/rfc/rfc3339#section-5.6',
  DateTime: 'https://www.rfc-editor.org/rfc/rfc3339#section-5.6',
  Decimal: 'https://www.w3.org/TR/xmlschema11-2/#decimal',
} as const;

/**
 * Calendar dates travel as `YYYY-MM-DD`; the database holds them as dates at UTC midnight. graphql-scalars' Date, but
 * a stored date is written by `toCalendarDate` (@plenary/db), which a page of States calls a thousand times and which
 * costs an eighth of the library's toISOString.
 */
const CalendarDate = new GraphQLScalarType({
  ...DateResolver.toConfig(),
  serialize: (value) =>
    value instanceof Date && !Number.isNaN(value.getTime()) ? toCalendarDate(value) : DateResolver.serialize(value),
});
builder.addScalarType('Date', CalendarDate, { specifiedByURL: SCALAR_SPECIFICATIONS.Date });
builder.addScalarType('DateTime', DateTimeResolver, { specifiedByURL: SCALAR_SPECIFICATIONS.DateTime });
// graphql-scalars' JSON already names ECMA-404.
builder.addScalarType('JSON', JSONResolver);

const DECIMAL_PATTERN = /^-?\d+(\.\d+)?$/;

function parseDecimal(value: unknown): string {
  if (typeof value !== 'string' || !DECIMAL_PATTERN.test(value.trim())) {
    throw new GraphQLError(
      'Decimal values are written as strings of digits with an optional decimal point, e.g. "1234.56".',
    );
  }
  return value.trim();
}

// Money and rates are exact: they travel as strings, never as floating-point numbers.
builder.scalarType('Decimal', {
  description:
    'An exact decimal number written as a string, e.g. "0.679" or "1234.56": digits with an optional minus sign and decimal point (a subset of the XML Schema `decimal` lexical form; no exponent, no leading plus).',
  specifiedByURL: SCALAR_SPECIFICATIONS.Decimal,
  serialize: (value) => value.toString(),
  parseValue: parseDecimal,
  parseLiteral: (node) => {
    if (node.kind !== Kind.STRING) throw new GraphQLError('Decimal literals are written as strings, e.g. "1234.56".');
    return parseDecimal(node.value);
  },
});
