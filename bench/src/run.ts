// `npm run bench`: seeds a large data set per backend, starts the API (with its response cache, and on Postgres also
// without), the baseline and (on Postgres) PostGraphile in child processes and drives them over loopback with autocannon; prints requests/s, p50/p99 latency, CPU per request,
// RSS after load, SQL statements per request and the ratios to the baseline and to PostGraphile, and writes
// bench/results.json. Any failed response, or contenders answering differently, fails the run.
import { isDeepStrictEqual } from 'node:util';
import { fork, type ChildProcess } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { readFileSync } from 'node:fs';
import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import autocannon, { type Request } from 'autocannon';
import { createLogger, createServer } from '@plenary/api';
import {
  BENCH_DIR,
  DEFAULT_SERVER_URL,
  openSource,
  postgresReachable,
  prepareDatabase,
  type Backend,
  type DatabaseSource,
  type PreparedDatabase,
} from './bench-database.ts';
import { BASELINE_PATHS, startBaseline } from './baseline-server.ts';
import {
  meetingDelegationsAsApiAnswers,
  POSTGRAPHILE_MEETING_DELEGATIONS_QUERY,
  POSTGRAPHILE_STATES_PARTIES_QUERY,
  startPostGraphile,
  statesPartiesAsApiAnswers,
} from './postgraphile-server.ts';
import './promise-with-resolvers.ts';
import pg from 'pg';
import {
  AMEND_DELEGATION_MUTATION,
  DELEGATION_VERSIONS_QUERY,
  amendedVersion,
  amendmentInput,
  CHECKS,
  COMPLIANCE_YEAR,
  globalId,
  MEETING_DELEGATIONS_QUERY,
  OPERATION_LABELS,
  PAGE_SIZE,
  READS_PER_AMENDMENT,
  REPORTING_COMPLIANCE_QUERY,
  STANDING_DATE,
  STATES_PARTIES_QUERY,
  type OperationName,
} from './operations.ts';
import type { ServerKind } from './server-process.ts';
import { measureStartTimes, type StartTimes } from './start-time.ts';

const env = process.env;
const DURATION_S = Number(env.BENCH_DURATION_S ?? 4);
const RUNS = Number(env.BENCH_RUNS ?? 3);
const WARMUP_S = Number(env.BENCH_WARMUP_S ?? 1);
const COUNT_REQUESTS = Number(env.BENCH_COUNT_REQUESTS ?? 20);
const CONNECTIONS = [1, 16];
const BACKENDS = (env.BENCH_BACKENDS ?? 'pglite,postgres').split(',') as Backend[];
const OPERATIONS = (
  env.BENCH_OPERATIONS ?? 'statesParties,meetingDelegations,reportingCompliance,amendDelegation,mixed'
).split(',') as OperationName[];
const SERVER_URL = env.BENCH_DATABASE_URL ?? DEFAULT_SERVER_URL;
/** A folder: write CPU profiles of the API processes (node --cpu-prof) there, `api/` cached and `api-uncached/` not. */
const CPU_PROFILE_DIR = env.BENCH_CPU_PROF;
/** For trying changes: keep the seeded databases (bench/tmp, plenary_bench_reuse) and use them again. */
const REUSE = env.BENCH_REUSE === '1';
/** Set to 0 to leave out the fresh clone's `npm ci` and first `npm start` (about two minutes). */
const MEASURE_START_TIME = env.BENCH_START_TIME !== '0';
// Reporting compliance is judged as of a fixed day, so every run sees the same table.
const COMPLIANCE_AS_OF = '2026-11-28';
const REQUEST_TIMEOUT_S = 30;
// Sent one by one before the timed warm-up, so that first-request costs (plans, caches) never land in a run.
const WARMUP_REQUESTS = 5;

type Target = ServerKind;

const TARGET_LABELS: Record<Target, string> = {
  api: 'Plenary cached',
  'api-uncached': 'Plenary uncached',
  baseline: 'baseline',
  postgraphile: 'PostGraphile',
};

