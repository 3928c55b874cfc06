// How long a new user waits for `npm start` in a fresh clone: the committed tree cloned into a temporary folder,
// `npm ci` there (timed apart, since it is the install, not the start), then `npm start` until /health answers 200,
// twice: cold (nothing built, no embedded database yet: turbo builds, PGlite is created, migrated and seeded) and
// warm (built and seeded, as every later start is).
import { spawn, spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { BENCH_DIR } from './bench-database.ts';

export interface StartTimes {
  commit: string;
  installSeconds: number;
  coldStartSeconds: number;
  warmStartSeconds: number;
}

const REPOSITORY_ROOT = path.resolve(BENCH_DIR, '..');
// A cold start took 15-37 s on this machine before; a start that has not answered in five minutes is broken.
const START_TIMEOUT_MS = 300_000;

function run(command: string, args: string[], cwd: string): void {
  const outcome = spawnSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (outcome.status !== 0) throw new Error(`${command} ${args.join(' ')} failed in ${cwd}:\n${outcome.stderr}`);
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function healthy(url: string): Promise<boolean> {
  try {
    return (await fetch(url)).status === 200;
  } catch {
    return false;
  }
}

/**
 * `detached` made npm a session leader, and turbo starts its tasks in process groups of their own: every process of
 * the session is stopped, so that a start stopped while turbo builds leaves nothing running.
 */
function stopSession(leader: number): void {
  const listed = spawnSync('ps', ['-o', 'pid=', '-s', String(leader)], { encoding: 'utf8' }).stdout;
  for (const pid of listed.split(/\s+/).filter(Boolean).map(Number)) {
    try {
      process.kill(pid, 'SIGTERM');
    } catch {
      // Gone already.
    }
  }
}

/** A new user's shell sets none of Plenary's settings: the start is timed on the defaults `npm start` documents. */
function asNewUsersShell(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(
    Object.entries(env).filter(
      ([name]) => !name.startsWith('PLENARY_') && name !== 'DATABASE_URL' && name !== 'NODE_ENV',
    ),
  );
}

/** Seconds from `npm start` to the first 200 from /health; the server (every process of its session) is stopped after. */
async function timeStart(clone: string): Promise<number> {
  const port = await freePort();
  const started = performance.now();
  const child = spawn('npm', ['start'], {
    cwd: clone,
    detached: true,
    stdio: 'ignore',
    env: { ...asNewUsersShell(process.env), PORT: String(port), HOST: '127.0.0.1' },
  });
  const exited = new Promise<never>((_, reject) =>
    child.once('exit', (code) => reject(new Error(`npm start exited with ${code} before /health answered`))),
  );
  exited.catch(() => {});
  try {
    while (performance.now() - started < START_TIMEOUT_MS) {
      if (await Promise.race([healthy(`http://127.0.0.1:${port}/health`), exited]))
        return (performance.now() - started) / 1000;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`npm start did not answer /health within ${START_TIMEOUT_MS / 1000} s`);
  } finally {
    const stopped =
      child.exitCode === null && child.signalCode === null
        ? new Promise((resolve) => child.once('exit', resolve))
        : null;
    stopSession(child.pid as number);
    await stopped;
  }
}

export async function measureStartTimes(): Promise<StartTimes> {
  const folder = await mkdtemp(path.join(tmpdir(), 'plenary-start-'));
  const clone = path.join(folder, 'plenary');
  try {
    run('git', ['clone', '--quiet', '--no-hardlinks', REPOSITORY_ROOT, clone], folder);
    const commit = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: clone, encoding: 'utf8' }).stdout.trim();
    const installStarted = performance.now();
    run('npm', ['ci', '--no-audit', '--no-fund', '--prefer-offline'], clone);
    const installSeconds = (performance.now() - installStarted) / 1000;
    const coldStartSeconds = await timeStart(clone);
    const warmStartSeconds = await timeStart(clone);
    return { commit, installSeconds, coldStartSeconds, warmStartSeconds };
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
