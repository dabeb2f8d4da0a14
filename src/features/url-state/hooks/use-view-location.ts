import { useCallback, useEffect, useState } from 'react';
import {
  parseViewLocation,
  viewLocationSearch,
  type ViewLocation,
} from '../utils/view-location.ts';

export type Navigate = (next: ViewLocation, options?: { replace?: boolean }) => void;

/**
 * The view location kept in the URL. Selections push a history entry (so back
 * returns to the previous selection); window moves replace the current one.
 */
export function useViewLocation(): [ViewLocation, Navigate] {
  const [location, setLocation] = useState(() => parseViewLocation(window.location.search));

  useEffect(() => {
    const onPopState = () => setLocation(parseViewLocation(window.location.search));
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, []);

  const navigate = useCallback<Navigate>((next, { replace = false } = {}) => {
    const search = viewLocationSearch(next);
    if (search !== window.location.search) {
      const url = `${window.location.pathname}${search}${window.location.hash}`;
      if (replace) window.history.replaceState(null, '', url);
      else window.history.pushState(null, '', url);
    }
    setLocation(next);
  }, []);

  return [location, navigate];
}
