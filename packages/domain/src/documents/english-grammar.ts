/**
 * An article reference before "of the Convention": a reference with a paragraph takes a closing comma, as English
 * sets the paragraph off ("Article 14, paragraph 1, of the Convention"); a bare article takes none ("Article 7 of").
 */
export function closeEnglishArticleReference(reference: string): string {
  return reference.includes(',') ? `${reference},` : reference;
}
