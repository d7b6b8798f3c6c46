import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { RecordPageState } from '../../../components/record-page';
import { graphql } from '../../../gql';
import { usePageTitle } from '../../../lib/use-page-title';
import { humanize } from '../../../lib/words';
import { AdminPage } from '../admin-page';
import { TokenList } from '../token-list';

const UserQuery = graphql(`
  query AdminUser($id: ID!) {
    node(id: $id) {
      id
      ... on User {
        name
        email
        role
        disabled
      }
    }
  }
`);

/** One user's tokens (admins): issue one for them, revoke a lost one. */
export function Component() {
  return (
    <AdminPage>
      <UserTokens />
    </AdminPage>
  );
}

function UserTokens() {
  const { id = '' } = useParams();
  const { data, error, loading, refetch } = useQuery(UserQuery, { variables: { id } });
  const user = data?.node?.__typename === 'User' ? data.node : null;
  usePageTitle(user ? `Tokens of ${user.name}` : null);
  return (
    <RecordPageState loading={loading} error={error} hasData={!!user} what="user" onRetry={() => refetch()}>
      {() => (
        <div className="page">
          <p>
            <Link to="/admin">← Users</Link>
          </p>
          <h1>{user!.name}</h1>
          <p className="muted">
            {user!.email} · {humanize(user!.role)}
            {user!.disabled && ' · disabled (every token is refused)'}
          </p>
          <TokenList userId={id} owner={user!.name} />
        </div>
      )}
    </RecordPageState>
  );
}
