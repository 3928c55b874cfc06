import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { changelogSince, checkSchemaChanges, namesPath } from '../scripts/check-schema-changes.ts';
import { lastRelease, recordRelease } from '../scripts/releases.ts';

const PREVIOUS = 'type Query { meetingByCode(code: String!): String, states: Int }';
const WITHOUT_MEETING_BY_CODE = 'type Query { states: Int }';

describe('the schema check', () => {
  it('lets an added field through: it breaks no client', async () => {
    const { changes, unacknowledged } = await checkSchemaChanges({
      previous: PREVIOUS,
      current: 'type Query { meetingByCode(code: String!): String, states: Int, conventions: Int }',
      changelog: '',
    });
    expect(changes.map((change) => change.path)).toEqual(['Query.conventions']);
    expect(unacknowledged).toEqual([]);
  });

  it('stops a removed field that the changelog does not name', async () => {
    const { unacknowledged } = await checkSchemaChanges({
      previous: PREVIOUS,
      current: WITHOUT_MEETING_BY_CODE,
      changelog: '## Unreleased\n- Nothing to see.',
    });
    expect(unacknowledged.map((change) => change.path)).toEqual(['Query.meetingByCode']);
  });

  it('accepts a breaking change the changelog acknowledges by its path', async () => {
    const { unacknowledged } = await checkSchemaChanges({
      previous: PREVIOUS,
      current: WITHOUT_MEETING_BY_CODE,
      changelog: '## Unreleased\n- BREAKING: `Query.meetingByCode` removed; use `Query.meeting`.',
    });
    expect(unacknowledged).toEqual([]);
  });

  it('counts a path as named only when it is named whole', () => {
    expect(namesPath('- `Query.meetingByCode` removed', 'Query.meetingByCode')).toBe(true);
    expect(namesPath('- `Query.meetingByCode` removed', 'Query.meeting')).toBe(false);
    expect(namesPath('- `Meeting.invitations.first` capped', 'Meeting.invitations')).toBe(false);
    expect(namesPath('- `AdminQuery.meeting` removed', 'Query.meeting')).toBe(false);
    expect(namesPath('- `Query.meeting`, then `Query.states`.', 'Query.meeting')).toBe(true);
  });

  it('reads only the entries written since the release it compares with, not the preamble’s examples', () => {
    const changelog =
      '# Changelog\n\nName each path, e.g. `Query.conventions`.\n\n## Unreleased\n- `Query.states` removed.\n\n## 0.10.0 (2027-01-10)\n- `Query.meetingByCode` removed.\n\n## 0.1.0 (2026-12-04)\n- First.\n';
    expect(changelogSince(changelog, '0.10.0')).toBe('## Unreleased\n- `Query.states` removed.\n\n');
    expect(changelogSince(changelog, '0.1.0')).toBe(
      '## Unreleased\n- `Query.states` removed.\n\n## 0.10.0 (2027-01-10)\n- `Query.meetingByCode` removed.\n\n',
    );
    expect(() => changelogSince(changelog, '0.2.0')).toThrow('CHANGELOG.md has no heading for the release 0.2.0');
  });

  it('finds the entries since a release wherever their section stands, oldest first or newest first', () => {
    const oldestFirst =
      '# Changelog\n\n## 0.1.0 (2026-12-04)\n- First.\n### Vocabulary\n- `Query.meeting` renamed.\n\n## Unreleased\n- `Query.states` removed.\n';
    expect(changelogSince(oldestFirst, '0.1.0')).toBe('## Unreleased\n- `Query.states` removed.\n');
  });
});

describe('recorded releases', () => {
  let releasesDir: string;
  beforeEach(async () => {
    releasesDir = await mkdtemp(path.join(tmpdir(), 'plenary-releases-'));
  });
  afterEach(() => rm(releasesDir, { recursive: true, force: true }));

  it('finds none before the first release, then the highest version (0.10.0 after 0.9.0)', async () => {
    expect(await lastRelease(releasesDir)).toBeNull();
    await writeFile(path.join(releasesDir, '0.9.0.graphql'), 'type Query { a: Int }');
    await writeFile(path.join(releasesDir, '0.10.0.graphql'), PREVIOUS);
    await writeFile(path.join(releasesDir, 'notes.md'), 'not a release');
    expect(await lastRelease(releasesDir)).toEqual({ version: '0.10.0', schema: PREVIOUS });
  });

  it('records a release once, under its dated heading', async () => {
    const changelog = '## 0.1.0 (2026-12-04)\n- First.';
    const { file } = await recordRelease({ releasesDir, version: '0.1.0', schema: PREVIOUS, changelog });
    expect(await readFile(file, 'utf8')).toBe(PREVIOUS);
    await expect(
      recordRelease({ releasesDir, version: '0.1.0', schema: WITHOUT_MEETING_BY_CODE, changelog }),
    ).rejects.toThrow('Release 0.1.0 is recorded already');
    expect(await readFile(file, 'utf8')).toBe(PREVIOUS);
  });

  it('refuses a version without a heading, or still marked unreleased', async () => {
    await expect(
      recordRelease({ releasesDir, version: '0.1.0', schema: PREVIOUS, changelog: '## Unreleased\n- First.' }),
    ).rejects.toThrow('CHANGELOG.md needs the release');
    await expect(
      recordRelease({ releasesDir, version: '0.1.0', schema: PREVIOUS, changelog: '## 0.1.0 (unreleased)\n- First.' }),
    ).rejects.toThrow('CHANGELOG.md needs the release');
    await expect(
      recordRelease({ releasesDir, version: 'next', schema: PREVIOUS, changelog: '## next\n' }),
    ).rejects.toThrow('is not major.minor.patch');
    expect(await lastRelease(releasesDir)).toBeNull();
  });

  it('refuses a release that breaks the last one in ways its entries do not name, and records it once they do', async () => {
    await recordRelease({
      releasesDir,
      version: '0.1.0',
      schema: PREVIOUS,
      changelog: '## 0.1.0 (2026-12-04)\n- First.',
    });
    // Named under the old release only: that acknowledges nothing new.
    const misplaced =
      '## 0.2.0 (2027-01-10)\n- Faster.\n\n## 0.1.0 (2026-12-04)\n- First.\n- `Query.meetingByCode` removed.';
    await expect(
      recordRelease({ releasesDir, version: '0.2.0', schema: WITHOUT_MEETING_BY_CODE, changelog: misplaced }),
    ).rejects.toThrow('1 breaking change(s) since 0.1.0 are not named in CHANGELOG.md: Query.meetingByCode.');
    const named =
      '## 0.2.0 (2027-01-10)\n- `Query.meetingByCode` removed: use `Query.meeting`.\n\n## 0.1.0 (2026-12-04)\n- First.';
    await recordRelease({ releasesDir, version: '0.2.0', schema: WITHOUT_MEETING_BY_CODE, changelog: named });
    expect(await lastRelease(releasesDir)).toEqual({ version: '0.2.0', schema: WITHOUT_MEETING_BY_CODE });
  });
});
