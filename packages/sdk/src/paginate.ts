import type { PlenaryClient, PlenaryDocument, RequestOptions } from './client.ts';

export interface ConnectionPage<Node> {
  edges: readonly { node: Node }[];
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  /** Present when the operation selects it: how many nodes the whole connection holds. */
  totalCount?: number;
}

export interface PaginateOptions<Result, Variables, Node> extends RequestOptions {
  /** The operation; it must take `$first: Int` and `$after: String` and select `pageInfo { hasNextPage endCursor }`. */
  document: PlenaryDocument<Result, Variables>;
  variables: Omit<Variables, 'first' | 'after'>;
  /** Where the connection is in the result, e.g. `(data) => data.meeting?.invitations`. */
  connection: (data: Result) => ConnectionPage<Node> | null | undefined;
  pageSize?: number;
}

/** One page of a connection, as `pages` yields it. */
export interface Page<Node> {
  nodes: Node[];
  /** The connection's `totalCount` if the operation selects it, else null. */
  totalCount: number | null;
  /** The cursor to resume after this page. */
  endCursor: string | null;
  hasNextPage: boolean;
}

const DEFAULT_PAGE_SIZE = 50;

/** Walks a connection page by page, with each page's `totalCount`, until the server says there is no next page. */
export async function* pages<Result, Variables, Node>(
  client: PlenaryClient,
  options: PaginateOptions<Result, Variables, Node>,
): AsyncGenerator<Page<Node>, void, undefined> {
  const { document, variables, connection, pageSize = DEFAULT_PAGE_SIZE, ...requestOptions } = options;
  let after: string | null = null;
  for (;;) {
    const pageVariables = { ...variables, first: pageSize, after } as unknown as Variables;
    const data: Result = await (
      client.request as (d: PlenaryDocument<Result, Variables>, v: Variables, o: RequestOptions) => Promise<Result>
    )(document, pageVariables, requestOptions);
    const page = connection(data);
    if (!page) return;
    const endCursor = page.pageInfo.endCursor ?? null;
    const hasNextPage = page.pageInfo.hasNextPage && endCursor !== null;
    yield { nodes: page.edges.map((edge) => edge.node), totalCount: page.totalCount ?? null, endCursor, hasNextPage };
    if (!hasNextPage) return;
    after = endCursor;
  }
}

/** Walks a connection page by page, yielding each node once, until the server says there is no next page. */
export async function* paginate<Result, Variables, Node>(
  client: PlenaryClient,
  options: PaginateOptions<Result, Variables, Node>,
): AsyncGenerator<Node, void, undefined> {
  for await (const page of pages(client, options)) yield* page.nodes;
}
