import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSdkFixture, type SdkFixture } from './sdk-fixture.ts';

const run = promisify(execFile);
const SDK_DIR = path.resolve(import.meta.dirname, '../../packages/sdk');

const EXAMPLE = `
import { createPlenaryClient, StatesPartiesOnDocument } from '@plenary/sdk';

const client = createPlenaryClient({ url: process.env.PLENARY_URL, apiKey: process.env.PLENARY_API_KEY });
const data = await client.request(StatesPartiesOnDocument, { on: '2023-09-11', first: 5 });
console.log(JSON.stringify({ total: data.states.totalCount, first: data.states.edges.map((edge) => edge.node.iso3) }));
`;

describe('the packed SDK in a project outside the monorepo', () => {
  let fixture: SdkFixture;
  let folder: string;
  beforeAll(async () => {
    fixture = await startSdkFixture();
    folder = await mkdtemp(path.join(tmpdir(), 'plenary-sdk-consumer-'));
  });
  afterAll(async () => {
    await fixture.api.close();
    await rm(folder, { recursive: true, force: true });
  });

  it('installs from `npm pack` and runs an example against the running server', async () => {
    const { stdout: packed } = await run('npm', ['pack', '--json', '--pack-destination', folder], { cwd: SDK_DIR });
    const [tarball] = JSON.parse(packed) as { filename: string; files: { path: string }[] }[];
    if (!tarball) throw new Error(`npm pack made nothing: ${packed}`);
    const { filename, files } = tarball;
    expect(files.map((file) => file.path)).toEqual(expect.arrayContaining(['dist/index.js', 'dist/index.d.ts', 'dist/persisted-documents.json', 'README.md', 'CHANGELOG.md']));
    expect(files.some((file) => file.path.startsWith('src/'))).toBe(false);

    await writeFile(path.join(folder, 'package.json'), JSON.stringify({ name: 'partner-app', private: true, type: 'module' }));
    await writeFile(path.join(folder, 'example.mjs'), EXAMPLE);
    await run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', `./${filename}`], { cwd: folder });
    const { stdout } = await run(process.execPath, ['example.mjs'], { cwd: folder, env: { ...process.env, PLENARY_URL: fixture.url, PLENARY_API_KEY: fixture.apiKey } });
    expect(JSON.parse(stdout)).toEqual({ total: 111, first: ['AFG', 'ALB', 'AND', 'ATG', 'AUS'] });
  });
});
