import { Client, fetchExchange } from '@urql/core';

// urql sends short queries as GET by default, which the API refuses (CSRF prevention): POST them.
export function createUrqlClient(url: string, apiKey: string): Client {
  return new Client({
    url,
    exchanges: [fetchExchange],
    preferGetMethod: false,
    fetchOptions: { headers: { 'x-api-key': apiKey } },
  });
}
