import { describe, expect, it } from 'vitest';
import { pagesOf, type Page } from './pages.ts';

/** Reads from a fixed list of pages, keyed by the cursor each is asked from, and records the cursors asked. */
function connection(pages: Record<string, Page & { rows: number[] }>) {
  const asked: (string | null)[] = [];
  const readPage = (after: string | null) => {
    asked.push(after);
    const page = pages[after ?? 'first'];
    if (page === undefined) throw new Error(`no page after ${after}`);
    return Promise.resolve(page);
  };
  return { asked, readPage };
}

async function collect<P>(pages: AsyncIterable<P>): Promise<P[]> {
  const all: P[] = [];
  for await (const page of pages) all.push(page);
  return all;
}

describe('pagesOf', () => {
  it('yields every page in order, each read from the end cursor of the one before', async () => {
    const { asked, readPage } = connection({
      first: { rows: [1, 2], pageInfo: { hasNextPage: true, endCursor: 'a' } },
      a: { rows: [3, 4], pageInfo: { hasNextPage: true, endCursor: 'b' } },
      b: { rows: [5], pageInfo: { hasNextPage: false, endCursor: 'c' } },
    });
    expect((await collect(pagesOf(readPage))).map((page) => page.rows)).toEqual([[1, 2], [3, 4], [5]]);
    expect(asked).toEqual([null, 'a', 'b']);
  });

  it('yields a single page with no next page, whatever its end cursor', async () => {
    const { asked, readPage } = connection({ first: { rows: [], pageInfo: { hasNextPage: false, endCursor: null } } });
    expect(await collect(pagesOf(readPage))).toHaveLength(1);
    expect(asked).toEqual([null]);
  });

  it('refuses a page that has a next page but no end cursor, after yielding it', async () => {
    const { asked, readPage } = connection({
      first: { rows: [1], pageInfo: { hasNextPage: true, endCursor: 'a' } },
      a: { rows: [2], pageInfo: { hasNextPage: true, endCursor: null } },
    });
    const yielded: number[][] = [];
    await expect(async () => {
      for await (const page of pagesOf(readPage)) yielded.push(page.rows);
    }).rejects.toThrow('page 2 has a next page but no endCursor');
    expect(yielded).toEqual([[1], [2]]);
    expect(asked).toEqual([null, 'a']);
  });

  it('refuses a cursor that does not advance, the same again or one already read from', async () => {
    const same = connection({
      first: { rows: [1], pageInfo: { hasNextPage: true, endCursor: 'a' } },
      a: { rows: [2], pageInfo: { hasNextPage: true, endCursor: 'a' } },
    });
    await expect(collect(pagesOf(same.readPage))).rejects.toThrow(
      'page 2 ends at cursor a, already read from: the cursor does not advance',
    );
    expect(same.asked).toEqual([null, 'a']);

    const back = connection({
      first: { rows: [1], pageInfo: { hasNextPage: true, endCursor: 'a' } },
      a: { rows: [2], pageInfo: { hasNextPage: true, endCursor: 'b' } },
      b: { rows: [3], pageInfo: { hasNextPage: true, endCursor: 'a' } },
    });
    await expect(collect(pagesOf(back.readPage))).rejects.toThrow(
      'page 3 ends at cursor a, already read from: the cursor does not advance',
    );
    expect(back.asked).toEqual([null, 'a', 'b']);
  });
});
