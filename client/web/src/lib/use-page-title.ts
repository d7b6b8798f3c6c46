import { useEffect } from 'react';

/** Sets the browser tab's title (and what screen readers announce on navigation). */
export function usePageTitle(title: string | null | undefined) {
  useEffect(() => {
    if (title) document.title = `${title} · Accord`;
  }, [title]);
}
