import type { Prisma } from '../generated/prisma/client.ts';

/** What every seed step writes through: the client of the one transaction the whole seed runs in. */
export type SeedClient = Prisma.TransactionClient;

/** State ids by ISO 3166 alpha-3 code, for the steps that refer to States. */
export type StateIds = ReadonlyMap<string, string>;

export function stateIdOf(options: { stateIds: StateIds; iso3: string; where: string }): string {
  const id = options.stateIds.get(options.iso3);
  if (id === undefined) throw new Error(`${options.where}: ${options.iso3} is not one of the States in un-states.csv.`);
  return id;
}
