import type { PageRoute } from './page-route';

// Every pages/<name>/route.ts (and pages/<name>/<part>/route.ts, e.g. an edit page), bundled eagerly (they are tiny; the pages themselves load lazily).
const modules = import.meta.glob<{ route: PageRoute }>('../pages/**/route.ts', { eager: true });

export const pageRoutes: PageRoute[] = Object.values(modules).map((m) => m.route);

export const navLinks = pageRoutes
  .filter((r): r is PageRoute & { nav: NonNullable<PageRoute['nav']> } => r.nav !== undefined)
  .sort((a, b) => a.nav.order - b.nav.order)
  .map((r) => ({ to: `/${r.path}`, label: r.nav.label, role: r.nav.role ?? null, section: r.nav.section ?? [] }));
