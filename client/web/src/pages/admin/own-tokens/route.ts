import type { PageRoute } from '../../../app/page-route';

export const route: PageRoute = { path: 'tokens', lazy: () => import('./own-tokens-page') };
