import type { GraphQLFormattedError } from 'graphql';

// Refusals by the limits in this folder: the client can act on them, so they keep their message and details.
const KEPT_EXTENSIONS: Record<string, readonly string[]> = {
  RATE_LIMITED: ['retryAfterSeconds'],
  QUERY_TOO_COSTLY: ['cost', 'maxCost'],
  PAYLOAD_TOO_LARGE: [],
  UNKNOWN_DOCUMENT: [],
};

type FormatError = (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;

/** Lets rate-limit and cost refusals through unmasked; everything else goes to `next`. */
export function keepSecurityRefusals(next: FormatError): FormatError {
  return (formatted, error) => {
    const code = formatted.extensions?.code;
    const kept = typeof code === 'string' ? KEPT_EXTENSIONS[code] : undefined;
    if (!kept) return next(formatted, error);
    const details = Object.fromEntries(kept.map((name) => [name, formatted.extensions?.[name]]));
    return { message: formatted.message.replace(/^Context creation failed: /, ''), extensions: { code, ...details } };
  };
}
