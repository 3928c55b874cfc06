import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { createPartnerKey, startAsNpmStartDoes, type RunningPlenary } from '@plenary/api/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const SDK_DIR = path.resolve(import.meta.dirname, '../../packages/sdk');
/** Pinned like the repository's own, and already in npm's cache from `npm install`. */
const CONSUMER_DEV_DEPENDENCIES = [
  'typescript@5.9.3',
  '@types/node@20.19.43',
  '@graphql-typed-document-node/core@3.2.0',
];
/** The burst must outrun this many requests per key in the window (the default is 1,200 a minute). */
const PER_API_KEY = 40;

const STRICT = { strict: true, noUncheckedIndexedAccess: true, skipLibCheck: false, types: ['node'], outDir: 'build' };

/** An ES module partner service: the SDK's documents, one of its own (TypedDocumentNode), pages with their totals. */
const ESM_PROGRAM = `
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { parse } from 'graphql';
import { createPlenaryClient, pages, ReportingComplianceDocument, StatesPartiesOnDocument } from '@plenary/sdk';

const client = createPlenaryClient({ url: process.env['PLENARY_URL'] ?? '', apiKey: process.env['PLENARY_API_KEY'] ?? '' });

const firstFive = await client.request(StatesPartiesOnDocument, { on: '2023-09-11', first: 5 });
const codes: string[] = firstFive.states.edges.map((edge) => edge.node.iso3);
// @ts-expect-error the results are typed: iso3 is a string, not a number
const wrong: number = firstFive.states.edges[0]?.node.iso3 ?? 0;
void wrong;

const MeetingTitle: TypedDocumentNode<{ meetingByCode: { title: string; opensOn: string } | null }, { code: string }> = parse(
  'query MeetingTitle($code: String!) { meetingByCode(code: $code) { title opensOn } }',
);
const own = await client.request(MeetingTitle, { code: '11MSP' });

let totalCount: number | null = null;
let counted = 0;
for await (const page of pages(client, { document: StatesPartiesOnDocument, variables: { on: '2023-09-11' }, connection: (data) => data.states, pageSize: 40 })) {
  totalCount = page.totalCount;
  counted += page.nodes.length;
}
const compliance = await client.request(ReportingComplianceDocument, { year: 2024, first: 1 });
const overdue: number = compliance.reportingCompliance.totals.overdue;

console.log(JSON.stringify({ codes, meeting: own.meetingByCode, totalCount, counted, complianceYear: compliance.reportingCompliance.year, overdueIsNumber: typeof overdue === 'number' }));
`;

/** A CommonJS service compiled with TypeScript's defaults for CommonJS (no "exports"-aware resolution). */
const CJS_PROGRAM = `
import { createPlenaryClient, MeetingByCodeDocument } from '@plenary/sdk';

async function main(): Promise<void> {
  const client = createPlenaryClient({ url: process.env['PLENARY_URL'] ?? '', apiKey: process.env['PLENARY_API_KEY'] ?? '' });
  const { meetingByCode } = await client.request(MeetingByCodeDocument, { code: '11MSP' });
  // Never called: only checks that the variables are typed.
  const missingCode = () =>
    // @ts-expect-error code is required
    client.request(MeetingByCodeDocument, {});
  void missingCode;
  const title: string | undefined = meetingByCode?.title;
  console.log(JSON.stringify({ title, loadedAs: typeof require === 'function' ? 'commonjs' : 'esm' }));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
`;

/** Requests until the server throttles the key, and shows what the caller gets. */
const BURST_PROGRAM = `
import { createPlenaryClient, MeetingByCodeDocument, PlenaryHttpError } from '@plenary/sdk';

const client = createPlenaryClient({ url: process.env.PLENARY_URL, apiKey: process.env.PLENARY_API_KEY });
for (let request = 1; request <= ${PER_API_KEY * 3}; request += 1) {
  try {
    await client.request(MeetingByCodeDocument, { code: '11MSP' });
  } catch (error) {
    if (!(error instanceof PlenaryHttpError)) throw error;
    console.log(JSON.stringify({ name: error.name, status: error.status, retryAfterSeconds: error.retryAfterSeconds, code: error.code }));
    process.exit(0);
  }
}
console.log(JSON.stringify({ throttled: false }));
`;

