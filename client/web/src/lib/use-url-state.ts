import { useSearchParams } from 'react-router';

/**
 * Page state that lives in the query string (filters, dates, tabs), so every view can be shared
 * by URL and survives a reload. Setting a value to null or '' removes it; history is replaced,
 * not pushed, so Back leaves the page instead of undoing each filter click.
 */
export function useUrlState() {
  const [params, setParams] = useSearchParams();
  return {
    get: (key: string): string | null => params.get(key),
    list: (key: string): string[] => (params.get(key) ?? '').split(',').filter(Boolean),
    set(values: Record<string, string | string[] | null | undefined>) {
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          for (const [key, value] of Object.entries(values)) {
            const text = Array.isArray(value) ? value.join(',') : value;
            if (text === null || text === undefined || text === '') next.delete(key);
            else next.set(key, text);
          }
          return next;
        },
        { replace: true },
      );
    },
  };
}
