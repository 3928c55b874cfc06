import { readFile } from 'node:fs/promises';
import type { RequestHandler } from 'express';
import { sendGraphQLError } from '../http/graphql-error-response.ts';

/** Clients identify themselves with this header; those listed must send only documents the SDK knows. */
export const CLIENT_HEADER = 'x-plenary-client';

const MANIFEST_HASH_PREFIX = 'sha256:';

/** The manifest's documents by the hex sha256 of their text, the hash the SDK sends. */
export type KnownDocuments = ReadonlyMap<string, string>;

export async function loadKnownDocuments(manifestPath: string): Promise<KnownDocuments> {
  const manifest = JSON.parse(await readFile(manifestPath, 'utf8')) as Record<string, string>;
  return new Map(
    Object.entries(manifest).map(([key, document]) => [
      key.startsWith(MANIFEST_HASH_PREFIX) ? key.slice(MANIFEST_HASH_PREFIX.length) : key,
      document,
    ]),
  );
}

function persistedQueryHash(body: unknown): string | undefined {
  const hash = (body as { extensions?: { persistedQuery?: { sha256Hash?: unknown } } } | undefined)?.extensions
    ?.persistedQuery?.sha256Hash;
  return typeof hash === 'string' ? hash : undefined;
}

/**
 * Trusted documents. The SDK names each of its documents by the manifest's hash (an automatic-persisted-query
 * extension with no text); the server runs the manifest's text for it, so the hash and the text always agree
 * whatever order the client's copy lists its fields in. Clients in `clients` (the admin app) may send nothing
 * else; any other client may send a known hash or a document of its own. Mount after `express.json()`.
 */
export function knownDocumentsMiddleware(options: {
  documents: KnownDocuments;
  clients: readonly string[];
}): RequestHandler {
  const clients = new Set(options.clients);
  return (request, response, next) => {
    const client = request.get(CLIENT_HEADER);
    const document =
      request.method === 'POST' ? options.documents.get(persistedQueryHash(request.body) ?? '') : undefined;
    if (document !== undefined) {
      (request.body as { query?: string }).query = document;
      next();
    } else if (client && clients.has(client)) {
      sendGraphQLError(response, {
        status: 400,
        message: `The ${client} client may send only the documents of @plenary/sdk, by the hash of its manifest; this request names none of them.`,
        code: 'UNKNOWN_DOCUMENT',
      });
    } else {
      next();
    }
  };
}
