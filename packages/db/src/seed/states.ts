import { createRequire } from 'node:module';
import isoCountries from 'i18n-iso-countries';
import { z } from 'zod';
import { iso3Column, optionalTextColumn, readDataFile } from './data-file.ts';
import type { SeedClient, StateIds } from './seed-client.ts';

export const UN_STATES_FILE = 'un-states.csv';

const unStateRow = z.object({
  iso3: iso3Column,
  un_short_name: z.string().min(1, 'must name the State'),
  un_status: z.enum(['MEMBER', 'OBSERVER_STATE', 'NON_MEMBER']),
  regional_group: z
    .enum(['', 'AFRICAN', 'ASIA_PACIFIC', 'EASTERN_EUROPEAN', 'LATIN_AMERICAN_AND_CARIBBEAN', 'WESTERN_EUROPEAN_AND_OTHERS'])
    .transform((value) => (value === '' ? null : value)),
  note: optionalTextColumn,
});

// The six official languages of the United Nations; English names are the UN short names of un-states.csv.
const OTHER_UN_LANGUAGES = ['ar', 'zh', 'fr', 'ru', 'es'] as const;
type OtherUnLanguage = (typeof OTHER_UN_LANGUAGES)[number];

interface CountryNames {
  locale: string;
  countries: Record<string, string | string[]>;
}

// The locale files are plain JSON beside the package's CommonJS entry point.
const require = createRequire(import.meta.url);
const namesByLanguage = Object.fromEntries(
  OTHER_UN_LANGUAGES.map((language) => [language, require(`i18n-iso-countries/langs/${language}.json`) as CountryNames]),
) as Record<OtherUnLanguage, CountryNames>;

function nameIn(options: { language: OtherUnLanguage; iso2: string; iso3: string }): string {
  const entry = namesByLanguage[options.language].countries[options.iso2];
  // Where the package lists several names, the first is its preferred one.
  const name = Array.isArray(entry) ? entry[0] : entry;
  if (!name) throw new Error(`i18n-iso-countries has no ${options.language} name for ${options.iso3}.`);
  return name;
}

export async function readUnStates() {
  return readDataFile({ name: UN_STATES_FILE, row: unStateRow });
}

/**
 * Every State Plenary knows (UN Member States, observer States, non-member States), upserted on the ISO alpha-3
 * code. Names in Arabic, Chinese, French, Russian and Spanish come from i18n-iso-countries.
 */
export async function seedStates(client: SeedClient): Promise<StateIds> {
  const { rows } = await readUnStates();
  const stateIds = new Map<string, string>();
  for (const row of rows) {
    const iso2 = isoCountries.alpha3ToAlpha2(row.iso3);
    if (!iso2) throw new Error(`${UN_STATES_FILE}: ${row.iso3} has no ISO 3166 alpha-2 code in i18n-iso-countries.`);
    const data = {
      iso2,
      unShortName: row.un_short_name,
      nameAr: nameIn({ language: 'ar', iso2, iso3: row.iso3 }),
      nameZh: nameIn({ language: 'zh', iso2, iso3: row.iso3 }),
      nameEn: row.un_short_name,
      nameFr: nameIn({ language: 'fr', iso2, iso3: row.iso3 }),
      nameRu: nameIn({ language: 'ru', iso2, iso3: row.iso3 }),
      nameEs: nameIn({ language: 'es', iso2, iso3: row.iso3 }),
      unStatus: row.un_status,
      regionalGroup: row.regional_group,
    };
    const state = await client.state.upsert({
      where: { iso3: row.iso3 },
      create: { iso3: row.iso3, ...data },
      update: data,
      select: { id: true },
    });
    stateIds.set(row.iso3, state.id);
  }
  return stateIds;
}
