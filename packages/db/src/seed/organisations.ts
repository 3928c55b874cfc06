import { z } from 'zod';
import { readDataFile } from './data-file.ts';
import type { SeedClient } from './seed-client.ts';

export const OBSERVER_ORGANISATIONS_FILE = 'ccm-observer-organisations.csv';

// Rules of procedure (CCM/MSP/2010/3), rule 1.2: organisations that observe as of right.
const OBSERVER_OF_RIGHT_RULE = '1.2';

const organisationRow = z.object({
  acronym: z.string().min(1),
  name: z.string().min(1),
  kind: z.enum(['UN_ENTITY', 'ICRC', 'IFRC', 'INTERNATIONAL_ORGANISATION', 'REGIONAL_ORGANISATION', 'NGO']),
  basis: z.literal('OF_RIGHT'),
});

/** The organisations that observe the Convention's meetings as of right, upserted on their acronym. */
export async function seedOrganisations(client: SeedClient, options: { conventionId: string }): Promise<void> {
  const { rows } = await readDataFile({ name: OBSERVER_ORGANISATIONS_FILE, row: organisationRow });
  for (const row of rows) {
    const data = { name: row.name, kind: row.kind };
    const organisation = await client.organisation.upsert({
      where: { acronym: row.acronym },
      create: { acronym: row.acronym, ...data },
      update: data,
      select: { id: true },
    });
    const key = { conventionId: options.conventionId, organisationId: organisation.id };
    await client.observerOfRight.upsert({
      where: { conventionId_organisationId: key },
      create: { ...key, rule: OBSERVER_OF_RIGHT_RULE },
      update: { rule: OBSERVER_OF_RIGHT_RULE },
    });
  }
}
