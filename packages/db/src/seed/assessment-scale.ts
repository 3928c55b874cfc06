import { validateAssessmentScaleImport } from '@plenary/domain';
import { z } from 'zod';
import { iso3Column, readDataFile } from './data-file.ts';
import { stateIdOf, type SeedClient, type StateIds } from './seed-client.ts';

/** The complete UN regular-budget scales of assessments the seed loads, one file per three-year period. */
export const SCALE_FILES = ['un-scale-2019-2021.csv', 'un-scale-2022-2024.csv', 'un-scale-2025-2027.csv'] as const;

const rateRow = z.object({
  iso3: iso3Column,
  un_name: z.string().min(1),
  // Kept as written: rates are exact decimals, never floats.
  rate_percent: z.string().regex(/^\d{1,3}\.\d{3}$/, 'must be a rate in per cent with three decimals, such as 0.679'),
  source: z.string().min(1),
});

// The first provenance line names the period and the resolution: "... for 2022-2024 (General Assembly resolution
// 76/238 of 24 December 2021) ...".
const TITLE_LINE = /scale of assessments for (\d{4})-(\d{4}) \(General Assembly resolution (\d+\/\d+)\b/;

/** The period and resolution a scale file's provenance names; a file that names none stops the seed. */
function scaleOf(options: { name: string; provenance: readonly string[] }): {
  name: string;
  firstYear: number;
  lastYear: number;
  resolution: string;
} {
  const match = options.provenance.map((line) => TITLE_LINE.exec(line)).find((found) => found !== null);
  if (!match)
    throw new Error(
      `${options.name}: no provenance line names the scale's period and resolution ("scale of assessments for 2022-2024 (General Assembly resolution 76/238").`,
    );
  const [, first, last, resolution] = match as unknown as [string, string, string, string];
  return {
    name: `${first}-${last}`,
    firstYear: Number(first),
    lastYear: Number(last),
    resolution: `A/RES/${resolution}`,
  };
}

/**
 * The UN scales of assessments for 2019-2021 (A/RES/73/271), 2022-2024 (A/RES/76/238) and 2025-2027 (A/RES/79/249),
 * each complete: every Member State once, summing to 100 per cent, checked as an import would be before anything is
 * written. Period and resolution come from each file's provenance lines, which are kept as the scale's source.
 */
export async function seedAssessmentScales(client: SeedClient, options: { stateIds: StateIds }): Promise<void> {
  const members = await client.state.findMany({ where: { unStatus: 'MEMBER' }, select: { iso3: true } });
  const memberStateCodes = new Set(members.map((state) => state.iso3));
  for (const file of SCALE_FILES) {
    const { rows, provenance } = await readDataFile({ name: file, row: rateRow });
    const period = scaleOf({ name: file, provenance });
    const data = { ...period, source: [`packages/db/data/${file}`, ...provenance].join('\n'), complete: true };
    validateAssessmentScaleImport({
      // The provenance lines are longer than an imported scale's source may be; the file's name stands for them here.
      input: {
        ...data,
        source: file,
        rows: rows.map((row) => ({ iso3: row.iso3, ratePercent: row.rate_percent })),
      },
      knownStateCodes: new Set(options.stateIds.keys()),
      memberStateCodes,
    });
    const scale = await client.assessmentScale.upsert({
      where: { name: period.name },
      create: data,
      update: data,
      select: { id: true },
    });
    const held = new Map(
      (
        await client.assessmentRate.findMany({
          where: { scaleId: scale.id },
          select: { id: true, stateId: true, ratePercent: true, verification: true },
        })
      ).map((rate) => [rate.stateId, rate]),
    );
    const missing = [];
    for (const row of rows) {
      const stateId = stateIdOf({ stateIds: options.stateIds, iso3: row.iso3, where: file });
      // Where the rate was read, and what corroborates it: the file's source column.
      const rate = { ratePercent: row.rate_percent, verification: row.source };
      const existing = held.get(stateId);
      if (existing === undefined) missing.push({ scaleId: scale.id, stateId, ...rate });
      else if (!existing.ratePercent.equals(rate.ratePercent) || existing.verification !== rate.verification) {
        await client.assessmentRate.update({ where: { id: existing.id }, data: rate, select: { id: true } });
      }
    }
    if (missing.length > 0) await client.assessmentRate.createMany({ data: missing });
  }
}
