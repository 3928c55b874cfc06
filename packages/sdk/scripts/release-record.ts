// `npm run release:record`: records the API's schema as the release in package.json's version (releases/<version>.graphql),
// the one `schema:check` compares with from then on. Run it when handing out that version's tarball.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { recordRelease, ReleaseRefused } from './releases.ts';

const SDK_DIR = path.resolve(import.meta.dirname, '..');
const { version } = JSON.parse(await readFile(path.join(SDK_DIR, 'package.json'), 'utf8')) as { version: string };

try {
  const { file } = await recordRelease({
    releasesDir: path.join(SDK_DIR, 'releases'),
    version,
    schema: await readFile(path.resolve(SDK_DIR, '../../apps/api/schema.graphql'), 'utf8'),
    changelog: await readFile(path.join(SDK_DIR, 'CHANGELOG.md'), 'utf8'),
  });
  console.log(
    `Recorded release ${version} in ${path.relative(process.cwd(), file)}: commit it with the tag of the release.`,
  );
} catch (error) {
  if (!(error instanceof ReleaseRefused)) throw error;
  console.error(error.message);
  process.exit(1);
}
