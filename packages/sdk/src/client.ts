import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
import { print, type DocumentNode } from 'graphql';
import {
  PlenaryGraphQLError,
  PlenaryHttpError,
  PlenaryNetworkError,
  RETRYABLE_HTTP_STATUSES,
  type PlenaryGraphQLErrorEntry,
  type SentOperation,
} from './errors.ts';
import { sentOperation } from './sent-operation.ts';

const DEFAULT_TIMEOUT_MS = 30_000;
const GRAPHQL_RESPONSE_TYPE = 'application/graphql-response+json';
const PERSISTED_QUERY_NOT_FOUND = 'PERSISTED_QUERY_NOT_FOUND';

/** One of the SDK's generated operations: its text and its result and variable types. */
export interface PlenaryTextDocument<Result, Variables> extends DocumentTypeDecoration<Result, Variables> {
  toString(): string;
  /** Set by the SDK's generator: the document's hash in the persisted-documents manifest (`sha256:<hex>`). */
  readonly __meta__?: { readonly hash?: string } | undefined;
}

/** A parsed operation with its types, as a partner's own codegen makes it (`TypedDocumentNode`). */
export type PlenaryDocumentNode<Result, Variables> = DocumentNode & DocumentTypeDecoration<Result, Variables>;

/** Any typed operation: the SDK's own, or one from the caller's codegen (printed before it is sent). */
export type PlenaryDocument<Result, Variables> =
  PlenaryTextDocument<Result, Variables> | PlenaryDocumentNode<Result, Variables>;

function isDocumentNode(
  document: PlenaryDocument<unknown, unknown>,
): document is PlenaryDocumentNode<unknown, unknown> {
  return typeof document === 'object' && document !== null && (document as { kind?: unknown }).kind === 'Document';
}

const printed = new WeakMap<DocumentNode, string>();

/** The text sent for a document: a parsed one is printed once and remembered, so its persisted-query hash is stable. */
function textOf(document: PlenaryDocument<unknown, unknown>): string {
  if (!isDocumentNode(document)) return document.toString();
  let text = printed.get(document);
  if (text === undefined) {
    text = print(document);
    printed.set(document, text);
  }
  return text;
}

const MANIFEST_HASH_PREFIX = 'sha256:';

/** The manifest hash the SDK was built with, which a server holding the manifest resolves to the document's text. */
function manifestHash(document: PlenaryDocument<unknown, unknown>): string | null {
  const hash = isDocumentNode(document) ? undefined : document.__meta__?.hash;
  return typeof hash === 'string' && hash.startsWith(MANIFEST_HASH_PREFIX)
    ? hash.slice(MANIFEST_HASH_PREFIX.length)
    : null;
}

const hashes = new Map<string, Promise<string>>();

/** Automatic persisted queries identify a document by the sha256 of the exact text sent (Web Crypto: Node and browsers). */
function sha256Hex(text: string): Promise<string> {
  let hash = hashes.get(text);
  if (!hash) {
    hash = crypto.subtle
      .digest('SHA-256', new TextEncoder().encode(text))
      .then((digest) => Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join(''));
    hashes.set(text, hash);
  }
  return hash;
}

export interface PlenaryClientOptions {
  /** The GraphQL endpoint, e.g. `https://plenary.example.org/graphql`. */
  url: string;
  /** A partner organisation's API key (`plk_...`). */
  apiKey?: string;
  /** A signed-in user's session token (from `signIn`). */
  token?: string;
  fetch?: typeof globalThis.fetch;
  headers?: Record<string, string>;
  /** Per-request timeout; default 30 s. */
  timeoutMs?: number;
  /** Send only the document's hash first (automatic persisted queries); default true. */
  persistedQueries?: boolean;
}

export interface RequestOptions {
  signal?: AbortSignal;
  timeoutMs?: number;
  headers?: Record<string, string>;
}

type VariablesArgument<Variables> =
  Record<string, never> extends Variables
    ? [variables?: Variables, options?: RequestOptions]
    : [variables: Variables, options?: RequestOptions];

interface GraphQLResponseBody {
  data?: unknown;
  errors?: PlenaryGraphQLErrorEntry[];
}

export interface PlenaryClient {
  /** Runs one operation; resolves with its data, or throws a typed PlenaryClientError. */
  request<Result, Variables>(
    document: PlenaryDocument<Result, Variables>,
    ...args: VariablesArgument<Variables>
  ): Promise<Result>;
  /** Replaces the session token, e.g. after `signIn` or `signOut`. */
  setToken(token: string | undefined): void;
}

/** `Retry-After` in seconds: HTTP allows a number of seconds or a date. */
function retryAfter(response: Response): number | null {
  const value = response.headers.get('retry-after')?.trim();
  if (!value) return null;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds);
  const until = Date.parse(value);
  return Number.isNaN(until) ? null : Math.max(0, Math.ceil((until - Date.now()) / 1000));
}

async function readBody(response: Response): Promise<{ json: GraphQLResponseBody | null; text: string }> {
  const text = await response.text();
  try {
    const json = JSON.parse(text) as GraphQLResponseBody;
    return {
      json: typeof json === 'object' && json !== null && ('data' in json || 'errors' in json) ? json : null,
      text,
    };
  } catch {
    return { json: null, text };
  }
}

