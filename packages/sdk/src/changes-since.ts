import type { PlenaryClient, PlenaryDocument, RequestOptions } from './client.ts';
import { pages, type ConnectionPage } from './paginate.ts';

/**
 * How far before the stored mark a sync asks again. A write is stamped when it is made but listed only once its
 * transaction commits; the API's transactions end within 30 s and the seed's within 120 s, so five minutes catches a
 * write stamped before the mark that committed after the last sync read past it.
 */
export const DEFAULT_SYNC_OVERLAP_SECONDS = 300;

const SYNC_PAGE_SIZE = 100;

/** The variables every `*ChangedSince` operation takes. */
interface ChangedSinceVariables {
  updatedSince?: string | null;
  first?: number | null;
  after?: string | null;
}

export interface ChangesSinceOptions<
  Result,
  Variables extends ChangedSinceVariables,
  Node extends { id: string; updatedAt: string },
> extends RequestOptions {
  /** An operation taking `$updatedSince`, `$first` and `$after`, e.g. `StatesChangedSinceDocument`. */
  document: PlenaryDocument<Result, Variables>;
  /** Where the connection is in the result, e.g. `(data) => data.states`. */
  connection: (data: Result) => ConnectionPage<Node> | null | undefined;
  /** The `syncedUpTo` the last sync returned; null or left out to read every record. */
  since?: string | null;
  /** Ask again from this many seconds before `since` (default 300); see DEFAULT_SYNC_OVERLAP_SECONDS. */
  overlapSeconds?: number;
  pageSize?: number;
}

export interface Changes<Node> {
  /** The records changed since the mark, less the overlap: each once, by `id`. Some may be ones you already hold. */
  nodes: Node[];
  /** The mark to store and pass as `since` next time (null while nothing has been read). */
  syncedUpTo: string | null;
}

/**
 * Reads every record changed since the last sync, page by page, and the mark to store for the next one.
 *
 * The mark comes from the server's stamps, never the caller's clock, so a skewed clock misses nothing. It is the
 * newest `updatedAt` read, less the time the sync took (a duration, which skew does not affect): the pages are not
 * in `updatedAt` order, so a record on a page already read can change while later pages are read, and be stamped
 * before the newest one read. `updatedSince` is inclusive, so records at the mark come again; keep records by `id`.
 */
export async function changesSince<
  Result,
  Variables extends ChangedSinceVariables,
  Node extends { id: string; updatedAt: string },
>(client: PlenaryClient, options: ChangesSinceOptions<Result, Variables, Node>): Promise<Changes<Node>> {
  const {
    document,
    connection,
    since = null,
    overlapSeconds = DEFAULT_SYNC_OVERLAP_SECONDS,
    pageSize = SYNC_PAGE_SIZE,
    ...requestOptions
  } = options;
  const updatedSince = since === null ? null : new Date(Date.parse(since) - overlapSeconds * 1000).toISOString();
  const started = performance.now();
  const byId = new Map<string, Node>();
  const variables = { updatedSince } as Omit<Variables, 'first' | 'after'>;
  for await (const page of pages(client, { document, variables, connection, pageSize, ...requestOptions })) {
    for (const node of page.nodes) byId.set(node.id, node);
  }
  const elapsedMs = performance.now() - started;
  const nodes = [...byId.values()];
  if (nodes.length === 0) return { nodes, syncedUpTo: since };
  const newest = Math.max(...nodes.map((node) => Date.parse(node.updatedAt)));
  const mark = Math.max(Math.floor(newest - elapsedMs), since === null ? -Infinity : Date.parse(since));
  return { nodes, syncedUpTo: new Date(mark).toISOString() };
}
