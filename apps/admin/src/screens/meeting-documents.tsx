import { AdminMeetingDocumentsDocument, type AdminMeetingDocumentsQuery } from '@plenary/sdk';
import { useQuery } from '@tanstack/react-query';
import { DataTable } from '../components/data-table.tsx';
import { DownloadMessage } from '../components/download-message.tsx';
import { QueryView } from '../components/status.tsx';
import { fetchAll } from '../lib/fetch-all.ts';
import { formatDate, humanise } from '../lib/format.ts';
import { useDownload, type DownloadRequest } from '../lib/use-download.ts';
import { useClient } from '../session.tsx';
import { meetingKey } from './meeting-queries.ts';

type DocumentRow = NonNullable<AdminMeetingDocumentsQuery['meeting']>['documents']['edges'][number]['node'];

const LANGUAGE_NAMES = { EN: 'English', FR: 'French' } as const;
const FORMAT_NAMES = { pdf: 'PDF', html: 'HTML', txt: 'Text' } as const;
// The convening note is rendered in both languages: a PDF to send, HTML to paste, plain text to quote.
const NOTE_VERSIONS = [
  ['pdf', 'EN'],
  ['pdf', 'FR'],
  ['html', 'EN'],
  ['html', 'FR'],
  ['txt', 'EN'],
  ['txt', 'FR'],
] as const;

function DownloadButton({
  download,
  request,
  children,
  hidden,
}: {
  download: ReturnType<typeof useDownload>;
  request: DownloadRequest;
  children: string;
  hidden: string;
}) {
  const busy = download.pending === request.key;
  return (
    <button
      type="button"
      className="button-secondary"
      disabled={download.pending !== null}
      aria-busy={busy}
      onClick={() => void download.run(request)}
    >
      <span className="visually-hidden">{hidden} </span>
      {busy ? `${children}…` : children}
    </button>
  );
}

function Downloads({
  meetingCode,
  hasConveningNote,
  secretariat,
}: {
  meetingCode: string;
  hasConveningNote: boolean;
  secretariat: boolean;
}) {
  const download = useDownload();
  const base = `/documents/meetings/${encodeURIComponent(meetingCode)}`;
  const slug = meetingCode.toLowerCase();
  const note = (format: keyof typeof FORMAT_NAMES, language: 'EN' | 'FR'): DownloadRequest => ({
    key: `note-${format}-${language}`,
    path: `${base}/convening-note.${format}?language=${language}`,
    fallbackName: `convening-note-${slug}-${language.toLowerCase()}.${format}`,
    label: `Convening note (${FORMAT_NAMES[format]}, ${LANGUAGE_NAMES[language]})`,
  });
  const participants = (variant: 'public' | 'official', format: 'csv' | 'pdf'): DownloadRequest => ({
    key: `participants-${variant}-${format}`,
    path: `${base}/participants.${format}?variant=${variant}`,
    fallbackName: `participants-${variant}-${slug}.${format}`,
    label: `List of participants (${variant}, ${format.toUpperCase()})`,
  });
  return (
    <div className="card">
      <h3>Downloads</h3>
      <h4 id="convening-note-downloads">Convening note verbale</h4>
      {hasConveningNote ? (
        <div className="button-row" role="group" aria-labelledby="convening-note-downloads">
          {NOTE_VERSIONS.map(([format, language]) => (
            <DownloadButton
              key={`${format}-${language}`}
              download={download}
              request={note(format, language)}
              hidden="Convening note"
            >
              {`${FORMAT_NAMES[format]} (${LANGUAGE_NAMES[language]})`}
            </DownloadButton>
          ))}
        </div>
      ) : (
        <p className="empty">No convening note is recorded for this meeting, so there is none to download.</p>
      )}
      <h4 id="participants-downloads">List of participants</h4>
      <div className="button-row" role="group" aria-labelledby="participants-downloads">
        <DownloadButton download={download} request={participants('public', 'csv')} hidden="List of participants">
          Public (CSV)
        </DownloadButton>
        {secretariat && (
          <>
            <DownloadButton download={download} request={participants('official', 'csv')} hidden="List of participants">
              Official (CSV)
            </DownloadButton>
            <DownloadButton download={download} request={participants('official', 'pdf')} hidden="List of participants">
              Official (PDF)
            </DownloadButton>
          </>
        )}
      </div>
      {secretariat && (
        <p className="hint">The official list holds every delegate’s contact data: for the secretariat only.</p>
      )}
      <DownloadMessage download={download} />
    </div>
  );
}

export function MeetingDocuments({
  meetingId,
  meetingCode,
  hasConveningNote,
  secretariat,
}: {
  meetingId: string;
  meetingCode: string;
  hasConveningNote: boolean;
  secretariat: boolean;
}) {
  const client = useClient();
  const query = useQuery({
    queryKey: [...meetingKey(meetingId), 'documents'],
    queryFn: () =>
      fetchAll(client, AdminMeetingDocumentsDocument, { id: meetingId }, (data) => data.meeting?.documents),
  });
  return (
    <section aria-labelledby="documents-title">
      <h2 id="documents-title">Documents</h2>
      <QueryView query={query}>
        {(documents) => (
          <DataTable<DocumentRow>
            title={`Documents of ${meetingCode}`}
            rows={documents}
            rowKey={(document) => document.id}
            empty="No document is recorded for this meeting."
            columns={[
              { key: 'symbol', header: 'Symbol', value: (document) => document.symbol },
              {
                key: 'title',
                header: 'Title',
                value: (document) => document.title,
                render: (document) =>
                  document.url ? (
                    <a href={document.url} target="_blank" rel="noreferrer noopener">
                      {document.title}
                    </a>
                  ) : (
                    document.title
                  ),
              },
              { key: 'kind', header: 'Kind', value: (document) => humanise(document.kind) },
              { key: 'languages', header: 'Languages', value: (document) => document.languages.join(', ') },
              { key: 'status', header: 'Status', value: (document) => humanise(document.status) },
              {
                key: 'issuedOn',
                header: 'Issued on',
                value: (document) => document.issuedOn,
                render: (document) => formatDate(document.issuedOn) || '—',
              },
            ]}
          />
        )}
      </QueryView>
      <Downloads meetingCode={meetingCode} hasConveningNote={hasConveningNote} secretariat={secretariat} />
    </section>
  );
}