describe('the packed SDK in a project outside the monorepo', () => {
  let plenary: RunningPlenary;
  let folder: string;
  let env: NodeJS.ProcessEnv;
  let files: string[];

  beforeAll(async () => {
    // A lower per-key limit than production's default, so that the burst below reaches it in a few dozen requests.
    plenary = await startAsNpmStartDoes({ env: { PLENARY_RATE_LIMIT_PER_API_KEY: String(PER_API_KEY) } });
    const admin = await plenary.database.prisma.user.findFirstOrThrow({ where: { role: 'ADMIN' } });
    const apiKey = (await createPartnerKey(plenary.database.prisma, admin.id))['x-api-key'];
    env = { ...process.env, PLENARY_URL: `${plenary.url}/graphql`, PLENARY_API_KEY: apiKey };

    folder = await mkdtemp(path.join(tmpdir(), 'plenary-sdk-consumer-'));
    const { stdout: packed } = await run('npm', ['pack', '--json', '--pack-destination', folder], { cwd: SDK_DIR });
    const [tarball] = JSON.parse(packed) as { filename: string; files: { path: string }[] }[];
    if (!tarball) throw new Error(`npm pack made nothing: ${packed}`);
    files = tarball.files.map((file) => file.path);

    await writeFile(
      path.join(folder, 'package.json'),
      JSON.stringify({ name: 'partner-service', private: true, type: 'module' }),
    );
    await run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', `./${tarball.filename}`], {
      cwd: folder,
    });
    await run(
      'npm',
      ['install', '--no-audit', '--no-fund', '--prefer-offline', '--save-dev', ...CONSUMER_DEV_DEPENDENCIES],
      { cwd: folder },
    );
  });
  afterAll(async () => {
    await plenary?.close();
    if (folder) await rm(folder, { recursive: true, force: true });
  });

  it('ships both builds, their types, the manifest, the schema and the reference, and no sources', async () => {
    expect(files).toEqual(
      expect.arrayContaining([
        'dist/index.js',
        'dist/index.d.ts',
        'dist/cjs/index.js',
        'dist/cjs/index.d.ts',
        'dist/cjs/package.json',
        'dist/persisted-documents.json',
        'dist/schema.graphql',
        'dist/reference.html',
        'README.md',
        'CHANGELOG.md',
      ]),
    );
    expect(files.some((file) => file.startsWith('src/'))).toBe(false);
    const installed = JSON.parse(await readFile(path.join(folder, 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
    };
    expect(Object.keys(installed.dependencies)).toEqual(['@plenary/sdk']);
    // The SDK's peer dependency is installed by npm beside it.
    await expect(readFile(path.join(folder, 'node_modules/graphql/package.json'), 'utf8')).resolves.toContain(
      '"name": "graphql"',
    );
  });

  it('ships the API reference a partner reads without a server, rendered from the schema it ships', async () => {
    const installed = path.join(folder, 'node_modules/@plenary/sdk');
    const reference = await readFile(path.join(installed, 'dist/reference.html'), 'utf8');
    const schema = await readFile(path.join(installed, 'dist/schema.graphql'), 'utf8');
    expect(reference).toMatch(/^<!doctype html>/);
    for (const section of ['authentication', 'rate-limits', 'errors', 'paging', 'idempotency'])
      expect(reference).toContain(`<section id="${section}">`);
    // Every type of the shipped schema has its entry.
    const typeNames = [...schema.matchAll(/^(?:type|interface|union|enum|input|scalar) (\w+)/gm)]
      .map((match) => match[1])
      .filter((name) => name !== 'Query' && name !== 'Mutation');
    expect(typeNames.length).toBeGreaterThan(100);
    expect(typeNames.filter((name) => !reference.includes(`<article id="type-${name}">`))).toEqual([]);
    expect(reference).toContain('<dt id="Query.meetingByCode">');
    expect(reference).toContain('<dt id="Mutation.recordPayment">');
  });

  it('type-checks a strict ES module program (skipLibCheck off) and runs it against the server as npm start serves it', async () => {
    const project = path.join(folder, 'esm');
    await mkdir(project);
    await writeFile(path.join(project, 'main.ts'), ESM_PROGRAM);
    await writeFile(
      path.join(project, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { ...STRICT, module: 'NodeNext', target: 'ES2022' }, files: ['main.ts'] }),
    );
    await run(process.execPath, [path.join(folder, 'node_modules/typescript/bin/tsc'), '-p', project]);

    const { stdout } = await run(process.execPath, [path.join(project, 'build/main.js')], { env });
    expect(JSON.parse(stdout)).toEqual({
      codes: ['AFG', 'ALB', 'AND', 'ATG', 'AUS'],
      meeting: { title: 'Eleventh Meeting of States Parties', opensOn: '2023-09-11' },
      totalCount: 111,
      counted: 111,
      complianceYear: 2024,
      overdueIsNumber: true,
    });
  });

  it('type-checks a CommonJS program under TypeScript’s default resolution and runs it with require', async () => {
    const project = path.join(folder, 'cjs');
    await mkdir(project);
    await writeFile(path.join(project, 'package.json'), JSON.stringify({ type: 'commonjs' }));
    await writeFile(path.join(project, 'main.ts'), CJS_PROGRAM);
    await writeFile(
      path.join(project, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: { ...STRICT, module: 'CommonJS', target: 'ES2022', esModuleInterop: true },
        files: ['main.ts'],
      }),
    );
    await run(process.execPath, [path.join(folder, 'node_modules/typescript/bin/tsc'), '-p', project]);

    const { stdout } = await run(process.execPath, [path.join(project, 'build/main.js')], { env });
    expect(JSON.parse(stdout)).toEqual({ title: 'Eleventh Meeting of States Parties', loadedAs: 'commonjs' });
  });

  it('throws PlenaryHttpError with Retry-After when the server throttles the key', async () => {
    await writeFile(path.join(folder, 'burst.mjs'), BURST_PROGRAM);
    const { stdout } = await run(process.execPath, [path.join(folder, 'burst.mjs')], { env });
    const outcome = JSON.parse(stdout) as { name: string; status: number; retryAfterSeconds: number };
    expect(outcome).toMatchObject({ name: 'PlenaryHttpError', status: 429 });
    expect(outcome.retryAfterSeconds).toBeGreaterThan(0);
  });
});
