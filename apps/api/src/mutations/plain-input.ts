import { toCalendarDate } from '@plenary/db';

/**
 * GraphQL input as the domain's schemas read it: GraphQL sends an omitted optional field as null where the schemas
 * mean "absent" by undefined, and a `Date` argument as a Date where they take a calendar date as `YYYY-MM-DD`.
 */
export function plainInput(value: unknown): unknown {
  if (value instanceof Date) return toCalendarDate(value);
  if (Array.isArray(value)) return value.map(plainInput);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, inner]) => inner !== null && inner !== undefined)
        .map(([key, inner]) => [key, plainInput(inner)]),
    );
  }
  return value;
}
