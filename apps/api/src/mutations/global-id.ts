import { decodeGlobalID } from '@pothos/plugin-relay';
import { NotFoundError, ValidationError } from '@plenary/domain';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The database id inside a global ID (an `ID` argument, which Pothos may hand over as a number), checked to be of the expected type. */
export function idFromGlobalId(options: { globalId: string | number; typename: string; path: string }): string {
  try {
    const { typename, id } = decodeGlobalID(String(options.globalId));
    if (typename === options.typename && UUID.test(id)) return id;
  } catch {
    // Falls through to the validation error below.
  }
  throw new ValidationError({
    issues: [{ path: options.path, message: `This is not the ID of ${withArticle(options.typename)}.` }],
  });
}

// "an" before a vowel sound: A, E, I and O; the one type name starting with U is said "a User".
const withArticle = (typename: string) => `${/^[AEIO]/.test(typename) ? 'an' : 'a'} ${typename}`;

/**
 * The database id named in a URL: a global ID of the expected type, or the bare database id that links sent
 * before global IDs carry. Null for anything else.
 */
export function databaseIdOf(options: { id: string; typename: string }): string | null {
  if (UUID.test(options.id)) return options.id;
  try {
    return idFromGlobalId({ globalId: options.id, typename: options.typename, path: 'id' });
  } catch {
    return null;
  }
}

export function notFound(entity: string, key: string): NotFoundError {
  return new NotFoundError({ entity, key });
}
