/** What paging needs of a Relay connection: whether there is more, and where the page ends. */
export interface Page {
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/**
 * Every page of a connection in order, each read from the end cursor of the page before (`null` for the first).
 * One loop for the tests that walk a whole list, so each reads as what it checks of a page; and one that cannot spin
 * forever: a page that says there is more but gives no end cursor, or gives a cursor already read from, is an error.
 */
export async function* pagesOf<P extends Page>(readPage: (after: string | null) => Promise<P>): AsyncGenerator<P> {
  const read = new Set<string>();
  let after: string | null = null;
  for (;;) {
    const page = await readPage(after);
    yield page;
    const { hasNextPage, endCursor } = page.pageInfo;
    if (!hasNextPage) return;
    if (endCursor === null) throw new Error(`page ${read.size + 1} has a next page but no endCursor`);
    if (read.has(endCursor))
      throw new Error(
        `page ${read.size + 1} ends at cursor ${endCursor}, already read from: the cursor does not advance`,
      );
    read.add(endCursor);
    after = endCursor;
  }
}
