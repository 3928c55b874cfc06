// A child process serving one contender of the benchmark: the API (`api`, its response cache on as `npm start` has
// it; `api-uncached`, off), the baseline (`baseline`) or PostGraphile (`postgraphile`), so that none shares an event loop with autocannon. Started by run.ts over IPC: it answers
// `{ url }`, answers `usage` with the CPU time it has used so far and its resident memory
// (`{ cpuMicroseconds, rssBytes }`), and stops on `stop`.
import { createLogger, createServer } from '@plenary/api';
import { openSource, type DatabaseSource } from './bench-database.ts';
import { startBaseline } from './baseline-server.ts';
import './promise-with-resolvers.ts';
import { startPostGraphile } from './postgraphile-server.ts';

export type ServerKind = 'api' | 'api-uncached' | 'baseline' | 'postgraphile';

const kind = process.argv[2] as ServerKind;
const source = JSON.parse(process.env.BENCH_SOURCE ?? '{}') as DatabaseSource;

async function startApi({ cached }: { cached: boolean }): Promise<{ url: string; close(): Promise<void> }> {
  const database = await openSource(source);
  const server = await createServer({
    prisma: database.prisma,
    logger: createLogger('silent'),
    production: true,
    introspection: false,
    bodyLimitBytes: 1_000_000,
    // Left out, the cache takes its default size, as PLENARY_RESPONSE_CACHE_MB does; 0 turns it off.
    ...(!cached && { responseCacheBytes: 0 }),
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

async function startContender(): Promise<{ url: string; close(): Promise<void> }> {
  switch (kind) {
    case 'api':
      return startApi({ cached: true });
    case 'api-uncached':
      return startApi({ cached: false });
    case 'baseline':
      return startBaseline(source);
    case 'postgraphile':
      if (source.backend !== 'postgres') throw new Error('PostGraphile serves Postgres only');
      return startPostGraphile(source.url);
  }
}

const running = await startContender();
process.on('message', (message) => {
  if (message === 'usage') {
    const { user, system } = process.cpuUsage();
    process.send?.({ cpuMicroseconds: user + system, rssBytes: process.memoryUsage.rss() });
  } else if (message === 'stop') {
    void running.close().finally(() => process.exit(0));
  }
});
process.send?.({ url: running.url });
