import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useViewer } from '../../app/session';
import { PageSkeleton } from '../../components/states';

/**
 * An admin page: other roles get an explanation and none of its content (the route exists for
 * everyone, so a pasted link says why it shows nothing; the API refuses these queries anyway).
 */
export function AdminPage({ children }: { children: ReactNode }) {
  const viewer = useViewer();
  if (viewer.pending) return <PageSkeleton label="Signing in" />;
  if (viewer.role !== 'ADMIN') {
    return (
      <div className="page">
        <h1>For administrators only</h1>
        <p>
          Users, roles and other people's tokens are managed by administrators. Your own tokens are on <Link to="/tokens">your tokens page</Link>.
        </p>
      </div>
    );
  }
  return children;
}
