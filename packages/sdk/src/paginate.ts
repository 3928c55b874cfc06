import type { PlenaryClient, PlenaryDocument, RequestOptions } from './client.ts';

export interface ConnectionPage<Node> {
  edges: readonly { node: Node }[];
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

export interface PaginateOptions<Result, Variables, Node> extends RequestOptions {
  /** The operation; it must take `$first: Int` and `$after: String` and select `pageInfo { hasNextPage endCursor }`. */
  document: PlenaryDocument<Result, Variables>;
  variables: Omit<Variables, 'first' | 'after'>;
  /** Where the connection is in the result, e.g. `(data) => data.meeting?.invitations`. */
  connection: (data: Result) => ConnectionPage<Node> | null | undefined;
  pageSize?: number;
}

const DEFAULT_PAGE_SIZE = 50;

/** Walks a connection page by page, yielding each node once, until the server says there is no next page. */
export async function* paginate<Result, Variables, Node>(client: PlenaryClient, options: PaginateOptions<Result, Variables, Node>): AsyncGenerator<Node, void, undefined> {
  const { document, variables, connection, pageSize = DEFAULT_PAGE_SIZE, ...requestOptions } = options;
  let after: string | null | undefined = null;
  for (;;) {
    const pageVariables = { ...variables, first: pageSize, after } as unknown as Variables;
    const data: Result = await (client.request as (d: PlenaryDocument<Result, Variables>, v: Variables, o: RequestOptions) => Promise<Result>)(document, pageVariables, requestOptions);
    const page = connection(data);
    if (!page) return;
    for (const edge of page.edges) yield edge.node;
    if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor) return;
    after = page.pageInfo.endCursor;
  }
}
