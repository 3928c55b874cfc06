import { IntlMessageFormat } from 'intl-messageformat';
import { DOCUMENT_LOCALES, type DocumentLanguage } from './document-language.ts';

/** The values a template receives: text already formatted for the language, or numbers and select keys. */
export type MessageValues = Readonly<Record<string, string | number>>;

const compiled = new Map<string, IntlMessageFormat>();

/**
 * Formats an ICU message in a document language. Dates and money are formatted beforehand (calendar dates must not
 * meet a time zone; money must not become a float), so templates receive text, numbers and `select` keys.
 */
export function formatMessage(options: {
  message: string;
  language: DocumentLanguage;
  values?: MessageValues;
}): string {
  const locale = DOCUMENT_LOCALES[options.language];
  const key = `${locale}\u0000${options.message}`;
  let format = compiled.get(key);
  if (!format) {
    format = new IntlMessageFormat(options.message, locale);
    compiled.set(key, format);
  }
  return String(format.format(options.values ?? {}));
}