interface Measurement {
  operation: OperationName;
  backend: Backend;
  target: Target;
  connections: number;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** CPU time of the serving process per request: unlike requests/s, hardly moved by other work on the machine. */
  cpuMsPerRequest: number;
  /** Resident memory of the serving process after the last run, in MB. */
  rssMbAfterLoad: number;
  runs: { requestsPerSecond: number; p50Ms: number; p99Ms: number; requests: number; cpuMsPerRequest: number }[];
  sqlStatementsPerRequest: number | null;
  ratioToBaseline: number | null;
  ratioToPostGraphile: number | null;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

function log(message: string): void {
  process.stdout.write(`${message}\n`);
}

// ------------------------------------------------------------------------------------------ requests per operation

/** What one request of an operation looks like, and how its answers are checked and remembered. */
interface Workload {
  request: Request;
  check(text: string): void;
  /** The answer in the API's shape, to compare whole with the API's (PostGraphile's is reshaped). */
  inApiShape(text: string): unknown;
}

/**
 * Amendments go round-robin over the delegations of convened meetings, each with the version last answered. A
 * request autocannon abandons when a run ends may still be in the server and be applied later, so its delegation
 * rests for the whole next run, and only then is its version read again.
 */
class AmendmentCursor {
  private next = 0;
  private round = 0;
  /** Sent in this run and not answered yet. */
  private pending = new Set<string>();
  /** Unanswered when the last run ended: left out of this run. */
  private resting = new Set<string>();
  constructor(private readonly versions: Map<string, number>) {}
  private unavailable(id: string): boolean {
    return this.pending.has(id) || this.resting.has(id);
  }
  body(): string {
    const ids = [...this.versions.keys()];
    let id = ids[this.next % ids.length] as string;
    for (let tries = 0; this.unavailable(id) && tries < ids.length; tries += 1) {
      this.advance(ids.length);
      id = ids[this.next % ids.length] as string;
    }
    this.advance(ids.length);
    this.pending.add(id);
    return JSON.stringify({
      query: AMEND_DELEGATION_MUTATION,
      variables: { delegationId: id, version: this.versions.get(id), input: amendmentInput(this.round) },
    });
  }
  private advance(count: number): void {
    this.next += 1;
    if (this.next % count === 0) this.round += 1;
  }
  answered(text: string): void {
    const result = (JSON.parse(text) as { data?: { amendDelegation?: { delegation?: { id: string } } } }).data
      ?.amendDelegation?.delegation;
    if (!result) return;
    this.versions.set(result.id, amendedVersion(text));
    this.pending.delete(result.id);
  }
  /**
   * Before a run: the delegations that rested through the last run get their versions read again, as a client
   * reloads before editing (whatever was in flight for them has landed by now); those unanswered in it rest now.
   */
  async refresh(url: string, headers: Record<string, string>): Promise<void> {
    const ids = [...this.resting];
    this.resting = this.pending;
    this.pending = new Set();
    for (let start = 0; start < ids.length; start += PAGE_SIZE) {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({
          query: DELEGATION_VERSIONS_QUERY,
          variables: { ids: ids.slice(start, start + PAGE_SIZE) },
        }),
      });
      const body = (await response.json()) as {
        data?: { nodes: ({ id: string; version: number } | null)[] };
        errors?: unknown;
      };
      if (!body.data) throw new Error(`could not read delegation versions: ${JSON.stringify(body.errors)}`);
      for (const node of body.data.nodes) {
        if (node) this.versions.set(node.id, node.version);
      }
    }
  }
}

function graphqlRequest(headers: Record<string, string>, body: string | (() => string)): Request {
  const base = { method: 'POST', path: '/graphql', headers: { 'content-type': 'application/json', ...headers } };
  return typeof body === 'string'
    ? { ...base, body }
    : { ...base, setupRequest: (request) => ({ ...request, body: body() }) };
}

