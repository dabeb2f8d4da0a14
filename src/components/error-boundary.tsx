import { Component, type ErrorInfo, type ReactNode } from 'react';

export interface ErrorBoundaryProps {
  /** What failed, in words ("The timeline"), used in the message. */
  what: string;
  children: ReactNode;
}

interface ErrorBoundaryState {
  error: Error | null;
}

/** Catches a render failure in one widget and says so, leaving the rest of the page usable. */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { error: null };

  static getDerivedStateFromError(error: unknown): ErrorBoundaryState {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    // Kept in the console for whoever debugs it; the page shows a short message.
    console.warn(`${this.props.what} failed`, error, info.componentStack);
  }

  override render() {
    if (this.state.error) {
      return (
        <div className="problem" role="alert">
          <p className="problem-title">{this.props.what} could not be shown.</p>
          <p className="problem-detail">{this.state.error.message}</p>
          <button type="button" onClick={() => this.setState({ error: null })}>
            Try again
          </button>
        </div>
      );
    }
    return this.props.children;
  }
}
