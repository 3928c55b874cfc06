import { createRequire } from 'node:module';
import path from 'node:path';
import express, { type Router } from 'express';

const require = createRequire(import.meta.url);
// The package's UMD build bundles GraphiQL and React: the page needs nothing from a CDN.
const graphiqlDist = path.dirname(require.resolve('@graphql-yoga/graphiql'));

const PAGE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Plenary GraphiQL</title>
    <link rel="icon" href="data:," />
    <link rel="stylesheet" href="/graphiql/assets/graphiql.css" />
    <style>html, body, #graphiql { height: 100%; margin: 0; }</style>
  </head>
  <body>
    <div id="graphiql"></div>
    <script>
      // The UMD build has no AMD loader, so Monaco's own way to find its workers (require.toUrl) throws "reading
      // 'toUrl'" again and again; the package ships the workers, and this names them.
      const WORKERS = { json: 'json.worker.bundle.js', graphql: 'graphql.worker..bundle.js' };
      window.MonacoEnvironment = {
        getWorker: (_moduleId, label) => new Worker('/graphiql/assets/monacoeditorwork/' + (WORKERS[label] ?? 'editor.worker.bundle.js'), { name: label }),
      };
    </script>
    <script src="/graphiql/assets/yoga-graphiql.umd.js"></script>
    <script>
      YogaGraphiQL.renderYogaGraphiQL(document.getElementById('graphiql'), {
        endpoint: '/graphql',
        title: 'Plenary',
        defaultQuery: '{ meetingByCode(code: "11MSP") { title opensOn closesOn venue city delegationDeadline conveningNote { reference date } } }',
      });
    </script>
  </body>
</html>`;

export function graphiqlRouter(): Router {
  const router = express.Router();
  router.use('/graphiql/assets', express.static(graphiqlDist, { immutable: true, maxAge: '1d' }));
  router.get('/graphiql', (_request, response) => {
    response.type('html').send(PAGE);
  });
  return router;
}
