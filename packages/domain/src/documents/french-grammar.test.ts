import { describe, expect, it } from 'vitest';
import { capitaliseFirst, lowerCaseFirst, withFrenchPreposition } from './french-grammar.ts';

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
    ['de', 'les Pays-Bas', 'des Pays-Bas'],
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
