import { createPlenaryClient, paginate, StatesPartiesOnDocument } from '@plenary/sdk';

/** Every State Party on a day, with its entry into force (a partner's API key reads public data). */
export async function listStatesParties(url: string, apiKey: string, on: string) {
  const client = createPlenaryClient({ url, apiKey });
  const parties: { iso3: string; name: string; entryIntoForce: string | null }[] = [];
  for await (const state of paginate(client, {
    document: StatesPartiesOnDocument,
    variables: { on },
    connection: (data) => data.states,
  })) {
    parties.push({ iso3: state.iso3, name: state.name, entryIntoForce: state.standing.entryIntoForce ?? null });
  }
  return parties;
}
