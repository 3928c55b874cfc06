import { describe, expect, it } from 'vitest';
import type { FrenchArticle } from '../enums/domain-enums.ts';
import {
  capitaliseFirst,
  frenchStateName,
  isFrenchPlural,
  lowerCaseFirst,
  withFrenchPreposition,
} from './french-grammar.ts';

describe('withFrenchPreposition', () => {
  it.each([
    ['à', 'le Bureau des affaires de désarmement', 'au Bureau des affaires de désarmement'],
    ['à', 'les Représentants permanents', 'aux Représentants permanents'],
    ['à', 'la Convention', 'à la Convention'],
    ['à', 'l’Office', 'à l’Office'],
    ['à', 'Genève', 'à Genève'],
    ['à', 'Le Caire', 'au Caire'],
    ['à', 'La Haye', 'à La Haye'],
    ['de', 'le Nigéria', 'du Nigéria'],
    ['de', 'les Bahamas', 'des Bahamas'],
    ['de', 'l’Allemagne', 'de l’Allemagne'],
    ['de', 'Israël', 'd’Israël'],
    ['de', 'Cuba', 'de Cuba'],
  ] as const)('%s + "%s" is "%s"', (preposition, phrase, expected) => {
    expect(withFrenchPreposition({ preposition, phrase })).toBe(expected);
  });

  it('changes the case of the first letter only', () => {
    expect(capitaliseFirst('le Bureau')).toBe('Le Bureau');
    expect(lowerCaseFirst('Onzième Assemblée')).toBe('onzième Assemblée');
  });
});

// Real vectors: the UN short name (M49) and the article (UNTERM) of data/state-names.csv.
const STATES: readonly [string, string, FrenchArticle | null, string, string, string][] = [
  // iso3, name, article, running text, "de" + name, subject of "devait"
  [
    'GBR',
    'Royaume-Uni de Grande-Bretagne et d’Irlande du Nord',
    'LE',
    'le Royaume-Uni de Grande-Bretagne et d’Irlande du Nord',
    'du Royaume-Uni de Grande-Bretagne et d’Irlande du Nord',
    'Le Royaume-Uni de Grande-Bretagne et d’Irlande du Nord',
  ],
  [
    'NLD',
    'Pays-Bas (Royaume des)',
    null,
    'le Royaume des Pays-Bas',
    'du Royaume des Pays-Bas',
    'Le Royaume des Pays-Bas',
  ],
  ['ESP', 'Espagne', 'ELIDED', 'l’Espagne', 'de l’Espagne', 'L’Espagne'],
  ['CHE', 'Suisse', 'LA', 'la Suisse', 'de la Suisse', 'La Suisse'],
  ['BHS', 'Bahamas', 'LES', 'les Bahamas', 'des Bahamas', 'Les Bahamas'],
  ['CUB', 'Cuba', null, 'Cuba', 'de Cuba', 'Cuba'],
  [
    'USA',
    'États-Unis d’Amérique',
    'LES',
    'les États-Unis d’Amérique',
    'des États-Unis d’Amérique',
    'Les États-Unis d’Amérique',
  ],
  ['CIV', 'Côte d’Ivoire', 'LA', 'la Côte d’Ivoire', 'de la Côte d’Ivoire', 'La Côte d’Ivoire'],
  ['ISR', 'Israël', null, 'Israël', 'd’Israël', 'Israël'],
  ['HTI', 'Haïti', null, 'Haïti', 'd’Haïti', 'Haïti'],
  [
    'IRN',
    'Iran (République islamique d’)',
    null,
    'la République islamique d’Iran',
    'de la République islamique d’Iran',
    'La République islamique d’Iran',
  ],
  [
    'BOL',
    'Bolivie (État plurinational de)',
    null,
    'l’État plurinational de Bolivie',
    'de l’État plurinational de Bolivie',
    'L’État plurinational de Bolivie',
  ],
  [
    'FSM',
    'Micronésie (États fédérés de)',
    null,
    'les États fédérés de Micronésie',
    'des États fédérés de Micronésie',
    'Les États fédérés de Micronésie',
  ],
  [
    'VEN',
    'Venezuela (République bolivarienne du)',
    null,
    'la République bolivarienne du Venezuela',
    'de la République bolivarienne du Venezuela',
    'La République bolivarienne du Venezuela',
  ],
];

describe('frenchStateName', () => {
  it.each(STATES)('%s: "%s" reads "%s", "%s", "%s devait"', (_iso3, name, article, running, genitive, subject) => {
    const phrase = frenchStateName({ name, article });
    expect(phrase).toBe(running);
    expect(withFrenchPreposition({ preposition: 'de', phrase })).toBe(genitive);
    expect(capitaliseFirst(phrase)).toBe(subject);
  });

  it('knows the plural names by their article: les Bahamas, les États-Unis d’Amérique, les États fédérés de Micronésie', () => {
    const plural = STATES.filter(([, name, article]) => isFrenchPlural(frenchStateName({ name, article }))).map(
      ([iso3]) => iso3,
    );
    expect(plural).toEqual(['BHS', 'USA', 'FSM']);
  });

  it('keeps a qualifier in parentheses whose head noun it does not know as it is written', () => {
    expect(frenchStateName({ name: 'Exemple (Principauté d’)', article: null })).toBe('Exemple (Principauté d’)');
  });
});
