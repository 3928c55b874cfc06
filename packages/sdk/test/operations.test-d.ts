import { describe, expectTypeOf, it } from 'vitest';
import { createPlenaryClient, SignInDocument, StateDocument, StatesPartiesOnDocument } from '../src/index.ts';

const client = createPlenaryClient({ url: 'http://localhost:4000/graphql' });

describe('operations are typed end to end', () => {
  it('types the result of a query from its selection', async () => {
    const data = await client.request(StateDocument, { iso3: 'NOR', on: '2023-09-11' });
    expectTypeOf(data.state?.iso3).toEqualTypeOf<string | undefined>();
    expectTypeOf(data.state?.standing.status).toEqualTypeOf<
      'NOT_PARTY' | 'SIGNATORY' | 'STATE_PARTY' | 'WITHDRAWN' | undefined
    >();
    expectTypeOf(data.state?.treatyStatus?.depositedOn).toEqualTypeOf<string | null | undefined>();
  });

  it('keeps mutation results as unions to switch on __typename', async () => {
    const data = await client.request(SignInDocument, { email: 'a@b.c', password: 'x' });
    if (data.signIn.__typename === 'MutationSignInSuccess')
      expectTypeOf(data.signIn.session.token).toEqualTypeOf<string>();
  });

  it('refuses a variable of the wrong type', () => {
    // @ts-expect-error `on` is a Date string, not a number
    void client.request(StatesPartiesOnDocument, { on: 20230911 });
  });

  it('refuses a missing required variable', () => {
    // @ts-expect-error `on` is required
    void client.request(StatesPartiesOnDocument, {});
  });

  it('refuses a field the operation did not select', async () => {
    const data = await client.request(StateDocument, { iso3: 'NOR', on: '2023-09-11' });
    // @ts-expect-error `motto` is not a field of State
    void data.state?.motto;
  });
});
