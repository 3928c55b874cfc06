// `npm run schema:check`: lists the changes between the committed schema and the previous one on main
// (@graphql-inspector/core) and fails on a breaking change that CHANGELOG.md does not acknowledge.
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { checkSchemaChanges } from './check-schema-changes.ts';

const REPOSITORY_ROOT = path.resolve(import.meta.dirname, '../../..');
const SCHEMA_PATH = 'apps/api/schema.graphql';

function git(...args: string[]): string {
  return execFileSync('git', args, { cwd: REPOSITORY_ROOT, encoding: 'utf8' }).trim();
}

/** On a branch: where it left main. On main: the last commit, or the one before it when nothing is pending. */
function baseRevision(): string {
  if (process.env.PLENARY_SCHEMA_BASE) return process.env.PLENARY_SCHEMA_BASE;
  const branch = git('rev-parse', '--abbrev-ref', 'HEAD');
  if (branch !== 'main') return git('merge-base', 'HEAD', 'main');
  const pending = git('status', '--porcelain', '--', SCHEMA_PATH) !== '';
  return pending ? 'HEAD' : 'HEAD~1';
}

function schemaAt(revision: string): string | null {
  try {
    return git('show', `${revision}:${SCHEMA_PATH}`);
  } catch {
    return null;
  }
}

const base = baseRevision();
const previous = schemaAt(base);
const current = await readFile(path.join(REPOSITORY_ROOT, SCHEMA_PATH), 'utf8');
if (previous === null) {
  console.log(`No schema at ${base}: nothing to compare.`);
  process.exit(0);
}

// A breaking change is a decision: CHANGELOG.md must name the changed path (e.g. `Query.meetingByCode`).
const changelog = await readFile(path.resolve(import.meta.dirname, '../CHANGELOG.md'), 'utf8');
const { changes, unacknowledged } = await checkSchemaChanges({ previous, current, changelog });
for (const change of changes) console.log(`${change.criticality.level.padEnd(12)} ${change.message}`);
if (changes.length === 0) console.log(`The schema is unchanged since ${base}.`);
if (unacknowledged.length > 0) {
  console.error(`\n${unacknowledged.length} breaking change(s) not acknowledged in packages/sdk/CHANGELOG.md:`);
  for (const change of unacknowledged) console.error(`  ${change.path ?? '(schema)'}: ${change.message}`);
  process.exit(1);
}
