import type { FrenchArticle } from '../enums/domain-enums.ts';

/** Makes the first letter upper case, for a phrase that opens a sentence ("le Bureau" -> "Le Bureau"). */
export function capitaliseFirst(text: string): string {
  return text.charAt(0).toLocaleUpperCase('fr-FR') + text.slice(1);
}

/** Makes the first letter lower case, for a title used inside a sentence ("Onzième Assemblée" -> "onzième Assemblée"). */
export function lowerCaseFirst(text: string): string {
  return text.charAt(0).toLocaleLowerCase('fr-FR') + text.slice(1);
}

const CONTRACTIONS = {
  à: { le: 'au', les: 'aux' },
  de: { le: 'du', les: 'des' },
} as const;

const ELIDED_DE = /^[aeiouyhàâäéèêëîïôöûüœ]/i;

/**
 * A French noun phrase after "à" or "de", with the article contracted as French requires: "le Bureau" -> "au
 * Bureau", "les Représentants" -> "aux Représentants", "la Convention" -> "à la Convention", "l’Office" ->
 * "à l’Office"; a phrase without article takes the bare preposition ("Genève" -> "à Genève", "Cuba" -> "de Cuba"),
 * "de" elided before a vowel or a mute h ("Israël" -> "d’Israël", "Haïti" -> "d’Haïti"; a name beginning with an
 * aspirated h takes "le", which the data records, so it never reaches this rule). An article with a capital that
 * belongs to a name stays ("La Haye" -> "à La Haye"), except "Le"/"Les", which French contracts even then ("Le
 * Caire" -> "au Caire").
 */
export function withFrenchPreposition(options: { preposition: 'à' | 'de'; phrase: string }): string {
  const { preposition, phrase } = options;
  const article = /^(le|les)\s+(.*)$/is.exec(phrase);
  if (article?.[1] && article[2] !== undefined) {
    const contracted = CONTRACTIONS[preposition][article[1].toLowerCase() as 'le' | 'les'];
    return `${contracted} ${article[2]}`;
  }
  if (preposition === 'de' && ELIDED_DE.test(phrase) && !/^l[’']/i.test(phrase)) return `d’${phrase}`;
  return `${preposition} ${phrase}`;
}

/** Whether a French noun phrase is plural, as its article shows ("les Bahamas devaient", "le Nigéria devait"). */
export function isFrenchPlural(phrase: string): boolean {
  return /^les\s/i.test(phrase);
}

const ARTICLE_TEXT: Record<FrenchArticle, string> = { LE: 'le ', LA: 'la ', ELIDED: 'l’', LES: 'les ' };

// The head nouns of the qualifiers the UN's short names carry in parentheses, and the article each takes: "Royaume
// des Pays-Bas" (le), "République islamique d’Iran" (la), "État plurinational de Bolivie" (l’), "États fédérés de
// Micronésie" (les).
const QUALIFIER_ARTICLES: Readonly<Record<string, FrenchArticle>> = {
  Royaume: 'LE',
  République: 'LA',
  État: 'ELIDED',
  États: 'LES',
};

const INVERTED_NAME = /^(.+?) \((\S+)(.*)\)$/u;

/**
 * A State's French name as running text needs it, with its article: "le Royaume-Uni de Grande-Bretagne et
 * d’Irlande du Nord", "l’Espagne", "les Bahamas", "Cuba" (no article). `name` and `article` are the State's data
 * (the UN short name and the article UNTERM gives it). A short name the UN writes with its qualifier in parentheses
 * for sorting, "Pays-Bas (Royaume des)", reads in a sentence in the order of the formal name, "le Royaume des
 * Pays-Bas", with the article of the qualifier's head noun: "de Pays-Bas (Royaume des)" is not French, and "des
 * Pays-Bas" would use the name the State asked the UN to replace in 2022.
 */
export function frenchStateName(options: { name: string; article: FrenchArticle | null }): string {
  const inverted = INVERTED_NAME.exec(options.name);
  const qualifierArticle = inverted?.[2] === undefined ? undefined : QUALIFIER_ARTICLES[inverted[2]];
  if (inverted?.[1] && inverted[2] && qualifierArticle) {
    const qualifier = `${inverted[2]}${inverted[3] ?? ''}`;
    // "République islamique d’" + "Iran": no space after an elided "d’".
    const separator = /[’']$/.test(qualifier) ? '' : ' ';
    return `${ARTICLE_TEXT[qualifierArticle]}${qualifier}${separator}${inverted[1]}`;
  }
  return options.article === null ? options.name : `${ARTICLE_TEXT[options.article]}${options.name}`;
}
