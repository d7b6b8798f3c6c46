import type { PageRoute } from '../../app/page-route';

export const route: PageRoute = { path: 'briefing/:id', lazy: () => import('./briefing-page') };
