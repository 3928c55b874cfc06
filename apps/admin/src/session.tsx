import {
  createPlenaryClient,
  MeDocument,
  PlenaryGraphQLError,
  SignInDocument,
  SignOutDocument,
  type MeQuery,
  type PlenaryClient,
} from '@plenary/sdk';
import { QueryClient, useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { problemOf, type ActionProblem } from './lib/action.ts';

// The session token lives in sessionStorage: it ends with the browser tab, and the API expires it after 12 hours.
const TOKEN_KEY = 'plenary.session';
const GRAPHQL_PATH = '/graphql';
// The API can hold this client to the SDK's known documents (x-plenary-client).
const CLIENT_NAME = 'admin';

export type CurrentUser = NonNullable<MeQuery['me']>;

interface SessionValue {
  client: PlenaryClient;
  token: string | null;
  signIn: (email: string, password: string) => Promise<ActionProblem | null>;
  signOut: () => Promise<void>;
}

const SessionContext = createContext<SessionValue | null>(null);

function readToken(): string | null {
  try {
    return window.sessionStorage.getItem(TOKEN_KEY);
  } catch {
    return null;
  }
}

function writeToken(token: string | null): void {
  try {
    if (token) window.sessionStorage.setItem(TOKEN_KEY, token);
    else window.sessionStorage.removeItem(TOKEN_KEY);
  } catch {
    // Storage refused (private mode): the session then lasts as long as the page.
  }
}

const sessionEnded = new EventTarget();

/** The query client: a session the API no longer knows signs the user out instead of failing every screen. */
export function createAppQueryClient(): QueryClient {
  const onUnauthenticated = () => sessionEnded.dispatchEvent(new Event('ended'));
  const isUnauthenticated = (error: unknown) =>
    error instanceof PlenaryGraphQLError && error.code === 'UNAUTHENTICATED';
  const client = new QueryClient({
    defaultOptions: {
      queries: {
        retry: (count, error) => !isUnauthenticated(error) && count < 1,
        staleTime: 30_000,
        refetchOnWindowFocus: false,
      },
    },
  });
  client.getQueryCache().subscribe((event) => {
    if (event.type === 'updated' && isUnauthenticated(event.query.state.error)) onUnauthenticated();
  });
  return client;
}

export function SessionProvider({
  children,
  initialToken = readToken(),
}: {
  children: ReactNode;
  initialToken?: string | null;
}) {
  const [token, setToken] = useState<string | null>(initialToken);
  const client = useMemo(
    () =>
      createPlenaryClient({
        url: GRAPHQL_PATH,
        headers: { 'x-plenary-client': CLIENT_NAME },
        ...(initialToken && { token: initialToken }),
      }),
    [initialToken],
  );
  const queryClient = useQueryClient();

  const changeToken = useCallback(
    (next: string | null) => {
      client.setToken(next ?? undefined);
      writeToken(next);
      queryClient.clear();
      setToken(next);
    },
    [client, queryClient],
  );

  useEffect(() => {
    const onEnded = () => changeToken(null);
    sessionEnded.addEventListener('ended', onEnded);
    return () => sessionEnded.removeEventListener('ended', onEnded);
  }, [changeToken]);

  const value = useMemo<SessionValue>(
    () => ({
      client,
      token,
      signIn: async (email, password) => {
        const { signIn } = await client.request(SignInDocument, { email, password });
        if (signIn.__typename === 'MutationSignInSuccess') {
          changeToken(signIn.session.token);
          return null;
        }
        return problemOf(signIn);
      },
      signOut: async () => {
        try {
          await client.request(SignOutDocument);
        } finally {
          changeToken(null);
        }
      },
    }),
    [client, token, changeToken],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionValue {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}

export function useClient(): PlenaryClient {
  return useSession().client;
}

/** The signed-in user, or null while signed out. */
export function useCurrentUser() {
  const { client, token } = useSession();
  return useQuery({
    queryKey: ['me', token],
    queryFn: () => client.request(MeDocument),
    enabled: token !== null,
    select: (data) => data.me,
  });
}

export function useSignedInUser(): CurrentUser {
  const { data } = useCurrentUser();
  if (!data) throw new Error('useSignedInUser outside a signed-in screen');
  return data;
}

export function isSecretariat(user: CurrentUser): boolean {
  return user.role === 'ADMIN' || user.role === 'SECRETARIAT';
}
