import type { useDownload } from '../lib/use-download.ts';

/** The message of the last download: what went wrong (an alert) or the file saved (a status). */
export function DownloadMessage({ download }: { download: ReturnType<typeof useDownload> }) {
  if (download.problem)
    return (
      <div className="notice notice-error" role="alert">
        <p>
          <strong>{download.problem.label}:</strong> <span className="preserve-lines">{download.problem.message}</span>
        </p>
      </div>
    );
  if (download.saved)
    return (
      <p className="notice notice-success" role="status">
        Saved {download.saved}.
      </p>
    );
  return null;
}
