/**
 * A GraphQL enum's values, each with the description partners read. The values come from the domain's constant (so
 * the order and the set stay the domain's), and the record makes TypeScript insist that every value is described.
 */
export function describedValues<const Value extends string>(
  values: readonly Value[],
  descriptions: Record<Value, string>,
): Record<Value, { value: Value; description: string }> {
  return Object.fromEntries(values.map((value) => [value, { value, description: descriptions[value] }])) as Record<
    Value,
    { value: Value; description: string }
  >;
}
