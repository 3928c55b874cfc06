import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { isDatabaseUnavailable, type PrismaClient } from '@plenary/db';
import compression from 'compression';
import express, { type ErrorRequestHandler } from 'express';
import type { Logger } from 'pino';
import { MAX_PAGE_SIZE } from './builder.ts';
import type { Context } from './context.ts';
import {
  DATABASE_UNAVAILABLE_CODE,
  databaseUnavailablePlugin,
  markDatabaseUnavailable,
} from './errors/database-unavailable.ts';
import { formatError, withRequestId } from './errors/format-error.ts';
import { accessLog } from './http/access-log.ts';
import { adminAppRouter } from './http/admin-app.ts';
import { crossOriginMiddleware } from './http/cross-origin.ts';
import { docsRouter } from './http/docs.ts';
import { documentsRouter } from './http/documents.ts';
import { graphiqlRouter } from './http/graphiql.ts';
import { sendGraphQLError } from './http/graphql-error-response.ts';
import { requestIdMiddleware, requestIdOf } from './http/request-id.ts';
import { clientAddressOf, rateLimitOfRequest, requestGuard, viewerOfRequest } from './http/request-guard.ts';
import { answerFromCache, dataGenerationReadFor } from './response-cache/early-answers.ts';
import {
  BYTES_PER_MB,
  DEFAULT_RESPONSE_CACHE_MB,
  ResponseCache,
  responseCachePlugin,
  stringifyResult,
} from './response-cache/response-cache.ts';
import { schema } from './schema/index.ts';
import { pageSizePlugin } from './security/page-size.ts';
import {
  DEFAULT_QUERY_LIMITS,
  queryCostPlugin,
  queryValidationRules,
  type QueryLimits,
} from './security/query-limits.ts';
import { createRateLimits, type RateLimitSettings } from './security/rate-limit.ts';
import { knownDocumentsMiddleware, type KnownDocuments } from './security/known-documents.ts';
import { nulCharacterPlugin } from './security/nul-character.ts';
import { keepSecurityRefusals } from './security/security-errors.ts';

export interface ServerOptions {
  prisma: PrismaClient;
  logger: Logger;
  production: boolean;
  introspection: boolean;
  bodyLimitBytes: number;
  now?: () => Date;
  /** Depth, aliases, directives, tokens and cost; each left out takes its default. */
  queryLimits?: Partial<QueryLimits>;
  /** Left out: no rate limits (tests). start.ts always passes them. */
  rateLimits?: RateLimitSettings;
  /** Express's `trust proxy`: which proxies' X-Forwarded-For names the client address. */
  trustProxy?: boolean | number | string;
  /** Clients (by `x-plenary-client`) that may send only the SDK's known documents. */
  knownDocuments?: { documents: KnownDocuments; clients: readonly string[] };
  /** The built admin app, served at `/`. */
  adminAppDir?: string;
  /** Origins of browser apps on other sites that may call `/graphql` and `/documents`. */
  corsOrigins?: readonly string[];
  /** The response cache's size; 0 turns it off. Left out: DEFAULT_RESPONSE_CACHE_MB, as `npm start` has it. */
  responseCacheBytes?: number;
}

export interface PlenaryServer {
  httpServer: http.Server;
  listen(options: { port: number; host?: string }): Promise<string>;
  close(): Promise<void>;
}

