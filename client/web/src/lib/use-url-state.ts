import { useLocation, useSearchParams } from 'react-router';

/**
 * The query string last asked for on a path, until the router renders it. React Router hands
 * a functional update the params of the last render, and its navigations render in a transition,
 * so two quick changes (tick a kind, then type a year) would build on the same old params and
 * the second would drop the first. Building on what was last asked for keeps both.
 */
let asked: { path: string; search: string } | null = null;

/**
 * Page state that lives in the query string (filters, dates, tabs), so every view can be shared
 * by URL and survives a reload. Setting a value to null or '' removes it; history is replaced,
 * not pushed, so Back leaves the page instead of undoing each filter click.
 */
export function useUrlState() {
  const [params, setParams] = useSearchParams();
  const { pathname } = useLocation();
  if (asked && (asked.path !== pathname || asked.search === params.toString())) asked = null;
  return {
    get: (key: string): string | null => params.get(key),
    list: (key: string): string[] => (params.get(key) ?? '').split(',').filter(Boolean),
    set(values: Record<string, string | string[] | null | undefined>) {
      const next = new URLSearchParams(asked?.path === pathname ? asked.search : params);
      for (const [key, value] of Object.entries(values)) {
        const text = Array.isArray(value) ? value.join(',') : value;
        if (text === null || text === undefined || text === '') next.delete(key);
        else next.set(key, text);
      }
      asked = { path: pathname, search: next.toString() };
      setParams(next, { replace: true });
    },
  };
}
