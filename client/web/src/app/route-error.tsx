import { isRouteErrorResponse, useRouteError } from 'react-router';
import { ErrorState, NotFound } from '../components/states';

/** Whatever a page threw while rendering or loading its code. */
export function RouteError() {
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFound />;
  return (
    <div className="page">
      <ErrorState error={error} title="Something went wrong on this page" onRetry={() => window.location.reload()} />
    </div>
  );
}
