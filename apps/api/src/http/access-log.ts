import { AsyncResource } from 'node:async_hooks';
import type { RequestHandler } from 'express';
import type { Logger } from 'pino';

/**
 * One line per answered request: method, path (never the query string, which can carry a GET query's variables),
 * status and duration. Mount after the request ID middleware: the line carries the request's ID like every other.
 */
export function accessLog(logger: Logger): RequestHandler {
  return (request, response, next) => {
    const started = process.hrtime.bigint();
    // Bound to this request's async context, so that the logger still knows the request's ID when the answer ends.
    response.once(
      'finish',
      AsyncResource.bind(() => {
        const durationMs = Number(process.hrtime.bigint() - started) / 1e6;
        logger.info(
          {
            method: request.method,
            path: request.originalUrl.split('?')[0],
            status: response.statusCode,
            durationMs: Math.round(durationMs),
          },
          'request answered',
        );
      }),
    );
    next();
  };
}
