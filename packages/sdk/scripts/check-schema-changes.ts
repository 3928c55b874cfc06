import { CriticalityLevel, diff, type Change } from '@graphql-inspector/core';
import { buildSchema } from 'graphql';

export interface SchemaCheck {
  changes: Change[];
  /** Breaking changes whose schema path the changelog does not name. */
  unacknowledged: Change[];
}

/** Compares two printed schemas; a breaking change counts as a decision only when the changelog names its path. */
export async function checkSchemaChanges(options: { previous: string; current: string; changelog: string }): Promise<SchemaCheck> {
  const changes = await diff(buildSchema(options.previous), buildSchema(options.current));
  const unacknowledged = changes.filter(
    (change) => change.criticality.level === CriticalityLevel.Breaking && (!change.path || !options.changelog.includes(change.path)),
  );
  return { changes, unacknowledged };
}
