import type { TitleLanguage, UnLanguage } from '../enums/domain-enums.ts';
import { ValidationError } from '../errors/domain-error.ts';

/** The languages Plenary renders documents in (those of the meeting titles). */
export type DocumentLanguage = TitleLanguage;

/** The locale whose conventions (dates, numbers, money, collation) each document language follows. */
export const DOCUMENT_LOCALES: Record<DocumentLanguage, string> = { EN: 'en-GB', FR: 'fr-FR' };

/**
 * Text that may differ by language. A plain string is the same in every language (an e-mail address, a URL, a
 * proper name); an object gives the text per language and must hold the language being rendered.
 *
 * How noun phrases are written (the templates rely on it):
 * - English: the bare name, as stored ("Office for Disarmament Affairs", "Palais des Nations"); the template adds
 *   "the" where English grammar wants it.
 * - French: the name with its article where French uses one ("le Bureau des affaires de désarmement",
 *   "la Convention sur les armes à sous-munitions", "le Palais des Nations"), because the article depends on gender
 *   and elision; the templates contract "à le" to "au", "à les" to "aux", and capitalise at the start of a sentence.
 */
export type LocalisedText = string | { readonly EN: string; readonly FR?: string };

/** The text of `text` in `language`; a ValidationError names `path` when that language is missing. */
export function pickText(options: { text: LocalisedText; language: DocumentLanguage; path: string }): string {
  const { text, language, path } = options;
  if (typeof text === 'string') return text;
  const value = text[language];
  if (value === undefined || value.trim() === '') {
    throw new ValidationError({
      issues: [
        {
          path,
          message: `${path} has no ${language === 'FR' ? 'French' : 'English'} text; give it to render the document in that language.`,
        },
      ],
    });
  }
  return value;
}

const DOCUMENT_LANGUAGE_NAMES: Record<DocumentLanguage, string> = { EN: 'English (EN)', FR: 'French (FR)' };

/**
 * The API takes any of the six UN languages where it takes a language; documents are written in English and French
 * only, so another language is refused with a ValidationError naming `path`, not rendered in a language not asked for.
 */
export function documentLanguageOf(options: { language: UnLanguage; path: string }): DocumentLanguage {
  const { language, path } = options;
  if (isDocumentLanguage(language)) return language;
  const offered = Object.values(DOCUMENT_LANGUAGE_NAMES).join(' or ');
  throw new ValidationError({
    issues: [{ path, message: `Documents are rendered in ${offered}; ${language} is not one of them.` }],
  });
}

function isDocumentLanguage(language: UnLanguage): language is DocumentLanguage {
  return language in DOCUMENT_LANGUAGE_NAMES;
}
