import { z } from 'zod';
import { iso3Column, readDataFile } from './data-file.ts';
import { stateIdOf, type SeedClient, type StateIds } from './seed-client.ts';

export const SCALE_2022_2024_FILE = 'un-scale-2022-2024.csv';

const rateRow = z.object({
  member_state: z.string().min(1),
  iso3: iso3Column,
  // Kept as written: rates are exact decimals, never floats.
  rate_percent: z.string().regex(/^\d{1,3}\.\d{1,6}$/, 'must be a rate in per cent such as 0.679'),
  verification: z.string().min(1),
});

/**
 * The UN regular-budget scale of assessments for 2022-2024 (A/RES/76/238), as far as the data file holds it: only
 * part of it, so the scale is marked incomplete and cost shares list the States it lacks as unassessed.
 */
export async function seedAssessmentScale(client: SeedClient, options: { stateIds: StateIds }): Promise<void> {
  const { rows, provenance } = await readDataFile({ name: SCALE_2022_2024_FILE, row: rateRow });
  const data = {
    firstYear: 2022,
    lastYear: 2024,
    resolution: 'A/RES/76/238',
    source: [`packages/db/data/${SCALE_2022_2024_FILE}`, ...provenance].join('\n'),
    complete: false,
  };
  const name = '2022-2024';
  const scale = await client.assessmentScale.upsert({ where: { name }, create: { name, ...data }, update: data, select: { id: true } });
  for (const row of rows) {
    const stateId = stateIdOf({ stateIds: options.stateIds, iso3: row.iso3, where: SCALE_2022_2024_FILE });
    const rate = { ratePercent: row.rate_percent, verification: row.verification };
    await client.assessmentRate.upsert({
      where: { scaleId_stateId: { scaleId: scale.id, stateId } },
      create: { scaleId: scale.id, stateId, ...rate },
      update: rate,
      select: { id: true },
    });
  }
}