function workloadFor(operation: OperationName, target: Target, context: BackendContext): Workload {
  const check = CHECKS[operation];
  const { secretariatHeaders, seed } = context.prepared;
  if (target === 'postgraphile') {
    const body =
      operation === 'statesParties'
        ? {
            query: POSTGRAPHILE_STATES_PARTIES_QUERY,
            variables: { on: STANDING_DATE, first: PAGE_SIZE, conventionId: context.conventionId },
          }
        : { query: POSTGRAPHILE_MEETING_DELEGATIONS_QUERY, variables: { id: seed.benchMeetingId, first: PAGE_SIZE } };
    const inApiShape = operation === 'statesParties' ? statesPartiesAsApiAnswers : meetingDelegationsAsApiAnswers;
    return {
      request: graphqlRequest({}, JSON.stringify(body)),
      check: (text) => check(JSON.stringify(inApiShape(text))),
      inApiShape,
    };
  }
  if (target === 'baseline') {
    const path =
      operation === 'statesParties'
        ? `${BASELINE_PATHS.statesParties}?on=${STANDING_DATE}`
        : `${BASELINE_PATHS.meetingDelegations}?id=${seed.benchMeetingId}`;
    return {
      request: { method: 'POST', path, headers: { 'content-type': 'application/json' }, body: '{}' },
      check,
      inApiShape: (text) => JSON.parse(text) as unknown,
    };
  }
  // Every answer of the API carries its cost (extensions.cost), which the others have no notion of.
  const asIs = { check, inApiShape: (text: string) => ({ data: (JSON.parse(text) as { data: unknown }).data }) };
  const meetingDelegations = JSON.stringify({
    query: MEETING_DELEGATIONS_QUERY,
    variables: { id: globalId('Meeting', seed.benchMeetingId), first: PAGE_SIZE },
  });
  switch (operation) {
    case 'statesParties':
      return {
        request: graphqlRequest(
          {},
          JSON.stringify({ query: STATES_PARTIES_QUERY, variables: { on: STANDING_DATE, first: PAGE_SIZE } }),
        ),
        ...asIs,
      };
    case 'meetingDelegations':
      return { request: graphqlRequest(secretariatHeaders, meetingDelegations), ...asIs };
    case 'reportingCompliance':
      return {
        request: graphqlRequest(
          secretariatHeaders,
          JSON.stringify({
            query: REPORTING_COMPLIANCE_QUERY,
            variables: { year: COMPLIANCE_YEAR, asOf: COMPLIANCE_AS_OF },
          }),
        ),
        ...asIs,
      };
    case 'amendDelegation': {
      const cursor = context.amendments;
      return {
        request: graphqlRequest(secretariatHeaders, () => cursor.body()),
        ...asIs,
        check: (text) => {
          check(text);
          cursor.answered(text);
        },
      };
    }
    case 'mixed': {
      // Every write empties what the cache holds for the reads after it: this row measures what that costs.
      const cursor = context.amendments;
      let sent = 0;
      const body = () =>
        sent++ % (READS_PER_AMENDMENT + 1) === READS_PER_AMENDMENT ? cursor.body() : meetingDelegations;
      return {
        request: graphqlRequest(secretariatHeaders, body),
        ...asIs,
        check: (text) => {
          check(text);
          cursor.answered(text);
        },
      };
    }
  }
}

// ------------------------------------------------------------------------------------------ load

interface LoadResult {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
}

async function load(
  url: string,
  connections: number,
  durationS: number,
  workload: Workload,
  { warmUp = false } = {},
): Promise<LoadResult> {
  const failures: string[] = [];
  const request: Request = {
    ...workload.request,
    onResponse: (status, body) => {
      try {
        if (status !== 200) throw new Error(`HTTP ${status}: ${body.slice(0, 300)}`);
        workload.check(body);
      } catch (error) {
        failures.push(error instanceof Error ? error.message : String(error));
      }
    },
  };
  const result = await autocannon({
    url,
    connections,
    duration: durationS,
    timeout: REQUEST_TIMEOUT_S,
    requests: [request],
  });
  if (
    failures.length ||
    result.errors ||
    result.timeouts ||
    result.non2xx ||
    (!warmUp && result.requests.total === 0)
  ) {
    throw new Error(
      `${failures.length} bad responses, ${result.errors} errors, ${result.timeouts} timeouts, ${result.non2xx} non-2xx; first: ${failures[0] ?? 'none'}`,
    );
  }
  return {
    requestsPerSecond: result.requests.total / result.duration,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    requests: result.requests.total,
  };
}

// ------------------------------------------------------------------------------------------ servers

interface ChildServer {
  url: string;
  /** CPU time (user + system) the process has used so far, and its resident memory in bytes. */
  usage(): Promise<{ cpuMicroseconds: number; rssBytes: number }>;
  stop(): Promise<void>;
}

