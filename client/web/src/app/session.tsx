import { useApolloClient, useQuery } from '@apollo/client/react';
import { createContext, type ReactNode, useContext, useSyncExternalStore } from 'react';
import { ErrorState } from '../components/states';
import { graphql } from '../gql';
import type { Role } from '../gql/graphql';
import { clearToken, readToken, storeToken } from '../lib/session';
import { SignInPage } from '../pages/sign-in';
import { isUnauthenticated } from './apollo';

const ViewerQuery = graphql(`
  query Viewer {
    me {
      id
      name
      email
      role
    }
  }
`);

/**
 * The caller. While the API has not yet answered who it is, `pending` is true and the role is the
 * least privileged (VIEWER): pages load their data in parallel with the sign-in check instead of
 * after it, and no edit control shows until the role is known.
 */
export type Viewer = { id: string; name: string; email: string; role: Role; devMode: boolean; pending: boolean };

const ViewerContext = createContext<Viewer | null>(null);

/** The signed-in caller (name, role); the app renders only inside <SessionGate>. */
export function useViewer(): Viewer {
  const viewer = useContext(ViewerContext);
  if (!viewer) throw new Error('useViewer outside <SessionGate>');
  return viewer;
}

/** Whether the caller's role may change records (editors and admins). The API decides; this only hides controls. */
export function useCanEdit(): boolean {
  const viewer = useViewer();
  return !viewer.pending && viewer.role !== 'VIEWER';
}

// The session as an external store: a counter bumped on sign-in/out, and why the sign-in page
// shows (the API refused the token mid-session).
let session = { version: 0, refusal: null as string | null };
const listeners = new Set<() => void>();
function update(refusal: string | null) {
  session = { version: session.version + 1, refusal };
  for (const listener of listeners) listener();
}
const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
};

export const REFUSED_TOKEN = 'The API refused your token: it is invalid, expired or revoked. Paste a valid token to sign in again.';

/** Called by the GraphQL client when the API answers UNAUTHENTICATED to a request with a token. */
export function tokenRefused() {
  if (readToken() === null) return;
  clearToken();
  update(REFUSED_TOKEN);
}

export function useSession() {
  const current = useSyncExternalStore(subscribe, () => session);
  const client = useApolloClient();
  return {
    ...current,
    async signIn(token: string) {
      storeToken(token);
      await client.clearStore();
      update(null);
    },
    async signOut() {
      clearToken();
      await client.clearStore();
      update(null);
    },
    continueWithoutToken() {
      update(null);
    },
  };
}

/**
 * Asks the API who the caller is. With a valid token (or none, in development auth mode) the app
 * renders for that user; a missing, invalid or expired token shows the sign-in page instead.
 */
export function SessionGate({ children }: { children: ReactNode }) {
  const { version, refusal } = useSyncExternalStore(subscribe, () => session);
  if (refusal) return <SignInPage reason={refusal} />;
  return (
    <ViewerLoader key={version} hadToken={readToken() !== null}>
      {children}
    </ViewerLoader>
  );
}

function ViewerLoader({ children, hadToken }: { children: ReactNode; hadToken: boolean }) {
  const { data, error, loading, refetch } = useQuery(ViewerQuery, { fetchPolicy: 'network-only' });
  if (error && isUnauthenticated(error)) return <SignInPage reason={hadToken ? REFUSED_TOKEN : null} />;
  if (!loading && (error || !data)) return <ErrorState error={error} onRetry={() => refetch()} />;
  const viewer: Viewer = data ? { ...data.me, devMode: !hadToken, pending: false } : { ...PENDING, devMode: !hadToken };
  return <ViewerContext.Provider value={viewer}>{children}</ViewerContext.Provider>;
}

const PENDING: Omit<Viewer, 'devMode'> = { id: '', name: '', email: '', role: 'VIEWER' as Role, pending: true };
