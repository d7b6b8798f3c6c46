import { Button } from 'react-aria-components';
import { Link, NavLink, Outlet, ScrollRestoration, useLocation, useNavigation } from 'react-router';
import { SearchBox } from '../components/search/search-box';
import { humanize } from '../lib/words';
import { navLinks } from './routes';
import { useSession, useViewer } from './session';

/** The frame of every page: header (brand, search, navigation, who is signed in) and the page. */
export function Shell() {
  const viewer = useViewer();
  const session = useSession();
  const navigation = useNavigation();
  const { pathname } = useLocation();
  const inSection = (paths: string[]) => paths.some((p) => pathname === p || pathname.startsWith(`${p}/`));
  return (
    <>
      <a className="skip-link" href="#content">
        Skip to content
      </a>
      <header className="app-header">
        <Link to="/" className="brand">
          Accord
        </Link>
        <SearchBox />
        <nav aria-label="Main">
          <ul>
            {navLinks
              .filter((link) => link.role === null || (link.role === 'ADMIN' ? viewer.role === 'ADMIN' : viewer.role !== 'VIEWER'))
              .map((link) => (
              <li key={link.to}>
                <NavLink to={link.to} className={({ isActive }) => (isActive || inSection(link.section) ? 'active' : undefined)}>
                  {link.label}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <div className="viewer" aria-busy={viewer.pending}>
          {viewer.pending ? (
            <span className="viewer-name">{viewer.name}</span>
          ) : (
            <Link to="/tokens" className="viewer-name" title="Your API tokens">
              {viewer.name}
            </Link>
          )}
          {!viewer.pending && (
            <span className="badge" title="Your role decides what you see and may change">
              {humanize(viewer.role)}
            </span>
          )}
          {viewer.pending ? null : viewer.devMode ? (
            <span className="badge warn" title="The server runs in development auth mode: no token needed">
              dev mode
            </span>
          ) : (
            <Button className="link-button" onPress={() => void session.signOut()}>
              Sign out
            </Button>
          )}
        </div>
      </header>
      {navigation.state === 'loading' && <div className="progress" role="progressbar" aria-label="Loading page" />}
      <main id="content" tabIndex={-1}>
        <Outlet />
      </main>
      <ScrollRestoration />
    </>
  );
}
