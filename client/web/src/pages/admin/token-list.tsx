import { useApolloClient, useQuery } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { ErrorState, Skeleton } from '../../components/states';
import { FormActions, FormDialog, FormStatus, formatDateTime, SelectInput, TextInput, useFormMutation } from '../../forms';
import { graphql } from '../../gql';
import './admin.css';

const TokensQuery = graphql(`
  query ApiTokens($userId: ID) {
    apiTokens(userId: $userId) {
      id
      name
      prefix
      createdAt
      expiresAt
      lastUsedAt
      revokedAt
    }
  }
`);

const CreateTokenMutation = graphql(`
  mutation CreateApiToken($input: CreateApiTokenInput!) {
    createApiToken(input: $input) {
      token
      apiToken {
        id
        name
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

const RevokeTokenMutation = graphql(`
  mutation RevokeApiToken($id: ID!) {
    revokeApiToken(id: $id) {
      apiToken {
        id
        revokedAt
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

const EXPIRIES = ['30', '90', '365', 'NEVER'] as const;
type Expiry = (typeof EXPIRIES)[number];
const describeExpiry = (e: Expiry) => (e === 'NEVER' ? 'Never expires' : `In ${e} days`);

type Token = { id: string; name: string; prefix: string; createdAt: string; expiresAt?: string | null; lastUsedAt?: string | null; revokedAt?: string | null };

function statusOf(token: Token): { label: string; tone: string } {
  if (token.revokedAt) return { label: `revoked ${formatDateTime(token.revokedAt)}`, tone: 'danger' };
  if (token.expiresAt && new Date(token.expiresAt) < new Date()) return { label: 'expired', tone: 'warn' };
  return { label: 'active', tone: 'ok' };
}

/**
 * API tokens of one user (`userId`; null = the signed-in user): list, create (the secret is shown
 * once, right after), revoke. The API keeps only a hash, so a lost secret means a new token.
 */
export function TokenList({ userId, owner }: { userId: string | null; owner: string }) {
  const client = useApolloClient();
  const { data, error, loading, refetch } = useQuery(TokensQuery, { variables: { userId } });
  const [secret, setSecret] = useState<{ name: string; token: string } | null>(null);
  return (
    <section aria-labelledby="tokens-heading">
      <div className="page-heading">
        <h2 id="tokens-heading">API tokens of {owner}</h2>
        <FormDialog label="New token" title="New API token" className="button primary">
          {(close) => (
            <NewTokenForm
              userId={userId}
              onCreated={async (created) => {
                close();
                setSecret(created);
                await client.refetchQueries({ include: [TokensQuery] });
              }}
            />
          )}
        </FormDialog>
      </div>
      {secret && (
        <div className="secret" role="status">
          <h2>Copy the token “{secret.name}” now</h2>
          <p>It is shown only this once: Accord keeps only a fingerprint of it. Paste it where it will be used (the sign-in page, the CLI's ACCORD_TOKEN, a calendar URL).</p>
          <input className="secret-value" readOnly value={secret.token} aria-label="The new token" onFocus={(e) => e.currentTarget.select()} />
          <div className="form-actions">
            <Button className="button" onPress={() => void navigator.clipboard?.writeText(secret.token)}>
              Copy
            </Button>
            <Button className="button primary" onPress={() => setSecret(null)}>
              I have stored it — hide it
            </Button>
          </div>
        </div>
      )}
      {loading && !data && <Skeleton lines={4} label="Loading the tokens" />}
      {error && !data && <ErrorState error={error} onRetry={() => refetch()} />}
      {data && data.apiTokens.length === 0 && <p className="empty">No token yet. Create one to sign in or to use the CLI.</p>}
      {data && data.apiTokens.length > 0 && (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Starts with</th>
              <th scope="col">Created</th>
              <th scope="col">Expires</th>
              <th scope="col">Last used</th>
              <th scope="col">Status</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {data.apiTokens.map((t) => {
              const status = statusOf(t);
              return (
                <tr key={t.id} className={t.revokedAt ? 'revoked' : undefined}>
                  <th scope="row">{t.name}</th>
                  <td>
                    <code>{t.prefix}…</code>
                  </td>
                  <td>{formatDateTime(t.createdAt)}</td>
                  <td>{t.expiresAt ? formatDateTime(t.expiresAt) : 'never'}</td>
                  <td>{t.lastUsedAt ? formatDateTime(t.lastUsedAt) : 'never'}</td>
                  <td>
                    <span className={`badge ${status.tone}`}>{status.label}</span>
                  </td>
                  <td>{!t.revokedAt && <RevokeButton token={t} />}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}

function NewTokenForm({ userId, onCreated }: { userId: string | null; onCreated(created: { name: string; token: string }): void }) {
  const [name, setName] = useState('');
  const [expiry, setExpiry] = useState<Expiry | null>('90');
  const mutation = useFormMutation(CreateTokenMutation, { payload: (d) => d.createApiToken });
  async function save(event: FormEvent) {
    event.preventDefault();
    const expiresInDays = !expiry || expiry === 'NEVER' ? null : Number(expiry);
    // The secret is in this one response only.
    const done = (await mutation.submit({ input: { name, expiresInDays, userId } })) as { token?: string | null; apiToken?: { name: string } | null } | null;
    if (done?.token && done.apiToken) onCreated({ name: done.apiToken.name, token: done.token });
  }
  return (
    <Form onSubmit={save} className="edit-form">
      <TextInput label="What it is for" value={name} onChange={setName} error={mutation.fieldError('name')} isRequired autoFocus placeholder="e.g. laptop CLI, calendar feed" />
      <SelectInput label="Expires" value={expiry} options={EXPIRIES} onChange={setExpiry} describe={describeExpiry} error={mutation.fieldError('expiresInDays')} />
      <FormStatus failure={mutation.failure} errors={mutation.otherErrors(['name', 'expiresInDays'])} />
      <FormActions pending={mutation.pending} saveLabel="Create token" />
    </Form>
  );
}

function RevokeButton({ token }: { token: Token }) {
  const mutation = useFormMutation(RevokeTokenMutation, { payload: (d) => d.revokeApiToken });
  return (
    <FormDialog label={
        <>
          Revoke<span className="visually-hidden"> {token.name}</span>
        </>
      } title={`Revoke “${token.name}”?`} className="link-button">
      {(close) => (
        <Form
          onSubmit={async (event) => {
            event.preventDefault();
            if (await mutation.submit({ id: token.id })) close();
          }}
        >
          <p>Requests with this token are refused from the next one on. This cannot be undone; create a new token if it is needed again.</p>
          <FormStatus failure={mutation.failure} errors={mutation.errors} />
          <FormActions pending={mutation.pending} saveLabel="Revoke the token" />
        </Form>
      )}
    </FormDialog>
  );
}
