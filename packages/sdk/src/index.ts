export { createPlenaryClient, type PlenaryClient, type PlenaryClientOptions, type PlenaryDocument, type RequestOptions } from './client.ts';
export { paginate, type ConnectionPage, type PaginateOptions } from './paginate.ts';
export { PlenaryClientError, PlenaryGraphQLError, PlenaryHttpError, PlenaryNetworkError, type PlenaryGraphQLErrorEntry } from './errors.ts';
export * from './generated/graphql.ts';
