/** A rendered document as the API serves it: the body, its media type and a file name for downloads. */
export interface RenderedDocument<Content = string> {
  content: Content;
  mediaType: string;
  fileName: string;
}

export const TEXT_MEDIA_TYPE = 'text/plain; charset=utf-8';
export const HTML_MEDIA_TYPE = 'text/html; charset=utf-8';
export const CSV_MEDIA_TYPE = 'text/csv; charset=utf-8';
export const PDF_MEDIA_TYPE = 'application/pdf';

/** The formats of a letter-like document (notes verbales, assessment notices). */
export type LetterFormat = 'TEXT' | 'HTML';
