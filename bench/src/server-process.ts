// A child process serving one side of the benchmark: the API (`api`) or the baseline (`baseline`), so that neither
// shares an event loop with autocannon. Started by run.ts over IPC: it answers `{ url }`, answers `cpu` with the CPU
// time it has used so far (`{ cpuMicroseconds }`), and stops on `stop`.
import { createLogger, createServer } from '@plenary/api';
import { openSource, type DatabaseSource } from './bench-database.ts';
import { startBaseline } from './baseline-server.ts';

export type ServerKind = 'api' | 'baseline';

const kind = process.argv[2] as ServerKind;
const source = JSON.parse(process.env.BENCH_SOURCE ?? '{}') as DatabaseSource;

async function startApi(): Promise<{ url: string; close(): Promise<void> }> {
  const database = await openSource(source);
  const server = await createServer({
    prisma: database.prisma,
    logger: createLogger('silent'),
    production: true,
    introspection: false,
    bodyLimitBytes: 1_000_000,
  });
  const url = await server.listen({ port: 0, host: '127.0.0.1' });
  return {
    url,
    close: async () => {
      await server.close();
      await database.close();
    },
  };
}

const running = kind === 'api' ? await startApi() : await startBaseline(source);
process.on('message', (message) => {
  if (message === 'cpu') {
    const { user, system } = process.cpuUsage();
    process.send?.({ cpuMicroseconds: user + system });
  } else if (message === 'stop') {
    void running.close().finally(() => process.exit(0));
  }
});
process.send?.({ url: running.url });
