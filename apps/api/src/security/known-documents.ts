import { readFile } from 'node:fs/promises';
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, parse, print } from 'graphql';

/** Clients identify themselves with this header; those listed must send only documents the SDK knows. */
export const CLIENT_HEADER = 'x-plenary-client';

export interface KnownDocumentsSettings {
  /** The SDK's persisted-documents manifest: `{ "sha256:<hash>": "<document>" }`. */
  manifestPath: string;
  /** Client names (the `x-plenary-client` header) held to the manifest, e.g. `admin`. */
  clients: readonly string[];
}

// Documents are compared in graphql-js's printed form, so formatting and the manifest's minification don't matter.
function normalise(document: string): string | null {
  try {
    return print(parse(document));
  } catch {
    return null;
  }
}

export async function loadKnownDocuments(manifestPath: string): Promise<Set<string>> {
  const manifest = JSON.parse(await readFile(manifestPath, 'utf8')) as Record<string, string>;
  return new Set(Object.values(manifest).flatMap((document) => normalise(document) ?? []));
}

/** For the listed clients (the admin app's own traffic), any document not in the SDK's manifest is refused. */
export function knownDocumentsPlugin(options: { known: Set<string>; clients: readonly string[] }): ApolloServerPlugin {
  const clients = new Set(options.clients);
  return {
    async requestDidStart({ request }) {
      const client = request.http?.headers.get(CLIENT_HEADER);
      if (!client || !clients.has(client)) return;
      return {
        // Thrown here (not in didResolveSource) it is a request error that keeps its status, not a crash.
        async didResolveOperation({ source }) {
          const normalised = normalise(source);
          if (normalised === null || !options.known.has(normalised)) {
            throw new GraphQLError(`The ${client} client may send only the documents of @plenary/sdk; this one is not among them.`, {
              extensions: { code: 'UNKNOWN_DOCUMENT', http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}
