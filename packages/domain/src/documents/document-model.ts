import type { DocumentLanguage } from './document-language.ts';

/** A run of text in a paragraph: plain, or a link (shown as its text where links mean nothing). */
export type Inline = string | { readonly text: string; readonly href: string };

/**
 * The parts a rendered document is made of. Each document is built once as blocks, then written out as plain
 * text, print-ready HTML or PDF, so the three formats always say the same thing.
 */
export type DocumentBlock =
  | { readonly kind: 'letterhead'; readonly lines: readonly string[] }
  | { readonly kind: 'heading'; readonly level: 1 | 2; readonly text: string }
  | { readonly kind: 'paragraph'; readonly inlines: readonly Inline[]; readonly role?: 'reference' | 'date' | 'note' }
  | { readonly kind: 'address'; readonly lines: readonly string[] }
  | {
      readonly kind: 'table';
      readonly header: readonly string[];
      readonly rows: readonly (readonly string[])[];
      /** Columns aligned to the right (amounts). */
      readonly numericColumns?: readonly number[];
      /**
       * Columns of e-mail addresses and telephone numbers: as wide as their longest entry where the page has room,
       * since they have no natural break points; broken anywhere only where it has not.
       */
      readonly contactColumns?: readonly number[];
    };

export interface DocumentModel {
  language: DocumentLanguage;
  /** The document's title for the HTML <title> and the PDF's metadata. */
  title: string;
  /** Landscape for a table too wide for a portrait page (the official list of participants); portrait otherwise. */
  orientation?: 'PORTRAIT' | 'LANDSCAPE';
  /** A file name without extension, safe on every file system ("ODA-2023-00050-EN"). */
  fileName: string;
  blocks: readonly DocumentBlock[];
}

/** The text of an inline, whatever its kind. */
export function inlineText(inline: Inline): string {
  return typeof inline === 'string' ? inline : inline.text;
}

const UNSAFE_FILE_NAME_CHARACTERS = /[^A-Za-z0-9._-]+/g;

/** A file name from a reference or title: "ODA/2023-00050" -> "ODA-2023-00050". */
export function toFileName(text: string): string {
  return text.replace(UNSAFE_FILE_NAME_CHARACTERS, '-').replace(/^-+|-+$/g, '');
}
