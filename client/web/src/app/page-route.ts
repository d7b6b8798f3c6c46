import type { ComponentType } from 'react';

/**
 * A page of the app. Each folder under pages/ that has a page exports `route` from its route.ts;
 * the router collects them (app/routes.ts), so a page is added without editing shared files.
 * `lazy` loads the page's code on first visit (a module exporting `Component`).
 */
export type PageRoute = {
  path: string;
  lazy: () => Promise<{ Component: ComponentType }>;
  /** A link in the header navigation (lower order first); with `role`, shown only from that role up. */
  nav?: {
    label: string;
    order: number;
    role?: 'EDITOR' | 'ADMIN';
    /** Other paths (and their subpaths) on which the link is shown as current, e.g. the sibling list pages of "Records". */
    section?: string[];
  };
};
