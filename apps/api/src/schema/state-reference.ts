import type { Prisma } from '@plenary/db';
import { builder } from '../builder.ts';
import { idFromGlobalId } from '../mutations/global-id.ts';
import { globalIdDescription, ISO3_DESCRIPTION } from './shared-descriptions.ts';

/** A State named by its ISO code or by its global ID: exactly one of them, which graphql-js checks (`@oneOf`). */
export type StateReference = { iso3: string; id?: never } | { id: string | number; iso3?: never };

export const StateReferenceInput = builder.inputType('StateReferenceInput', {
  isOneOf: true,
  description:
    'A State, named by exactly one of its ISO 3166-1 alpha-3 code (`{ iso3: "NGA" }`) or its global ID (`{ id: "..." }`). Giving both or neither is refused with BAD_USER_INPUT.',
  fields: (t) => ({
    iso3: t.string({ description: ISO3_DESCRIPTION }),
    id: t.id({ description: globalIdDescription('State') }),
  }),
});

/** How the State was named, said back in a NotFoundError. */
export function stateReferenceKey(reference: StateReference): string {
  return reference.iso3 ?? String(reference.id);
}

/** The unique condition for the State named; an ID of another type is refused with a ValidationError at `path`. */
export function stateWhereUnique(reference: StateReference, path: string): Prisma.StateWhereUniqueInput {
  if (reference.iso3 !== undefined) return { iso3: reference.iso3.trim().toUpperCase() };
  return { id: idFromGlobalId({ globalId: reference.id, typename: 'State', path: `${path}.id` }) };
}
