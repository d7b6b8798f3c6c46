import type { PageRoute } from '../../../app/page-route';

// agreements/new?party=<institution> (from an institution) or ?renews=<agreement> (a renewal).
export const route: PageRoute = { path: 'agreements/new', lazy: () => import('../edit/agreement-form') };
