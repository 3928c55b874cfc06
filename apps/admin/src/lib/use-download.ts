import { useCallback, useState } from 'react';
import { useSession } from '../session.tsx';
import { DocumentRefusal, downloadDocument } from './download.ts';

export interface DownloadRequest {
  /** Names this download among others, e.g. "note-pdf-EN". */
  key: string;
  /** The API's path, e.g. "/documents/meetings/11MSP/convening-note.pdf?language=EN". */
  path: string;
  /** What the file is called if the API names none. */
  fallbackName: string;
  /** What the user asked for, e.g. "Convening note (PDF, English)", to name it in a message. */
  label: string;
}

/** Downloads documents one at a time; a refusal (422, 404, 403...) becomes a message, never a broken screen. */
export function useDownload() {
  const { token } = useSession();
  const [pending, setPending] = useState<string | null>(null);
  const [problem, setProblem] = useState<{ label: string; message: string } | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const run = useCallback(
    async (request: DownloadRequest) => {
      setPending(request.key);
      setProblem(null);
      setSaved(null);
      try {
        setSaved(await downloadDocument(request.path, { token, fallbackName: request.fallbackName }));
      } catch (error) {
        setProblem({
          label: request.label,
          message:
            error instanceof DocumentRefusal
              ? error.message
              : 'The document could not be downloaded. Please try again.',
        });
      } finally {
        setPending(null);
      }
    },
    [token],
  );
  return { run, pending, problem, saved };
}
