import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer as createNetServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openDatabase } from '@plenary/db';
import { afterAll, describe, expect, it } from 'vitest';

const API_DIR = path.resolve(import.meta.dirname, '..');
const START_UP_TIMEOUT_MS = 90_000;

function startPlenaryProcess(env: Record<string, string>): {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
} {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: API_DIR,
    env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'warn', HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
}

async function freePort(): Promise<number> {
  const server = createNetServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function waitForHealth(url: string, exited: Promise<number | null>): Promise<void> {
  const deadline = Date.now() + START_UP_TIMEOUT_MS;
  let stopped = false;
  void exited.then(() => (stopped = true));
  while (Date.now() < deadline && !stopped) {
    const healthy = await fetch(`${url}/health`).then(
      (response) => response.ok,
      () => false,
    );
    if (healthy) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`Plenary did not become healthy at ${url}`);
}

describe('start-up', () => {
  const folders: string[] = [];
  afterAll(() => Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true }))));

  it.each([
    ['not a URL', 'not-a-url'],
    ['a MySQL URL', 'mysql://root@127.0.0.1:3306/plenary'],
    ['a URL without a database', 'postgres://postgres@127.0.0.1:5432'],
  ])('ends with one line naming DATABASE_URL when it is %s', async (_label, value) => {
    const plenary = startPlenaryProcess({ DATABASE_URL: value, PORT: '0' });
    expect(await plenary.exited).toBe(1);
    const lines = plenary.output().trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^DATABASE_URL: /);
  });

  it('ends with one line naming DATABASE_URL when the server cannot be reached', async () => {
    const port = await freePort();
    const plenary = startPlenaryProcess({ DATABASE_URL: `postgres://postgres@127.0.0.1:${port}/plenary`, PORT: '0' });
    expect(await plenary.exited).toBe(1);
    const lines = plenary.output().trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^DATABASE_URL: cannot open the database/);
  });

  it('ends with one line naming PORT when it is not a port number', async () => {
    const plenary = startPlenaryProcess({ PORT: 'eighty' });
    expect(await plenary.exited).toBe(1);
    expect(plenary.output().trim()).toMatch(/^PORT: /);
  });

  it(
    'keeps data on disk across a restart, and seeds only an empty database',
    { timeout: 4 * START_UP_TIMEOUT_MS },
    async () => {
      const dataDir = await mkdtemp(path.join(tmpdir(), 'plenary-data-'));
      folders.push(dataDir);
      const port = await freePort();
      const url = `http://127.0.0.1:${port}`;

      const first = startPlenaryProcess({ PLENARY_DATA_DIR: dataDir, PORT: String(port) });
      await waitForHealth(url, first.exited);
      first.child.kill('SIGTERM');
      expect(await first.exited).toBe(0);

      const database = await openDatabase({ config: { backend: 'pglite', dataDir } });
      await database.prisma.organisation.create({
        data: { acronym: 'UNIDIR', name: 'United Nations Institute for Disarmament Research', kind: 'UN_ENTITY' },
      });
      await database.close();

      const second = startPlenaryProcess({ PLENARY_DATA_DIR: dataDir, PORT: String(port) });
      await waitForHealth(url, second.exited);
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: '{ organisations(first: 50) { totalCount edges { node { acronym } } } states { totalCount } }',
        }),
      });
      const body = (await response.json()) as {
        data: {
          organisations: { totalCount: number; edges: { node: { acronym: string } }[] };
          states: { totalCount: number };
        };
      };
      second.child.kill('SIGTERM');
      await second.exited;

      expect(body.data.organisations.edges.map((edge) => edge.node.acronym)).toContain('UNIDIR');
      expect(body.data.organisations.totalCount).toBe(6);
      expect(body.data.states.totalCount).toBe(197);
    },
  );
});
