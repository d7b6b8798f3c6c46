import type { ReactNode } from 'react';
import { Button } from 'react-aria-components';
import { Link } from 'react-router';
import { errorCodeOf, isApolloError, isUnauthenticated, requestIdOf } from '../app/apollo';

/** Grey bars where content will be, announced to screen readers as loading. */
export function Skeleton({ lines = 3, label = 'Loading' }: { lines?: number; label?: string }) {
  return (
    <div className="skeleton" role="status" aria-live="polite" aria-label={label}>
      {Array.from({ length: lines }, (_, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: placeholder bars have no identity
        <div key={i} className="skeleton-bar" style={{ width: `${90 - ((i * 17) % 40)}%` }} />
      ))}
    </div>
  );
}

/** The shape of a record page (header, main column, side column) while it loads. */
export function PageSkeleton({ label = 'Loading' }: { label?: string }) {
  return (
    <div className="page" role="status" aria-live="polite" aria-label={label}>
      <div className="skeleton-bar skeleton-title" />
      <div className="skeleton-bar" style={{ width: '40%' }} />
      <div className="columns">
        <div className="main">
          <Skeleton lines={8} label={label} />
        </div>
        <aside className="side">
          <Skeleton lines={5} label={label} />
        </aside>
      </div>
    </div>
  );
}

/** A list with nothing in it, saying why and what to do next. */
export function Empty({ children }: { children: ReactNode }) {
  return <p className="empty">{children}</p>;
}

/** A failed request: what happened in plain words, the request ID to quote, and a retry. */
export function ErrorState({ error, onRetry, title = 'This could not be loaded' }: { error: unknown; onRetry?: () => void; title?: string }) {
  // Pages load in parallel with the sign-in check: a refused or missing token is the session's to
  // answer (the sign-in page replaces the app a moment later), not this page's.
  if (isUnauthenticated(error)) return <PageSkeleton label="Signing in" />;
  const requestId = requestIdOf(error);
  const code = errorCodeOf(error);
  const message = error instanceof Error ? error.message : 'Unknown error';
  return (
    <div className="error-state" role="alert">
      <h2>{title}</h2>
      <p>{describe(code, message)}</p>
      <dl className="facts">
        {code && (
          <>
            <dt>Code</dt>
            <dd>
              <code>{code}</code>
            </dd>
          </>
        )}
        {requestId ? (
          <>
            <dt>Request ID</dt>
            <dd>
              <code data-testid="request-id">{requestId}</code>
            </dd>
          </>
        ) : (
          isApolloError(error) && (
            <>
              <dt>Request ID</dt>
              <dd>none: the server was not reached</dd>
            </>
          )
        )}
      </dl>
      {onRetry && (
        <Button className="button" onPress={onRetry}>
          Try again
        </Button>
      )}
    </div>
  );
}

function describe(code: string | null, message: string): string {
  switch (code) {
    case 'FORBIDDEN':
      return 'Your role does not allow this.';
    case 'DATABASE_UNAVAILABLE':
      return 'The database is unavailable right now; try again in a moment.';
    case 'INTERNAL_SERVER_ERROR':
      return 'The server failed unexpectedly. Quote the request ID below when you report it.';
    case null:
      return message.includes('fetch') ? 'The server could not be reached. Check your connection and try again.' : message;
    default:
      return message;
  }
}

/** The page for an unknown URL or record ID. */
export function NotFound({ what = 'page' }: { what?: string }) {
  return (
    <div className="page not-found">
      <h1>Not found</h1>
      <p>
        There is no {what} at this address. It may have been deleted, or the link is mistyped — or it is confidential and your role
        cannot see it.
      </p>
      <p>
        <Link to="/">Go to the start page</Link> or search with the box at the top (Ctrl K).
      </p>
    </div>
  );
}
