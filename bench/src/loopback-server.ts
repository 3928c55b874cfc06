// How the baseline and PostGraphile serve: an HTTP server on a free loopback port, closed before what it serves from.
import type http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface LoopbackServer {
  url: string;
  /** Stops accepting requests, then releases what the server answered from (a pool, PGlite, PostGraphile). */
  close(): Promise<void>;
}

export async function listenOnLoopback(server: http.Server, release: () => Promise<void>): Promise<LoopbackServer> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: async () => {
      await new Promise((resolve) => server.close(resolve));
      await release();
    },
  };
}
