// Who may call a field, read from the `authScopes` the schema modules give Pothos (kept in each field's and type's
// `extensions.pothosOptions`), so that the reference says what the server enforces rather than a copy of it.
import { CALLER_KINDS, READERS_EXTENSION, type Reader } from '../auth/readers.ts';
import type { AuthScopes } from '../builder.ts';

const SCOPE_CALLERS: Record<keyof AuthScopes, string> = {
  signedIn: 'any signed-in user (a session)',
  secretariat: 'secretariat staff (an ADMIN or SECRETARIAT session)',
  admin: 'an ADMIN session',
  focalPointOf: 'a focal point of the State concerned (a STATE session)',
};

/** What the reference says of a rule that is a function of the object or the arguments: it is not a fixed list. */
export const RULE_PER_OBJECT =
  'callers allowed by the rule for the object or arguments concerned (checked on each request)';

interface PothosAuthOptions {
  authScopes?: unknown;
  unauthorizedResolver?: unknown;
}

export interface Access {
  /** Who may, in words: "secretariat staff (...) or a focal point of the State concerned (...)". */
  callers: string;
  /** What everyone else gets: null, or a refusal (a ForbiddenError result, or a FORBIDDEN error). */
  othersGet: 'null' | 'refusal';
}

function pothosOptionsOf(extensions: Readonly<Record<string, unknown>> | null | undefined): PothosAuthOptions {
  const options = extensions?.['pothosOptions'];
  return typeof options === 'object' && options !== null ? options : {};
}

/** Pothos scope maps: any one scope suffices, unless grouped under `$all`. */
function describeScopes(scopes: unknown): string {
  if (typeof scopes === 'function') return RULE_PER_OBJECT;
  if (typeof scopes !== 'object' || scopes === null) return RULE_PER_OBJECT;
  const parts = Object.entries(scopes).map(([scope, value]) => {
    if (scope === '$all') return `all of: ${describeScopes(value)}`;
    if (scope === '$any') return describeScopes(value);
    return SCOPE_CALLERS[scope as keyof AuthScopes] ?? scope;
  });
  return parts.join(' or ');
}

/** The access rule of a field or type, or null when every caller may (anonymous, API key or session). */
export function accessOf(extensions: Readonly<Record<string, unknown>> | null | undefined): Access | null {
  const options = pothosOptionsOf(extensions);
  if (options.authScopes === undefined) return null;
  return { callers: describeScopes(options.authScopes), othersGet: options.unauthorizedResolver ? 'null' : 'refusal' };
}

const READER_NAMES: Record<Reader, string> = {
  ANONYMOUS: 'callers without credentials',
  PARTNER: 'partner API keys',
  OWN_STATE: "focal points of the record's own State",
  OTHER_STATE: "other States' focal points",
  SECRETARIAT: 'SECRETARIAT users',
  ADMIN: 'ADMIN users',
  SELF: 'the signed-in user the record is',
  EVERYONE_ONCE_PUBLISHED: 'everyone once it is published',
};

/**
 * Who may read a field's or type's values, in words, from the reader set declared beside it (auth/readers.ts);
 * null where none is declared on these extensions themselves.
 */
export function readersOfExtensions(extensions: Readonly<Record<string, unknown>> | null | undefined): string | null {
  const readers = extensions?.[READERS_EXTENSION] as readonly Reader[] | undefined;
  if (!readers) return null;
  if (CALLER_KINDS.every((kind) => readers.includes(kind))) return 'everyone, with or without credentials';
  return readers.map((reader) => READER_NAMES[reader]).join(', ');
}
