import { expect } from 'vitest';

/**
 * A mutation's answer (a union of its success and its errors) as the member the test expects, typed as that member
 * by the typed document; the test fails here, naming what came instead, when another member came.
 */
export function expectResult<
  Result extends { __typename?: string },
  Typename extends NonNullable<Result['__typename']>,
>(result: Result, typename: Typename): Extract<Result, { __typename?: Typename }> {
  expect(result.__typename).toBe(typename);
  return result as Extract<Result, { __typename?: Typename }>;
}
