// `npm run schema:check` (also in .ci/run): lists the changes between the committed schema and the last released one
// (releases/<version>.graphql, @graphql-inspector/core) and fails on a breaking change that CHANGELOG.md does not
// name above that release's heading.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { CriticalityLevel } from '@graphql-inspector/core';
import { changelogSince, checkSchemaChanges } from './check-schema-changes.ts';
import { lastRelease } from './releases.ts';

const SDK_DIR = path.resolve(import.meta.dirname, '..');
const SCHEMA_PATH = path.resolve(SDK_DIR, '../../apps/api/schema.graphql');

const release = await lastRelease(path.join(SDK_DIR, 'releases'));
if (!release) {
  console.log('No release is recorded in packages/sdk/releases: nothing to compare.');
  process.exit(0);
}

const current = await readFile(SCHEMA_PATH, 'utf8');
const changelog = await readFile(path.join(SDK_DIR, 'CHANGELOG.md'), 'utf8');
const { changes, unacknowledged } = await checkSchemaChanges({
  previous: release.schema,
  current,
  changelog: changelogSince(changelog, release.version),
});

const count = (level: CriticalityLevel) => changes.filter((change) => change.criticality.level === level).length;
console.log(
  `Since release ${release.version}: ${count(CriticalityLevel.Breaking)} breaking, ${count(CriticalityLevel.Dangerous)} dangerous, ${count(CriticalityLevel.NonBreaking)} other change(s).`,
);
// The thousands of added descriptions would drown the changes a reviewer must weigh.
for (const change of changes)
  if (change.criticality.level !== CriticalityLevel.NonBreaking)
    console.log(`${change.criticality.level.padEnd(12)} ${change.message}`);
if (unacknowledged.length > 0) {
  console.error(
    `\n${unacknowledged.length} breaking change(s) since ${release.version} not named in packages/sdk/CHANGELOG.md above "## ${release.version}":`,
  );
  for (const change of unacknowledged) console.error(`  ${change.path ?? '(schema)'}: ${change.message}`);
  process.exit(1);
}