/** The HTTP server: `/graphql` (Apollo), `/health`, `/graphiql`, `/docs`, `/documents`, and the admin app at `/`. */
export async function createServer(options: ServerOptions): Promise<PlenaryServer> {
  const { prisma, logger } = options;
  const now = options.now ?? (() => new Date());
  const limits: QueryLimits = { ...DEFAULT_QUERY_LIMITS, ...options.queryLimits };
  const app = express();
  app.disable('x-powered-by');
  // Express's ETag hashes every answer it sends; GraphQL answers to POSTs are never revalidated with it. The admin
  // app's files keep theirs (express.static makes its own).
  app.set('etag', false);
  app.set('trust proxy', options.trustProxy ?? false);
  app.use(requestIdMiddleware(), accessLog(logger));
  // Answers, documents, the admin app and GraphiQL's bundle go compressed to clients that accept it.
  app.use(compression());
  app.use(['/graphql', '/documents'], crossOriginMiddleware(options.corsOrigins ?? []));
  const httpServer = http.createServer(app);
  const rateLimits = options.rateLimits ? await createRateLimits(options.rateLimits, logger) : null;
  const responseCacheBytes = options.responseCacheBytes ?? DEFAULT_RESPONSE_CACHE_MB * BYTES_PER_MB;
  const responseCache = responseCacheBytes > 0 ? new ResponseCache({ maxBytes: responseCacheBytes }) : null;

  const apollo = new ApolloServer<Context>({
    schema,
    introspection: options.introspection,
    // Refuses simple requests (text/plain POSTs, GETs without a preflight header) that a browser sends cross-site.
    csrfPrevention: true,
    // Compact: Apollo indents by default, which makes a meeting's page of delegations 131 KB instead of 48 KB.
    stringifyResult,
    allowBatchedHttpRequests: false,
    parseOptions: { maxTokens: limits.maxTokens },
    validationRules: queryValidationRules(limits),
    // main.ts drains and exits on SIGTERM itself, after closing the database.
    stopOnTerminationSignals: false,
    // Also hides "Did you mean ...?" field suggestions.
    hideSchemaDetailsFromClientErrors: options.production,
    includeStacktraceInErrorResponses: false,
    formatError: withRequestId(keepSecurityRefusals(formatError(logger))),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginCacheControlDisabled(),
      // Before the cost: a page above the cap is refused for that, whatever it would cost.
      pageSizePlugin(MAX_PAGE_SIZE),
      queryCostPlugin(limits.maxCost),
      nulCharacterPlugin(),
      databaseUnavailablePlugin(),
      responseCachePlugin({ cache: responseCache, now }),
    ],
  });
  await apollo.start();

  // Says whether this process can serve requests now; it stays up while the database is away and serves again once it is back.
  app.get('/health', async (_request, response) => {
    try {
      await prisma.$queryRaw`SELECT 1`;
      response.setHeader('cache-control', 'no-store').json({ status: 'ok' });
    } catch (error) {
      const unavailable = isDatabaseUnavailable(error);
      if (unavailable) logger.warn({ err: error }, 'health check: the database is unavailable');
      else logger.error({ err: error }, 'health check failed');
      markDatabaseUnavailable(response).json({
        status: 'unavailable',
        ...(unavailable && { code: DATABASE_UNAVAILABLE_CODE }),
      });
    }
  });
  // GraphiQL needs introspection; where it is off (production, by default) the page would only advertise the endpoint.
  if (options.introspection) app.use(graphiqlRouter());
  app.use(docsRouter({ schema, limits: { queryLimits: limits, rateLimits: options.rateLimits ?? null } }));
  // Rendering a PDF costs CPU: documents pass the same guard as /graphql, and count against the same budgets.
  const guard = (answer: 'graphql' | 'text') =>
    requestGuard({ prisma, now, logger, rateLimits, maxQueryCost: limits.maxCost, answer });
  app.use('/documents', guard('text'));
  app.use(documentsRouter({ prisma, logger, now }));
  app.use(
    '/graphql',
    guard('graphql'),
    express.json({ limit: options.bodyLimitBytes }),
    ...(options.knownDocuments ? [knownDocumentsMiddleware(options.knownDocuments)] : []),
    ...(responseCache
      ? [answerFromCache({ cache: responseCache, prisma, logger, now, maxQueryCost: limits.maxCost })]
      : []),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const address = clientAddressOf(req);
        const guards = rateLimits && {
          signInGuard: rateLimits.signInGuardFor(address),
          publicApplicationGuard: rateLimits.publicApplicationGuardFor(address),
        };
        // The logger adds the request's ID to every line itself (logger.ts).
        return {
          prisma,
          viewer: viewerOfRequest(req),
          dataGeneration: dataGenerationReadFor(req),
          rateLimit: rateLimitOfRequest(req),
          requestId: requestIdOf(res),
          logger,
          now,
          ...guards,
        };
      },
    }),
  );
  app.use('/graphql', bodyErrors);
  app.use(adminAppRouter(options.adminAppDir ? { distDir: options.adminAppDir } : {}));

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
    close: async () => {
      await apollo.stop();
      await rateLimits?.close();
    },
  };
}

// Bodies that are too large or not JSON never reach Apollo; they get a GraphQL-shaped answer all the same.
const bodyErrors: ErrorRequestHandler = (error: { type?: string; limit?: number }, _request, response, next) => {
  if (error.type === 'entity.too.large') {
    sendGraphQLError(response, {
      status: 413,
      message: `The request body is larger than the limit of ${error.limit} bytes.`,
      code: 'PAYLOAD_TOO_LARGE',
    });
  } else if (error.type === 'entity.parse.failed') {
    sendGraphQLError(response, { status: 400, message: 'The request body is not valid JSON.', code: 'BAD_REQUEST' });
  } else {
    next(error);
  }
};
