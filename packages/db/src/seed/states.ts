import isoCountries from 'i18n-iso-countries';
import { z } from 'zod';
import { iso3Column, optionalTextColumn, readDataFile } from './data-file.ts';
import type { SeedClient, StateIds } from './seed-client.ts';

export const UN_STATES_FILE = 'un-states.csv';
export const STATE_NAMES_FILE = 'state-names.csv';

const unStateRow = z.object({
  iso3: iso3Column,
  un_short_name: z.string().min(1, 'must name the State'),
  un_status: z.enum(['MEMBER', 'OBSERVER_STATE', 'NON_MEMBER']),
  regional_group: z
    .enum([
      '',
      'AFRICAN',
      'ASIA_PACIFIC',
      'EASTERN_EUROPEAN',
      'LATIN_AMERICAN_AND_CARIBBEAN',
      'WESTERN_EUROPEAN_AND_OTHERS',
    ])
    .transform((value) => (value === '' ? null : value)),
  note: optionalTextColumn,
});

const FRENCH_ARTICLES = { le: 'LE', la: 'LA', "l'": 'ELIDED', les: 'LES' } as const;
const name = z.string().trim().min(1, 'must name the State');

const stateNamesRow = z.object({
  iso3: iso3Column,
  en: name,
  fr: name,
  // The data writes the elided article with a straight apostrophe; documents print the typographic one.
  fr_article: z
    .enum(['', 'le', 'la', "l'", 'les'])
    .transform((value) => (value === '' ? null : FRENCH_ARTICLES[value])),
  es: name,
  ru: name,
  zh: name,
  ar: name,
  source: z.string(),
});

export async function readUnStates() {
  return readDataFile({ name: UN_STATES_FILE, row: unStateRow });
}

export async function readStateNames() {
  return readDataFile({ name: STATE_NAMES_FILE, row: stateNamesRow });
}

/** The apostrophe is the only difference allowed between un-states.csv's name and M49's ("Côte d'Ivoire"). */
function sameName(left: string, right: string): boolean {
  return left.replace(/’/g, "'") === right.replace(/’/g, "'");
}

/**
 * Every State Plenary knows (UN Member States, observer States, non-member States), upserted on the ISO alpha-3
 * code: status and regional group from un-states.csv, the UN's official short names in the six languages and the
 * article of the French name from state-names.csv (M49 and UNTERM). i18n-iso-countries gives only the alpha-2 code.
 */
export async function seedStates(client: SeedClient): Promise<StateIds> {
  const [{ rows }, names] = await Promise.all([readUnStates(), readStateNames()]);
  const namesByIso3 = new Map(names.rows.map((row) => [row.iso3, row]));
  if (namesByIso3.size !== rows.length)
    throw new Error(`${STATE_NAMES_FILE} names ${namesByIso3.size} States, ${UN_STATES_FILE} lists ${rows.length}.`);
  const stateIds = new Map<string, string>();
  for (const row of rows) {
    const iso2 = isoCountries.alpha3ToAlpha2(row.iso3);
    if (!iso2) throw new Error(`${UN_STATES_FILE}: ${row.iso3} has no ISO 3166 alpha-2 code in i18n-iso-countries.`);
    const official = namesByIso3.get(row.iso3);
    if (!official) throw new Error(`${STATE_NAMES_FILE} has no names for ${row.iso3} of ${UN_STATES_FILE}.`);
    if (!sameName(official.en, row.un_short_name)) {
      throw new Error(
        `${row.iso3}: ${UN_STATES_FILE} names it "${row.un_short_name}", ${STATE_NAMES_FILE} (M49) "${official.en}".`,
      );
    }
    const data = {
      iso2,
      unShortName: official.en,
      nameAr: official.ar,
      nameZh: official.zh,
      nameEn: official.en,
      nameFr: official.fr,
      nameFrArticle: official.fr_article,
      nameRu: official.ru,
      nameEs: official.es,
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
