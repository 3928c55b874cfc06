import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { chown, mkdtemp, rm } from 'node:fs/promises';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

// A Postgres server of one test's own, which it may stop and start: the machine's shared server is never stopped,
// since other tests and other people use it. Built from the server's own binaries (Debian's postgresql package).

const run = promisify(execFile);
const POSTGRES_LIB = '/usr/lib/postgresql';
const SERVER_USER = 'postgres';

/** The bin folder of the newest installed server with initdb and pg_ctl, or why there is none. */
function findBinaries(): { bin: string } | { missing: string } {
  const versions = existsSync(POSTGRES_LIB)
    ? readdirSync(POSTGRES_LIB)
        .filter((name) => /^\d+$/.test(name))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  for (const version of versions) {
    const bin = path.join(POSTGRES_LIB, version, 'bin');
    if (existsSync(path.join(bin, 'initdb')) && existsSync(path.join(bin, 'pg_ctl'))) return { bin };
  }
  return { missing: `no initdb and pg_ctl under ${POSTGRES_LIB}/*/bin (Debian package postgresql)` };
}

/** initdb refuses to run as root: as root, the server's commands run as the `postgres` OS user (null: as oneself). */
function serverUserId(): { uid: number; gid: number } | null {
  if (userInfo().uid !== 0) return null;
  const entry = readFileSync('/etc/passwd', 'utf8')
    .split('\n')
    .find((line) => line.startsWith(`${SERVER_USER}:`));
  if (!entry) return null;
  const [, , uid, gid] = entry.split(':');
  return { uid: Number(uid), gid: Number(gid) };
}

/** Why a private server cannot be started here, or null when it can. */
export function privatePostgresUnavailableReason(): string | null {
  const binaries = findBinaries();
  if ('missing' in binaries) return binaries.missing;
  if (userInfo().uid === 0 && !serverUserId())
    return `running as root and there is no "${SERVER_USER}" OS user for initdb to run as`;
  return null;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export interface PrivatePostgres {
  /** Its `postgres` database, over TCP on loopback. */
  url: string;
  /** `pg_ctl stop`: `fast` ends every session and rolls back their transactions (what systemd and Docker ask for); `immediate` is a crash. */
  stop(mode: 'fast' | 'immediate'): Promise<void>;
  /** Starts it again on the same port and data; resolves once it accepts connections. */
  start(): Promise<void>;
  /** Stops it and deletes its data. */
  destroy(): Promise<void>;
}

/** initdb in a fresh temporary folder, then a server on a free loopback port; resolves once it accepts connections. */
export async function startPrivatePostgres(): Promise<PrivatePostgres> {
  const binaries = findBinaries();
  if ('missing' in binaries) throw new Error(binaries.missing);
  const owner = serverUserId();
  const asServerUser = (command: string, args: string[]) =>
    owner
      ? run('runuser', ['-u', SERVER_USER, '--', path.join(binaries.bin, command), ...args])
      : run(path.join(binaries.bin, command), args);
  const folder = await mkdtemp(path.join(tmpdir(), 'plenary-private-postgres-'));
  if (owner) await chown(folder, owner.uid, owner.gid);
  const dataDir = path.join(folder, 'data');
  const port = await freePort();
  // --no-sync: a fresh cluster need not reach the disk before the test uses it; the server itself runs with its defaults.
  await asServerUser('initdb', [
    '--pgdata',
    dataDir,
    '--username',
    'postgres',
    '--auth',
    'trust',
    '--encoding',
    'UTF8',
    '--no-sync',
  ]);
  // Its socket goes in its own folder, not /var/run/postgresql where the shared server's is.
  const serverOptions = `-p ${port} -k ${folder} -c listen_addresses=127.0.0.1`;
  const start = async () => {
    await asServerUser('pg_ctl', [
      '--pgdata',
      dataDir,
      '--options',
      serverOptions,
      '--log',
      path.join(folder, 'server.log'),
      '--wait',
      'start',
    ]);
  };
  let running = false;
  const stop = async (mode: 'fast' | 'immediate') => {
    await asServerUser('pg_ctl', ['--pgdata', dataDir, '--mode', mode, '--wait', 'stop']);
    running = false;
  };
  await start();
  running = true;
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    stop,
    start: async () => {
      await start();
      running = true;
    },
    destroy: async () => {
      if (running) await stop('immediate');
      await rm(folder, { recursive: true, force: true });
    },
  };
}
