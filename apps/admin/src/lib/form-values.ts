/** Form fields are strings; an empty optional field is left out of the input rather than sent as "". */
export function optional(value: string): string | undefined {
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

/** A whole number typed in a field, or undefined when empty (the API then says what it expects). */
export function optionalInteger(value: string): number | undefined {
  const trimmed = value.trim();
  return trimmed === '' ? undefined : Number.parseInt(trimmed, 10);
}
