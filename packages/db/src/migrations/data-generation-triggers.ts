// Every table an answer reads increments the data generation on each change (migration *_data_generation), which is
// what keeps the API's response cache from serving an answer older than a write. A new table does too, unless no
// answer shows it: then drop its trigger and name it in test/data-generation.test.ts.

const CREATE_TABLE = /^CREATE TABLE "([^"]+)"/gm;

/** The statement that makes `table` increment the data generation, as every table an answer reads has. */
function dataGenerationTrigger(table: string): string {
  return (
    `CREATE CONSTRAINT TRIGGER "${table}_bumps_data_generation" AFTER INSERT OR UPDATE OR DELETE ON "${table}" ` +
    'DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "bump_data_generation"();'
  );
}

/** What `npm run db:migration` appends to a migration: the trigger of each table it creates. */
export function dataGenerationTriggersFor(migrationSql: string): string {
  const tables = [...migrationSql.matchAll(CREATE_TABLE)].flatMap(([, table]) => (table === undefined ? [] : [table]));
  if (tables.length === 0) return '';
  return [
    '-- Each new table increments the data generation, which the response cache keys answers by. For a table no answer',
    '-- shows, drop its line and name the table in packages/db/test/data-generation.test.ts.',
    ...tables.map((table) => dataGenerationTrigger(table)),
  ].join('\n');
}
