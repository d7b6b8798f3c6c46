import { useViewer } from '../../../app/session';
import { PageSkeleton } from '../../../components/states';
import { usePageTitle } from '../../../lib/use-page-title';
import { TokenList } from '../token-list';

/** Everyone's own tokens: to sign in, for the CLI, for a calendar subscription. */
export function Component() {
  const viewer = useViewer();
  usePageTitle('Your tokens');
  if (viewer.pending) return <PageSkeleton label="Signing in" />;
  return (
    <div className="page">
      <h1>Your tokens</h1>
      <p className="muted">
        Signed in as {viewer.name} ({viewer.email}). A token acts with your role; give each use its own token so that you can revoke one without the others.
      </p>
      <TokenList userId={null} owner="you" />
    </div>
  );
}