function combinedSignal(
  options: RequestOptions,
  defaultTimeoutMs: number,
): { signal: AbortSignal; timedOut: () => boolean; done: () => void } {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, options.timeoutMs ?? defaultTimeoutMs);
  const onCallerAbort = () => controller.abort();
  options.signal?.addEventListener('abort', onCallerAbort, { once: true });
  if (options.signal?.aborted) controller.abort();
  return {
    signal: controller.signal,
    timedOut: () => timedOut,
    done: () => {
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', onCallerAbort);
    },
  };
}

/** A small typed client over `fetch`; runs in Node 20 and in browsers. */
export function createPlenaryClient(options: PlenaryClientOptions): PlenaryClient {
  const fetchImplementation = options.fetch ?? globalThis.fetch.bind(globalThis);
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const usePersistedQueries = options.persistedQueries ?? true;
  let token = options.token;

  function headersFor(requestOptions: RequestOptions): Record<string, string> {
    return {
      'content-type': 'application/json',
      accept: `${GRAPHQL_RESPONSE_TYPE}, application/json;q=0.9`,
      ...(options.apiKey && { 'x-api-key': options.apiKey }),
      ...(token && { authorization: `Bearer ${token}` }),
      ...options.headers,
      ...requestOptions.headers,
    };
  }

  async function send(
    body: Record<string, unknown>,
    requestOptions: RequestOptions,
  ): Promise<{ response: Response; json: GraphQLResponseBody | null; text: string }> {
    const { signal, timedOut, done } = combinedSignal(requestOptions, timeoutMs);
    try {
      const response = await fetchImplementation(options.url, {
        method: 'POST',
        headers: headersFor(requestOptions),
        body: JSON.stringify(body),
        signal,
      });
      return { response, ...(await readBody(response)) };
    } catch (error) {
      if (timedOut())
        throw new PlenaryNetworkError(
          `No answer from ${options.url} within ${requestOptions.timeoutMs ?? timeoutMs} ms.`,
          { reason: 'timeout', cause: error },
        );
      if (requestOptions.signal?.aborted)
        throw new PlenaryNetworkError('The request was aborted.', { reason: 'aborted', cause: error });
      throw new PlenaryNetworkError(
        `Could not reach ${options.url}: ${error instanceof Error ? error.message : String(error)}`,
        { reason: 'network', cause: error },
      );
    } finally {
      done();
    }
  }

  function isPersistedQueryMiss(json: GraphQLResponseBody | null): boolean {
    return (
      json?.errors?.some(
        (error) => error.extensions?.code === PERSISTED_QUERY_NOT_FOUND || error.message === 'PersistedQueryNotFound',
      ) ?? false
    );
  }

  async function request<Result, Variables>(
    document: PlenaryDocument<Result, Variables>,
    ...args: VariablesArgument<Variables>
  ): Promise<Result> {
    const [variables, requestOptions = {}] = args;
    const anyDocument = document as PlenaryDocument<unknown, unknown>;
    const query = textOf(anyDocument);
    const operation = sentOperation({
      document: isDocumentNode(anyDocument) ? anyDocument : null,
      text: query,
      variables: variables as Record<string, unknown> | undefined,
    });
    const knownHash = usePersistedQueries ? manifestHash(anyDocument) : null;
    // A document of the SDK's manifest goes by the manifest's hash, so servers that accept only known documents
    // recognise it; a server without the manifest answers a miss, and the document's own text follows.
    let result = knownHash
      ? await send({ variables, extensions: { persistedQuery: { version: 1, sha256Hash: knownHash } } }, requestOptions)
      : null;
    if (result && !isPersistedQueryMiss(result.json)) return resultOf(result, operation);

    const extensions = usePersistedQueries
      ? { persistedQuery: { version: 1, sha256Hash: await sha256Hex(query) } }
      : undefined;
    // The hash alone first; the full text only when the server has not seen it yet.
    result = extensions ? await send({ variables, extensions }, requestOptions) : null;
    if (result === null || isPersistedQueryMiss(result.json)) {
      result = await send({ query, variables, ...(extensions && { extensions }) }, requestOptions);
    }
    return resultOf(result, operation);
  }

  function resultOf<Result>(
    { response, json, text }: { response: Response; json: GraphQLResponseBody | null; text: string },
    operation: SentOperation,
  ): Result {
    // Throttled or unavailable, whatever the body says: the caller may come back later (see PlenaryHttpError.retryable).
    if (json === null || RETRYABLE_HTTP_STATUSES.has(response.status)) {
      throw new PlenaryHttpError({
        status: response.status,
        body: text,
        retryAfterSeconds: retryAfter(response),
        errors: json?.errors ?? [],
        operation,
      });
    }
    if (json.errors?.length)
      throw new PlenaryGraphQLError({ errors: json.errors, status: response.status, data: json.data });
    if (!response.ok)
      throw new PlenaryHttpError({
        status: response.status,
        body: text,
        retryAfterSeconds: retryAfter(response),
        errors: [],
        operation,
      });
    return json.data as Result;
  }

  return {
    request,
    setToken: (next) => {
      token = next;
    },
  };
}
