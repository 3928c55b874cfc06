import { databaseDate } from './data-file.ts';
import type { SeedClient } from './seed-client.ts';

export const RESOLUTION_77_79 = '77/79';

/**
 * General Assembly resolution 77/79, "Implementation of the Convention on Cluster Munitions" (7 December 2022), the
 * mandate the Eleventh Meeting was convened under: operative paragraph 9 asks the Secretary-General to convene the
 * Meetings of States Parties; operative paragraph 4 urges States Parties to report under Article 7.
 */
export async function seedGeneralAssemblyResolutions(client: SeedClient, options: { conventionId: string }): Promise<{ resolution7779Id: string }> {
  const data = {
    conventionId: options.conventionId,
    symbol: `A/RES/${RESOLUTION_77_79}`,
    title: 'Implementation of the Convention on Cluster Munitions',
    adoptedOn: databaseDate('2022-12-07'),
    conveningParagraph: 9,
    reportingParagraph: 4,
  };
  const resolution = await client.generalAssemblyResolution.upsert({
    where: { number: RESOLUTION_77_79 },
    create: { number: RESOLUTION_77_79, ...data },
    update: data,
    select: { id: true },
  });
  return { resolution7779Id: resolution.id };
}
