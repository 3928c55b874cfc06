import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { seedDatabase } from '@plenary/db';
import { createTestDatabase, type TestDatabase } from '@plenary/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../src/logger.ts';
import { CLIENT_HEADER, loadKnownDocuments } from '../src/security/known-documents.ts';
import { createServer, type PlenaryServer } from '../src/server.ts';

const KNOWN = 'query MeetingByCode($code: String!) { meetingByCode(code: $code) { title } }';
// The same document as the client sends it: formatted differently from the manifest's minified text.
const KNOWN_AS_SENT = `
  query MeetingByCode($code: String!) {
    meetingByCode(code: $code) {
      title
    }
  }
`;

describe('a client held to the SDK’s known documents', () => {
  let database: TestDatabase;
  let server: PlenaryServer;
  let url: string;
  let folder: string;

  beforeAll(async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'plenary-manifest-'));
    const manifestPath = path.join(folder, 'persisted-documents.json');
    await writeFile(manifestPath, JSON.stringify({ 'sha256:abc': KNOWN }));
    database = await createTestDatabase({ backend: 'pglite' });
    await seedDatabase(database.prisma, { today: '2026-11-28' });
    server = await createServer({
      prisma: database.prisma,
      logger: createLogger('silent'),
      production: false,
      introspection: true,
      bodyLimitBytes: 100_000,
      knownDocuments: { known: await loadKnownDocuments(manifestPath), clients: ['admin'] },
    });
    url = `${await server.listen({ port: 0, host: '127.0.0.1' })}/graphql`;
  });
  afterAll(async () => {
    await server.close();
    await database.close();
    await rm(folder, { recursive: true, force: true });
  });

  async function post(query: string, client?: string) {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(client && { [CLIENT_HEADER]: client }) },
      body: JSON.stringify({ query, variables: { code: '11MSP' } }),
    });
    return { status: response.status, body: (await response.json()) as { data?: unknown; errors?: { extensions?: { code?: string } }[] } };
  }

  it('runs a document of the manifest, however it is formatted', async () => {
    const { body } = await post(KNOWN_AS_SENT, 'admin');
    expect(body).toEqual({ data: { meetingByCode: { title: 'Eleventh Meeting of States Parties' } } });
  });

  it('refuses any other document from that client', async () => {
    const { status, body } = await post('{ states { totalCount } }', 'admin');
    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions?.code).toBe('UNKNOWN_DOCUMENT');
  });

  it('leaves other clients free to send any document', async () => {
    const { body } = await post('{ states { totalCount } }');
    expect(body).toEqual({ data: { states: { totalCount: 197 } } });
  });
});
