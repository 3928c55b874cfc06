import { csvFileName, toCsv, type CsvCell } from './csv.ts';
import { today } from './format.ts';

/** Saves a list as a CSV file (UTF-8 with a byte-order mark, so spreadsheets read the six languages' names). */
export function downloadCsv(title: string, header: readonly string[], rows: readonly (readonly CsvCell[])[]): void {
  const blob = new Blob(['\uFEFF', toCsv(header, rows)], { type: 'text/csv;charset=utf-8' });
  saveBlob(blob, csvFileName(title, today()));
}

/** Saves a blob under a file name, through a temporary object URL. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}

/** The file name of a Content-Disposition header, the RFC 5987 form (`filename*=UTF-8''...`) first. */
export function fileNameOf(disposition: string | null, fallback: string): string {
  if (!disposition) return fallback;
  const extended = /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1];
  if (extended) {
    try {
      return decodeURIComponent(extended.trim());
    } catch {
      // A malformed escape: fall through to the plain name.
    }
  }
  const plain = /filename="([^"]*)"/i.exec(disposition)?.[1] ?? /filename=([^;]+)/i.exec(disposition)?.[1];
  return plain?.trim() || fallback;
}

/** A document the API would not render, in words for the user (the API's refusals are short plain text). */
export class DocumentRefusal extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'DocumentRefusal';
  }
}

export function refusalMessage(status: number, body: string): string {
  const detail = body.trim();
  if (status === 422)
    return `This document cannot be produced yet: some of its data is missing.${detail ? ` ${detail}` : ''}`;
  if (status === 404) return detail || 'This document does not exist.';
  if (status === 401) return 'Your session has ended: sign in again to download this document.';
  if (status === 403) return 'You do not have access to this document.';
  if (status === 429) return 'Too many requests; try again shortly.';
  if (status >= 500) return 'The document could not be produced. Please try again.';
  return detail || `The document could not be downloaded (HTTP ${status}).`;
}

/**
 * Downloads a rendered document from the API's /documents/... routes, with the session token when there is one
 * (a plain link cannot send it), and saves it under the name the API gives. Refusals throw a DocumentRefusal.
 */
export async function downloadDocument(
  path: string,
  options: { token: string | null; fallbackName: string; fetchImpl?: typeof fetch },
): Promise<string> {
  const fetchImpl = options.fetchImpl ?? fetch;
  let response: Response;
  try {
    response = await fetchImpl(path, {
      headers: options.token ? { Authorization: `Bearer ${options.token}` } : {},
      credentials: 'same-origin',
    });
  } catch {
    throw new DocumentRefusal(0, 'The server could not be reached. Check the connection and try again.');
  }
  if (!response.ok) {
    const body = await response.text().catch(() => '');
    throw new DocumentRefusal(response.status, refusalMessage(response.status, body));
  }
  const fileName = fileNameOf(response.headers.get('Content-Disposition'), options.fallbackName);
  saveBlob(await response.blob(), fileName);
  return fileName;
}
