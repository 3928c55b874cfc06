// Who may call a field, read from the `authScopes` the schema modules give Pothos (kept in each field's and type's
// `extensions.pothosOptions`), so that the reference says what the server enforces rather than a copy of it.
import type { AuthScopes } from '../builder.ts';

const SCOPE_CALLERS: Record<keyof AuthScopes, string> = {
  signedIn: 'any signed-in user (a session)',
  secretariat: 'secretariat staff (an ADMIN or SECRETARIAT session)',
  admin: 'an ADMIN session',
  focalPointOf: 'a focal point of the State concerned (a STATE session)',
};

/** What the reference says of a rule that is a function of the object or the arguments: it is not a fixed list. */
export const RULE_PER_OBJECT = 'callers allowed by the rule for the object or arguments concerned (checked on each request)';

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
  return typeof options === 'object' && options !== null ? (options as PothosAuthOptions) : {};
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
