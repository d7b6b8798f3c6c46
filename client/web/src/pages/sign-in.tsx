import { useState } from 'react';
import { Button, FieldError, Form, Input, Label, TextField } from 'react-aria-components';
import { useSession } from '../app/session';

/** Sign in by pasting an API token (kept for this browser tab only, sent as a Bearer header). */
export function SignInPage({ reason }: { reason: string | null }) {
  const session = useSession();
  const [token, setToken] = useState('');
  return (
    <main className="sign-in">
      <h1>Sign in to Accord</h1>
      {reason && (
        <p className="notice" role="alert">
          {reason}
        </p>
      )}
      <p>
        Paste your API token. An administrator creates one with <code>npm run admin:create</code> or the <code>createApiToken</code>{' '}
        mutation. It stays in this browser tab only and is forgotten when the tab closes.
      </p>
      <Form
        onSubmit={(e) => {
          e.preventDefault();
          void session.signIn(token.trim());
        }}
      >
        <TextField className="field" isRequired value={token} onChange={setToken} autoComplete="off" name="token">
          <Label>API token</Label>
          <Input type="password" placeholder="acc_…" />
          <FieldError />
        </TextField>
        <Button type="submit" className="button primary">
          Sign in
        </Button>
      </Form>
      {reason && (
        <p className="muted">
          Running locally with <code>npm start</code>? Development auth mode needs no token:{' '}
          <Button className="link-button" onPress={() => session.continueWithoutToken()}>
            continue without one
          </Button>
          .
        </p>
      )}
    </main>
  );
}
