import { Component, type ErrorInfo, type ReactNode } from 'react';
import { describeError } from './status.tsx';

interface Props {
  children: ReactNode;
  /** Changing it (e.g. the path) clears the error, so navigating away recovers. */
  resetKey?: string;
}

interface State {
  error: unknown;
}

/** Catches what a screen throws while rendering, so one broken screen never blanks the app. */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error };
  }

  override componentDidUpdate(previous: Props): void {
    if (previous.resetKey !== this.props.resetKey && this.state.error) this.setState({ error: null });
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error('screen failed', error, info.componentStack);
  }

  override render(): ReactNode {
    if (!this.state.error) return this.props.children;
    return (
      <div className="notice notice-error" role="alert">
        <h2>This screen could not be shown</h2>
        <p>{describeError(this.state.error)}</p>
        <button type="button" className="button-secondary" onClick={() => this.setState({ error: null })}>
          Try again
        </button>
      </div>
    );
  }
}
