import { lexicographicSortSchema, printSchema } from 'graphql';
import { schema } from './index.ts';

/** The contract clients generate from: the schema printed with types and fields sorted. */
export function printSortedSchema(): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
