export {
  createPlenaryClient,
  type PlenaryClient,
  type PlenaryClientOptions,
  type PlenaryDocument,
  type PlenaryDocumentNode,
  type PlenaryTextDocument,
  type RequestOptions,
} from './client.ts';
export { pages, paginate, type ConnectionPage, type Page, type PaginateOptions } from './paginate.ts';
export { changesSince, DEFAULT_SYNC_OVERLAP_SECONDS, type Changes, type ChangesSinceOptions } from './changes-since.ts';
export { withRetry, type RetryOptions } from './retry.ts';
export {
  PlenaryClientError,
  PlenaryGraphQLError,
  PlenaryHttpError,
  PlenaryNetworkError,
  RETRYABLE_HTTP_STATUSES,
  type PlenaryGraphQLErrorEntry,
  type SentOperation,
} from './errors.ts';
export * from './generated/graphql.ts';
