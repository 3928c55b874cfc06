import type { GraphQLFormattedError } from 'graphql';
import type { ErrorCode } from '../errors/error-codes.ts';

// Refusals by the limits in this folder: the client can act on them, so they keep their message and details.
const KEPT_EXTENSIONS: Partial<Record<string, readonly string[]>> = {
  RATE_LIMITED: ['retryAfterSeconds'],
  QUERY_TOO_COSTLY: ['cost', 'maxCost'],
  PAGE_SIZE_TOO_LARGE: ['field', 'argument', 'maxPageSize'],
  PAYLOAD_TOO_LARGE: [],
  UNKNOWN_DOCUMENT: [],
} satisfies Partial<Record<ErrorCode, readonly string[]>>;

type FormatError = (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;

// graphql-js gives up checking a document whose fields overlap too often (the same field repeated hundreds of times)
// with just "Validation aborted."; the client is told why.
const VALIDATION_ABORTED = 'Validation aborted.';
const VALIDATION_ABORTED_EXPLAINED =
  'This query repeats the same fields too often to be checked; ask for each field once.';

/** Lets rate-limit and cost refusals through unmasked; everything else goes to `next`. */
export function keepSecurityRefusals(next: FormatError): FormatError {
  return (formatted, error) => {
    if (formatted.message === VALIDATION_ABORTED)
      return next({ ...formatted, message: VALIDATION_ABORTED_EXPLAINED }, error);
    const code = formatted.extensions?.code;
    const kept = typeof code === 'string' ? KEPT_EXTENSIONS[code] : undefined;
    if (!kept) return next(formatted, error);
    const details = Object.fromEntries(kept.map((name) => [name, formatted.extensions?.[name]]));
    return { message: formatted.message.replace(/^Context creation failed: /, ''), extensions: { code, ...details } };
  };
}
