import type { ReactNode } from 'react';
import { isUnknownRecord } from '../app/apollo';
import { ErrorState, NotFound, PageSkeleton } from './states';

/**
 * The states every record page shares: a skeleton while loading, "Not found" for an unknown or
 * invisible ID (the API answers NOT_FOUND; viewers get the same for confidential records), an
 * error with its request ID otherwise.
 */
export function RecordPageState({ loading, error, hasData, what, onRetry, children }: {
  loading: boolean;
  error: unknown;
  hasData: boolean;
  what: string;
  onRetry(): void;
  children: () => ReactNode;
}) {
  if (isUnknownRecord(error)) return <NotFound what={what} />;
  if (loading && !hasData) return <PageSkeleton label={`Loading the ${what}`} />;
  if (error && !hasData) {
    return (
      <div className="page">
        <ErrorState error={error} onRetry={onRetry} />
      </div>
    );
  }
  if (!hasData) return <NotFound what={what} />;
  return <>{children()}</>;
}
