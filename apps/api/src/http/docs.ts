import express, { type Router } from 'express';
import type { GraphQLSchema } from 'graphql';
import type { ReferenceLimits } from '../reference/conventions.ts';
import { renderReference } from '../reference/render-reference.ts';

/**
 * `/docs`: the API reference, rendered once from the schema being served and the limits in force. Served in
 * production too: it is what partners read there, where introspection (and so GraphiQL) is off.
 */
export function docsRouter(options: { schema: GraphQLSchema; limits: ReferenceLimits }): Router {
  const page = renderReference(options);
  const router = express.Router();
  router.get('/docs', (_request, response) => {
    response.type('html').setHeader('cache-control', 'public, max-age=300').send(page);
  });
  return router;
}
