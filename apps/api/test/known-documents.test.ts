import { createHash } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { seedDatabase } from '@plenary/db';
import { createTestDatabase, type TestDatabase } from '@plenary/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../src/logger.ts';
import { CLIENT_HEADER, loadKnownDocuments } from '../src/security/known-documents.ts';
import { createServer, type PlenaryServer } from '../src/server.ts';

// The manifest lists a document's fields sorted; the SDK's copy lists them in source order. The hash names the
// manifest's text, which is the one that runs.
const KNOWN = 'query MeetingByCode($code: String!) { meetingByCode(code: $code) { code title } }';
const KNOWN_HASH = createHash('sha256').update(KNOWN).digest('hex');
const KNOWN_IN_SOURCE_ORDER = 'query MeetingByCode($code: String!) { meetingByCode(code: $code) { title code } }';
const ELEVENTH = { meetingByCode: { code: '11MSP', title: 'Eleventh Meeting of States Parties' } };

describe('a client held to the SDK’s known documents', () => {
  let database: TestDatabase;
  let server: PlenaryServer;
  let url: string;
  let folder: string;

  beforeAll(async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'plenary-manifest-'));
    const manifestPath = path.join(folder, 'persisted-documents.json');
    await writeFile(manifestPath, JSON.stringify({ [`sha256:${KNOWN_HASH}`]: KNOWN }));
    database = await createTestDatabase({ backend: 'pglite' });
    await seedDatabase(database.prisma, { today: '2026-11-28' });
    server = await createServer({
      prisma: database.prisma,
      logger: createLogger('silent'),
      production: false,
      introspection: true,
      bodyLimitBytes: 100_000,
      knownDocuments: { documents: await loadKnownDocuments(manifestPath), clients: ['admin'] },
    });
    url = `${await server.listen({ port: 0, host: '127.0.0.1' })}/graphql`;
  });
  afterAll(async () => {
    await server.close();
    await database.close();
    await rm(folder, { recursive: true, force: true });
  });

  async function post(body: { query?: string; hash?: string }, client?: string) {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(client && { [CLIENT_HEADER]: client }) },
      body: JSON.stringify({
        ...(body.query && { query: body.query }),
        variables: { code: '11MSP' },
        ...(body.hash && { extensions: { persistedQuery: { version: 1, sha256Hash: body.hash } } }),
      }),
    });
    return {
      status: response.status,
      body: (await response.json()) as { data?: unknown; errors?: { extensions?: { code?: string } }[] },
    };
  }

  it('runs the manifest’s document for its hash, as the SDK sends it', async () => {
    const { status, body } = await post({ hash: KNOWN_HASH }, 'admin');
    expect(status).toBe(200);
    expect(body).toEqual({ data: ELEVENTH, extensions: { cost: expect.any(Object) } });
  });

  it('runs the manifest’s text when the client’s copy lists the fields in another order', async () => {
    const { body } = await post({ query: KNOWN_IN_SOURCE_ORDER, hash: KNOWN_HASH }, 'admin');
    expect(body).toEqual({ data: ELEVENTH, extensions: { cost: expect.any(Object) } });
  });

  it('refuses a document sent as text alone from that client, even one the manifest holds', async () => {
    for (const query of [KNOWN, '{ states { totalCount } }']) {
      const { status, body } = await post({ query }, 'admin');
      expect(status, query).toBe(400);
      expect(body.errors?.[0]?.extensions?.code, query).toBe('UNKNOWN_DOCUMENT');
    }
  });

  it('refuses a hash the manifest does not hold from that client', async () => {
    const query = '{ states { totalCount } }';
    const { status, body } = await post({ query, hash: createHash('sha256').update(query).digest('hex') }, 'admin');
    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions?.code).toBe('UNKNOWN_DOCUMENT');
  });

  it('lets other clients send a known hash or any document of their own', async () => {
    expect((await post({ hash: KNOWN_HASH })).body).toEqual({
      data: ELEVENTH,
      extensions: { cost: expect.any(Object) },
    });
    expect((await post({ query: '{ states { totalCount } }' })).body).toEqual({
      data: { states: { totalCount: 197 } },
      extensions: { cost: expect.any(Object) },
    });
  });
});