async function startChild(kind: ServerKind, source: DatabaseSource): Promise<ChildServer> {
  const profiled = (kind === 'api' || kind === 'api-uncached') && CPU_PROFILE_DIR;
  const profile = profiled ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(CPU_PROFILE_DIR, kind)}`] : [];
  const child: ChildProcess = fork(path.join(import.meta.dirname, 'server-process.ts'), [kind], {
    execArgv: ['--import', 'tsx', ...profile],
    // As deployed (config.ts reads NODE_ENV): graphql-js, for one, skips its development-only checks in production.
    env: { ...env, NODE_ENV: 'production', BENCH_SOURCE: JSON.stringify(source) },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    child.once('message', (message) => resolve((message as { url: string }).url));
    child.once('exit', (code) => reject(new Error(`the ${kind} process exited with ${code} before it listened`)));
  });
  return {
    url,
    usage: () =>
      new Promise((resolve) => {
        const answer = (message: unknown) => {
          const usage = message as { cpuMicroseconds?: number; rssBytes?: number };
          if (usage.cpuMicroseconds === undefined || usage.rssBytes === undefined) return;
          child.off('message', answer);
          resolve({ cpuMicroseconds: usage.cpuMicroseconds, rssBytes: usage.rssBytes });
        };
        child.on('message', answer);
        child.send('usage');
      }),
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.send('stop');
      }),
  };
}

// ------------------------------------------------------------------------------------------ SQL statements per request

function statementCounter() {
  let counting = false;
  let statements = 0;
  return {
    onQuery: (event: { query: string }) => {
      if (counting && !/^(BEGIN|COMMIT|ROLLBACK|DEALLOCATE)/i.test(event.query.trim())) statements += 1;
    },
    async perRequest(requests: number, send: () => Promise<void>): Promise<number> {
      statements = 0;
      counting = true;
      try {
        for (let index = 0; index < requests; index += 1) await send();
      } finally {
        counting = false;
      }
      return statements / requests;
    },
  };
}

/** One request of a workload outside autocannon: the text of its answer, which must be a 200. */
async function answerOf(url: string, workload: Workload): Promise<string> {
  const body = workload.request.setupRequest
    ? workload.request.setupRequest(workload.request, {}).body
    : workload.request.body;
  const response = await fetch(`${url}${workload.request.path}`, {
    method: 'POST',
    headers: workload.request.headers ?? {},
    body: body ?? null,
  });
  const text = await response.text();
  if (response.status !== 200) throw new Error(`HTTP ${response.status}: ${text.slice(0, 300)}`);
  return text;
}

async function send(url: string, workload: Workload): Promise<void> {
  workload.check(await answerOf(url, workload));
}

/** A separate pass, not timed: the contenders in this process on their own handles, counting statements. */
async function countStatements(context: BackendContext): Promise<Map<string, number>> {
  const counter = statementCounter();
  const database = await openSource(context.prepared.source, counter.onQuery);
  const options = {
    prisma: database.prisma,
    logger: createLogger('silent'),
    production: true,
    introspection: false,
    bodyLimitBytes: 1_000_000,
  };
  // The same request repeated: from the cache after the first, and computed each time by a server without one.
  const server = await createServer(options);
  const uncachedServer = await createServer({ ...options, responseCacheBytes: 0 });
  const apiUrl = await server.listen({ port: 0, host: '127.0.0.1' });
  const uncachedUrl = await uncachedServer.listen({ port: 0, host: '127.0.0.1' });
  const baseline = await startBaseline(context.prepared.source);
  const { source } = context.prepared;
  const postgraphile = source.backend === 'postgres' ? await startPostGraphile(source.url) : null;
  const counts = new Map<string, number>();
  try {
    // The copy this pass reads may be behind the timed runs' amendments (PGlite) or ahead of nothing (Postgres): read first.
    const stored = await database.prisma.delegation.findMany({
      where: { id: { in: context.prepared.seed.amendableDelegations.map((d) => d.id) } },
      select: { id: true, version: true },
    });
    const countingContext: BackendContext = {
      ...context,
      amendments: new AmendmentCursor(new Map(stored.map((d) => [globalId('Delegation', d.id), d.version]))),
    };
    for (const operation of OPERATIONS) {
      for (const [target, url] of [
        ['api', apiUrl],
        ['api-uncached', uncachedUrl],
      ] as const) {
        const workload = workloadFor(operation, target, countingContext);
        await send(url, workload);
        counts.set(`${operation}/${target}`, await counter.perRequest(COUNT_REQUESTS, () => send(url, workload)));
      }
      for (const [target, contender] of [
        ['baseline', baseline],
        ['postgraphile', postgraphile],
      ] as const) {
        if (!contender || !hasBaseline(operation)) continue;
        const contenderWorkload = workloadFor(operation, target, countingContext);
        await send(contender.url, contenderWorkload);
        const before = contender.statements();
        for (let index = 0; index < COUNT_REQUESTS; index += 1) await send(contender.url, contenderWorkload);
        counts.set(`${operation}/${target}`, (contender.statements() - before) / COUNT_REQUESTS);
      }
    }
  } finally {
    await baseline.close();
    await postgraphile?.close();
    await server.close();
    await uncachedServer.close();
    await database.close();
  }
  return counts;
}

// ------------------------------------------------------------------------------------------ the run

interface BackendContext {
  backend: Backend;
  prepared: PreparedDatabase;
  amendments: AmendmentCursor;
  /** The CCM's ID, which PostGraphile's query names (Postgres only). */
  conventionId: string | null;
}

function hasBaseline(operation: OperationName): boolean {
  return operation === 'statesParties' || operation === 'meetingDelegations';
}

function hasPostGraphile(operation: OperationName, backend: Backend): boolean {
  return backend === 'postgres' && hasBaseline(operation);
}

/**
 * The API without its cache beside the API with it: for (1), (2) and the mixed row, on Postgres, where several API
 * processes share one database as deployed (and, with PostGraphile beside them, to keep the run under ten minutes).
 */
function hasUncached(operation: OperationName, backend: Backend): boolean {
  return backend === 'postgres' && (hasBaseline(operation) || operation === 'mixed');
}

/** The contenders must answer (1) and (2) with the same rows and fields: compared whole, after PostGraphile's are reshaped. */
async function assertSameAnswers(
  context: BackendContext,
  operation: OperationName,
  servers: Partial<Record<Target, ChildServer>>,
): Promise<void> {
  const api = servers.api as ChildServer;
  const apiWorkload = workloadFor(operation, 'api', context);
  const expected = apiWorkload.inApiShape(await answerOf(api.url, apiWorkload));
  for (const target of ['baseline', 'postgraphile'] as const) {
    const server = servers[target];
    if (!server) continue;
    const workload = workloadFor(operation, target, context);
    const answer = workload.inApiShape(await answerOf(server.url, workload));
    if (!isDeepStrictEqual(answer, expected)) {
      throw new Error(
        `${target} answers ${OPERATION_LABELS[operation]} differently from the API: ${JSON.stringify(answer).slice(0, 400)} against ${JSON.stringify(expected).slice(0, 400)}`,
      );
    }
  }
}

async function ccmConventionId(source: DatabaseSource): Promise<string | null> {
  if (source.backend !== 'postgres') return null;
  const client = new pg.Client({ connectionString: source.url });
  await client.connect();
  try {
    return (await client.query<{ id: string }>(`SELECT id FROM "Convention" WHERE code = 'CCM'`)).rows[0]?.id ?? null;
  } finally {
    await client.end();
  }
}

async function measure(
  context: BackendContext,
  operation: OperationName,
  target: Target,
  server: ChildServer,
  connections: number,
): Promise<Measurement> {
  const { url } = server;
  const workload = workloadFor(operation, target, context);
  const writes = operation === 'amendDelegation' || operation === 'mixed';
  const refresh = () =>
    writes ? context.amendments.refresh(url, context.prepared.secretariatHeaders) : Promise.resolve();
  await refresh();
  for (let index = 0; index < WARMUP_REQUESTS; index += 1) await send(url, workload);
  await load(url, connections, WARMUP_S, workload, { warmUp: true });
  const runs: Measurement['runs'] = [];
  for (let run = 0; run < RUNS; run += 1) {
    await refresh();
    const before = await server.usage();
    const result = await load(url, connections, DURATION_S, workload);
    const cpuMsPerRequest = ((await server.usage()).cpuMicroseconds - before.cpuMicroseconds) / 1000 / result.requests;
    runs.push({ ...result, cpuMsPerRequest });
  }
  const rssMbAfterLoad = (await server.usage()).rssBytes / 1_048_576;
  const measurement: Measurement = {
    operation,
    backend: context.backend,
    target,
    connections,
    requestsPerSecond: median(runs.map((run) => run.requestsPerSecond)),
    p50Ms: median(runs.map((run) => run.p50Ms)),
    p99Ms: median(runs.map((run) => run.p99Ms)),
    cpuMsPerRequest: median(runs.map((run) => run.cpuMsPerRequest)),
    rssMbAfterLoad,
    runs,
    sqlStatementsPerRequest: null,
    ratioToBaseline: null,
    ratioToPostGraphile: null,
  };
  log(
    `  ${OPERATION_LABELS[operation]} ${TARGET_LABELS[target]} c=${connections}: ${measurement.requestsPerSecond.toFixed(1)} req/s, p50 ${measurement.p50Ms} ms, p99 ${measurement.p99Ms} ms, ${measurement.cpuMsPerRequest.toFixed(1)} ms CPU`,
  );
  return measurement;
}

async function benchBackend(
  backend: Backend,
): Promise<{ measurements: Measurement[]; seed: Record<string, number> } | { skipped: string }> {
  if (backend === 'postgres' && !(await postgresReachable(SERVER_URL))) {
    const reason = `Postgres at ${SERVER_URL.replace(/\/\/[^@]*@/, '//')} is not reachable`;
    log(`${backend}: skipped (${reason})`);
    return { skipped: reason };
  }
  log(`${backend}: seeding a fresh database...`);
  const prepared = await prepareDatabase(backend, SERVER_URL, { reuse: REUSE });
  const { amendableDelegations, benchMeetingId: _meeting, ...counts } = prepared.seed;
  log(`${backend}: seeded in ${prepared.seedSeconds.toFixed(0)} s: ${JSON.stringify(counts)}`);
  const context: BackendContext = {
    backend,
    prepared,
    amendments: new AmendmentCursor(
      new Map(amendableDelegations.map((d) => [globalId('Delegation', d.id), d.version])),
    ),
    conventionId: await ccmConventionId(prepared.source),
  };
  const measurements: Measurement[] = [];
  try {
    const servers: Partial<Record<Target, ChildServer>> = {
      api: await startChild('api', prepared.source),
      baseline: await startChild('baseline', prepared.source),
      ...(backend === 'postgres' && {
        'api-uncached': await startChild('api-uncached', prepared.source),
        postgraphile: await startChild('postgraphile', prepared.source),
      }),
    };
    try {
      for (const operation of OPERATIONS) {
        if (hasBaseline(operation)) await assertSameAnswers(context, operation, servers);
        for (const connections of CONNECTIONS) {
          const apis = [await measure(context, operation, 'api', servers.api as ChildServer, connections)];
          if (hasUncached(operation, backend) && servers['api-uncached'])
            apis.push(await measure(context, operation, 'api-uncached', servers['api-uncached'], connections));
          measurements.push(...apis);
          if (hasBaseline(operation)) {
            const base = await measure(context, operation, 'baseline', servers.baseline as ChildServer, connections);
            for (const measured of apis) measured.ratioToBaseline = measured.requestsPerSecond / base.requestsPerSecond;
            measurements.push(base);
          }
          if (hasPostGraphile(operation, backend) && servers.postgraphile) {
            const peer = await measure(context, operation, 'postgraphile', servers.postgraphile, connections);
            for (const measured of apis)
              measured.ratioToPostGraphile = measured.requestsPerSecond / peer.requestsPerSecond;
            measurements.push(peer);
          }
        }
      }
    } finally {
      for (const server of Object.values(servers)) await server.stop();
    }
    log(`${backend}: counting SQL statements over ${COUNT_REQUESTS} requests per operation...`);
    const counts = await countStatements(context);
    for (const measurement of measurements)
      measurement.sqlStatementsPerRequest = counts.get(`${measurement.operation}/${measurement.target}`) ?? null;
  } finally {
    await prepared.drop();
    if (prepared.source.backend === 'pglite' && !REUSE) await rm(prepared.source.dumpFile, { force: true });
  }
  return { measurements, seed: counts };
}

function table(measurements: Measurement[]): string {
  const header = [
    'operation',
    'backend',
    'server',
    'conn',
    'req/s',
    'p50 ms',
    'p99 ms',
    'CPU ms/req',
    'RSS MB',
    'SQL/req',
    'x baseline',
    'x PostGraphile',
  ];
  const rows = measurements.map((m) => [
    OPERATION_LABELS[m.operation],
    m.backend,
    TARGET_LABELS[m.target],
    String(m.connections),
    m.requestsPerSecond.toFixed(1),
    m.p50Ms.toFixed(1),
    m.p99Ms.toFixed(1),
    m.cpuMsPerRequest.toFixed(1),
    m.rssMbAfterLoad.toFixed(0),
    m.sqlStatementsPerRequest === null ? '-' : m.sqlStatementsPerRequest.toFixed(1),
    m.ratioToBaseline === null ? '' : m.ratioToBaseline.toFixed(2),
    m.ratioToPostGraphile === null ? '' : m.ratioToPostGraphile.toFixed(2),
  ]);
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => (row[column] as string).length)),
  );
  const line = (cells: string[]) =>
    `| ${cells.map((cell, column) => (column >= 3 ? cell.padStart(widths[column] as number) : cell.padEnd(widths[column] as number))).join(' | ')} |`;
  return [
    line(header),
    `|${widths.map((width, column) => (column >= 3 ? `${'-'.repeat(width + 1)}:` : `${'-'.repeat(width + 2)}`)).join('|')}|`,
    ...rows.map(line),
  ].join('\n');
}

function cpuModel(): string {
  const line = readFileSync('/proc/cpuinfo', 'utf8')
    .split('\n')
    .find((entry) => entry.startsWith('model name'));
  return line?.split(':')[1]?.trim() ?? cpus()[0]?.model ?? 'unknown';
}

const started = Date.now();
const machine = {
  nproc: cpus().length,
  cpu: cpuModel(),
  node: process.version,
  loadAverageAtStart: loadavg().map((value) => Number(value.toFixed(2))),
};
log(
  `Plenary benchmark: ${machine.nproc} CPUs (${machine.cpu}), Node ${machine.node}, load ${machine.loadAverageAtStart.join(' ')}`,
);
log(
  `${RUNS} runs of ${DURATION_S} s after a ${WARMUP_S} s warm-up, connections ${CONNECTIONS.join(' and ')}; backends ${BACKENDS.join(', ')}`,
);

const measurements: Measurement[] = [];
const backends: Record<string, unknown> = {};
let failed = false;
for (const backend of BACKENDS) {
  try {
    const outcome = await benchBackend(backend);
    backends[backend] = outcome;
    if ('measurements' in outcome) measurements.push(...outcome.measurements);
  } catch (error) {
    failed = true;
    backends[backend] = { failed: error instanceof Error ? error.message : String(error) };
    log(`${backend}: FAILED: ${error instanceof Error ? error.stack : String(error)}`);
  }
}
let startTimes: StartTimes | null = null;
if (MEASURE_START_TIME) {
  log('Timing npm start in a fresh clone of the committed tree (npm ci first, then a cold and a warm start)...');
  try {
    startTimes = await measureStartTimes();
  } catch (error) {
    failed = true;
    log(`start time: FAILED: ${error instanceof Error ? error.message : String(error)}`);
  }
}
const totalSeconds = (Date.now() - started) / 1000;
log('');
log(table(measurements));
if (startTimes) {
  log(
    `\nnpm start in a fresh clone of ${startTimes.commit}: first start ${startTimes.coldStartSeconds.toFixed(1)} s, then ${startTimes.warmStartSeconds.toFixed(1)} s (npm ci before it: ${startTimes.installSeconds.toFixed(1)} s).`,
  );
}
log(`\nTotal ${(totalSeconds / 60).toFixed(1)} min.`);
if (!failed) {
  await writeFile(
    path.join(BENCH_DIR, 'results.json'),
    `${JSON.stringify({ date: new Date().toISOString(), machine, settings: { durationS: DURATION_S, runs: RUNS, warmupS: WARMUP_S, connections: CONNECTIONS, countRequests: COUNT_REQUESTS }, totalSeconds, startTimes, backends: Object.fromEntries(Object.entries(backends).map(([name, value]) => [name, 'skipped' in (value as object) ? value : { seed: (value as { seed: unknown }).seed }])), measurements }, null, 2)}\n`,
  );
  log(`Wrote ${path.relative(process.cwd(), path.join(BENCH_DIR, 'results.json'))}`);
}
process.exit(failed ? 1 : 0);
