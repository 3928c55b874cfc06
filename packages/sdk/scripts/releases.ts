// Released schemas: `releases/<version>.graphql`, the schema each released SDK was generated from, written once by
// `npm run release:record` and never changed, so that `schema:check` compares against what partners have.
import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { changelogSince, checkSchemaChanges, compareVersions } from './check-schema-changes.ts';

const RELEASE_FILE = /^(\d+)\.(\d+)\.(\d+)\.graphql$/;

export interface Release {
  version: string;
  schema: string;
}

/** The highest recorded version, or null when nothing was released yet. */
export async function lastRelease(releasesDir: string): Promise<Release | null> {
  const files = existsSync(releasesDir) ? await readdir(releasesDir) : [];
  const recorded = files.flatMap((file) => {
    const match = RELEASE_FILE.exec(file);
    return match ? [{ file, parts: match.slice(1, 4).map(Number) }] : [];
  });
  const [last] = recorded.sort((a, b) => compareVersions(b.parts, a.parts));
  if (!last) return null;
  return { version: last.parts.join('.'), schema: await readFile(path.join(releasesDir, last.file), 'utf8') };
}

export class ReleaseRefused extends Error {
  override name = 'ReleaseRefused';
}

/**
 * Records `schema` as release `version`. Refused when that version is recorded already (a release never changes),
 * when the changelog has no dated heading for it, and when it breaks the last release in ways the changelog does not
 * name under it.
 */
export async function recordRelease(options: {
  releasesDir: string;
  version: string;
  schema: string;
  changelog: string;
}): Promise<{ file: string }> {
  const { releasesDir, version, schema, changelog } = options;
  if (!RELEASE_FILE.test(`${version}.graphql`))
    throw new ReleaseRefused(`The version "${version}" is not major.minor.patch.`);
  const file = path.join(releasesDir, `${version}.graphql`);
  if (existsSync(file))
    throw new ReleaseRefused(
      `Release ${version} is recorded already; set the next version in packages/sdk/package.json first.`,
    );
  const heading = new RegExp(`^## ${version.replaceAll('.', '\\.')}(?![\\w.-]).*$`, 'm').exec(changelog)?.[0];
  if (!heading || /unreleased/i.test(heading)) {
    throw new ReleaseRefused(
      `CHANGELOG.md needs the release's heading above its entries, with its date: "## ${version} (${new Date().toISOString().slice(0, 10)})".`,
    );
  }
  const previous = await lastRelease(releasesDir);
  if (previous) {
    const { unacknowledged } = await checkSchemaChanges({
      previous: previous.schema,
      current: schema,
      changelog: changelogSince(changelog, previous.version),
    });
    if (unacknowledged.length > 0) {
      throw new ReleaseRefused(
        `${unacknowledged.length} breaking change(s) since ${previous.version} are not named in CHANGELOG.md: ${unacknowledged.map((change) => change.path ?? change.message).join(', ')}.`,
      );
    }
  }
  await writeFile(file, schema);
  return { file };
}
