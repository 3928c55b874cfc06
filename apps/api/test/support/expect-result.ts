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

/**
 * A typed document's answer as its data, typed by the document; the test fails here, naming the errors that came
 * instead, when the answer has no data (a request GraphQL refused whole, or a resolver error on a non-null root).
 */
export function expectData<Data>(body: { data?: Data | null; errors?: readonly { message: string }[] }): Data {
  if (body.data === undefined || body.data === null) expect.fail(`no data, errors: ${JSON.stringify(body.errors)}`);
  return body.data;
}
