import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';

// Apollo Client posts by default, which is what the API wants.
export function createApolloClient(url: string, apiKey: string): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({ uri: url, headers: { 'x-api-key': apiKey } }),
    cache: new InMemoryCache(),
  });
}
