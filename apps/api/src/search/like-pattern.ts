import { ValidationError } from '@plenary/domain';

/** Longer than any name, code or e-mail address searched for; a longer text is refused before it reaches the database. */
export const MAX_SEARCH_LENGTH = 200;

/**
 * Prisma's `contains` puts the text between `%` wildcards in an ILIKE pattern as it is, so a search for "%" or "_"
 * matched every row. Escaped, the text is matched literally (backslash is Postgres's default LIKE escape).
 */
export function literalLikeText(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}

/**
 * A search term as given (trimmed), or undefined for none. Matching a pattern costs time in proportion to its length for
 * every row and name compared, so a text of hundreds of thousands of characters would hold the database for seconds.
 */
export function searchTerm(text: string | null | undefined, path: string): string | undefined {
  const trimmed = text?.trim();
  if (!trimmed) return undefined;
  if (trimmed.length > MAX_SEARCH_LENGTH) {
    throw new ValidationError({
      issues: [{ path, message: `A search term may be at most ${MAX_SEARCH_LENGTH} characters long.` }],
    });
  }
  return trimmed;
}
