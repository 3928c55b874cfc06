import { PlenaryGraphQLError, PlenaryHttpError, PlenaryNetworkError } from '@plenary/sdk';
import type { ReactNode } from 'react';

export function Loading({ label = 'Loading…' }: { label?: string }) {
  return (
    <p className="loading" role="status">
      {label}
    </p>
  );
}

/** What went wrong, in words: a failed request never leaves a blank screen. */
export function describeError(error: unknown): string {
  if (error instanceof PlenaryNetworkError)
    return 'The server could not be reached. Check the connection and try again.';
  if (error instanceof PlenaryHttpError) {
    if (error.status === 429)
      return `Too many requests; try again${error.retryAfterSeconds ? ` in ${error.retryAfterSeconds} seconds` : ' shortly'}.`;
    return `The server answered with an error (HTTP ${error.status}).`;
  }
  if (error instanceof PlenaryGraphQLError) {
    if (error.code === 'FORBIDDEN') return 'You do not have access to this.';
    return error.message;
  }
  return error instanceof Error ? error.message : 'Something went wrong.';
}

export function ErrorNotice({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  return (
    <div className="notice notice-error" role="alert">
      <p>{describeError(error)}</p>
      {onRetry && (
        <button type="button" className="button-secondary" onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  );
}

export function Empty({ children }: { children: ReactNode }) {
  return <p className="empty">{children}</p>;
}

interface QueryLike<Data> {
  data: Data | undefined;
  error: unknown;
  isPending: boolean;
  refetch: () => unknown;
}

/** Loading, error or the content of a query: one place that makes every screen safe on a failing response. */
export function QueryView<Data>({
  query,
  children,
  label,
}: {
  query: QueryLike<Data>;
  children: (data: Data) => ReactNode;
  label?: string;
}) {
  if (query.error) return <ErrorNotice error={query.error} onRetry={() => void query.refetch()} />;
  if (query.isPending || query.data === undefined) return <Loading {...(label && { label })} />;
  return <>{children(query.data)}</>;
}
