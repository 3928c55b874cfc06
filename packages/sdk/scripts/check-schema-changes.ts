import { CriticalityLevel, diff, type Change } from '@graphql-inspector/core';
import { buildSchema } from 'graphql';

export interface SchemaCheck {
  changes: Change[];
  /** Breaking changes whose schema path the changelog does not name. */
  unacknowledged: Change[];
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Whether the text names the path itself: `Query.meeting` is not named by a mention of `Query.meetingByCode`. */
export function namesPath(text: string, path: string): boolean {
  return new RegExp(`(?<![\\w.])${escapeRegExp(path)}(?!\\w|\\.\\w)`).test(text);
}

/**
 * The entries written since a release: from the first heading (`## Unreleased`) to that release's (`## 0.1.0 ...`).
 * An entry under a released version's heading, or an example in the preamble, acknowledges nothing new.
 */
export function changelogSince(changelog: string, version: string): string {
  const heading = new RegExp(`^## ${escapeRegExp(version)}(?![\\w.-])`, 'm').exec(changelog);
  if (!heading) throw new Error(`CHANGELOG.md has no heading for the release ${version} ("## ${version} (<date>)"); every recorded release needs one.`);
  const firstHeading = /^## /m.exec(changelog);
  return changelog.slice(firstHeading?.index ?? 0, heading.index);
}

/** Compares two printed schemas; a breaking change counts as a decision only when the changelog names its path. */
export async function checkSchemaChanges(options: { previous: string; current: string; changelog: string }): Promise<SchemaCheck> {
  const changes = await diff(buildSchema(options.previous), buildSchema(options.current));
  const unacknowledged = changes.filter((change) => change.criticality.level === CriticalityLevel.Breaking && (!change.path || !namesPath(options.changelog, change.path)));
  return { changes, unacknowledged };
}
