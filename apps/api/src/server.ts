import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import type { PrismaClient } from '@plenary/db';
import express from 'express';
import { GraphQLError } from 'graphql';
import type { Logger } from 'pino';
import { credentialsFromHeaders, InvalidCredentialsError, resolveViewer } from './auth/resolve-viewer.ts';
import type { Context } from './context.ts';
import { formatError } from './errors/format-error.ts';
import { graphiqlRouter } from './http/graphiql.ts';
import { schema } from './schema/index.ts';

export interface ServerOptions {
  prisma: PrismaClient;
  logger: Logger;
  production: boolean;
  introspection: boolean;
  bodyLimitBytes: number;
  now?: () => Date;
}

export interface PlenaryServer {
  httpServer: http.Server;
  listen(options: { port: number; host?: string }): Promise<string>;
  close(): Promise<void>;
}

/** The HTTP server: `/graphql` (Apollo), `/health`, `/graphiql`. */
export async function createServer(options: ServerOptions): Promise<PlenaryServer> {
  const { prisma, logger } = options;
  const now = options.now ?? (() => new Date());
  const app = express();
  app.disable('x-powered-by');
  const httpServer = http.createServer(app);

  const apollo = new ApolloServer<Context>({
    schema,
    introspection: options.introspection,
    csrfPrevention: true,
    // main.ts drains and exits on SIGTERM itself, after closing the database.
    stopOnTerminationSignals: false,
    hideSchemaDetailsFromClientErrors: options.production,
    includeStacktraceInErrorResponses: false,
    formatError: formatError(logger),
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer }), ApolloServerPluginLandingPageDisabled()],
  });
  await apollo.start();

  app.get('/health', async (_request, response) => {
    try {
      await prisma.$queryRaw`SELECT 1`;
      response.json({ status: 'ok' });
    } catch (error) {
      logger.error({ err: error }, 'health check failed');
      response.status(503).json({ status: 'unavailable' });
    }
  });
  app.use(graphiqlRouter());
  app.use(
    '/graphql',
    express.json({ limit: options.bodyLimitBytes }),
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        const requestId = randomUUID();
        const viewer = await resolveViewer(prisma, credentialsFromHeaders(req.headers), now()).catch((error: unknown) => {
          if (error instanceof InvalidCredentialsError) throw unauthenticated(error.message);
          throw error;
        });
        return { prisma, viewer, requestId, logger: logger.child({ requestId }), now };
      },
    }),
  );

  return {
    httpServer,
    listen: ({ port, host }) =>
      new Promise((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, host, () => {
          const address = httpServer.address() as AddressInfo;
          resolve(`http://${host && host !== '0.0.0.0' ? host : 'localhost'}:${address.port}`);
        });
      }),
    close: () => apollo.stop(),
  };
}

function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
}
