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
 * "à l’Office"; a phrase without article takes the bare preposition ("Genève" -> "à Genève", "Irak" -> "d’Irak").
 * An article with a capital that belongs to a name stays ("La Haye" -> "à La Haye"), except "Le"/"Les", which
 * French contracts even then ("Le Caire" -> "au Caire").
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
