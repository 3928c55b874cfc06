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

const VERSION = /^(\d+)\.(\d+)\.(\d+)(?![\w.-])/;

function versionParts(text: string): number[] | null {
  const match = VERSION.exec(text);
  return match ? match.slice(1, 4).map(Number) : null;
}

/** Negative, zero or positive as version a is lower than, equal to or higher than b. */
export function compareVersions(a: readonly number[], b: readonly number[]): number {
  for (let part = 0; part < 3; part += 1) {
    const difference = (a[part] ?? 0) - (b[part] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

/**
 * The entries written since a release: the sections (`## ...`) headed Unreleased or by a later version, wherever
 * they stand in the file. An entry under that release's heading or an earlier one, or an example in the preamble,
 * acknowledges nothing new.
 */
export function changelogSince(changelog: string, version: string): string {
  const release = versionParts(version);
  if (!release) throw new Error(`"${version}" is not a version (major.minor.patch).`);
  const sections = changelog.split(/^(?=## )/m).filter((section) => section.startsWith('## '));
  const headed = sections.map((section) => ({ section, version: versionParts(section.slice(3)) }));
  if (!headed.some((entry) => entry.version && compareVersions(entry.version, release) === 0)) {
    throw new Error(
      `CHANGELOG.md has no heading for the release ${version} ("## ${version} (<date>)"); every recorded release needs one.`,
    );
  }
  return headed
    .filter((entry) => !entry.version || compareVersions(entry.version, release) > 0)
    .map((entry) => entry.section)
    .join('');
}

/** Compares two printed schemas; a breaking change counts as a decision only when the changelog names its path. */
export async function checkSchemaChanges(options: {
  previous: string;
  current: string;
  changelog: string;
}): Promise<SchemaCheck> {
  const changes = await diff(buildSchema(options.previous), buildSchema(options.current));
  const unacknowledged = changes.filter(
    (change) =>
      change.criticality.level === CriticalityLevel.Breaking &&
      (!change.path || !namesPath(options.changelog, change.path)),
  );
  return { changes, unacknowledged };
}
