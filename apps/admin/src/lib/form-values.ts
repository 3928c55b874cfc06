/** Form fields are strings; an empty optional field is left out of the input rather than sent as "". */
export function optional(value: string): string | undefined {
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

const WHOLE_NUMBER = /^-?\d+$/;

/** A whole number typed in a field; NaN when the field holds none ("", "14a"), which the form's check then names. */
export function wholeNumber(value: string): number {
  const trimmed = value.trim();
  return WHOLE_NUMBER.test(trimmed) ? Number(trimmed) : Number.NaN;
}
