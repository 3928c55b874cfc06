import type { QueryEvent } from '@plenary/db';

/** Collects the SQL statements Prisma sends, so tests can assert how many a request costs. */
export function createQueryCounter() {
  const statements: string[] = [];
  let counting = false;
  return {
    onQuery: (event: QueryEvent) => {
      if (counting) statements.push(event.query);
    },
    async count(work: () => Promise<unknown>): Promise<number> {
      statements.length = 0;
      counting = true;
      try {
        await work();
      } finally {
        counting = false;
      }
      return statements.filter((statement) => !/^(BEGIN|COMMIT|ROLLBACK|DEALLOCATE)/i.test(statement.trim())).length;
    },
    statements: () => [...statements],
  };
}
