// The address bar's #token=… (verification, reset and invitation links), read once and removed.
import { useEffect, useState } from 'react';
import { tokenFromFragment } from './fragment';

/**
 * Reads the token of the address bar's fragment once and removes it from the address bar (and so
 * from history) before anything uses it.
 *
 * @example
 *   const token = takeTokenFromLocation(); // '#token=abc' is gone from the URL afterwards
 */
export function takeTokenFromLocation(): string | undefined {
  const token = tokenFromFragment(window.location.hash);
  if (token) window.history.replaceState(window.history.state, '', window.location.pathname);
  return token;
}

/**
 * The token of the address bar's fragment, taken once at first render and again whenever the
 * fragment changes (a link pasted into a tab already showing the page does not reload it).
 *
 * @example
 *   const token = useFragmentToken(); // undefined until a #token=… arrives
 */
export function useFragmentToken(): string | undefined {
  const [token, setToken] = useState(takeTokenFromLocation);
  useEffect(() => {
    const onHashChange = (): void => {
      const next = takeTokenFromLocation();
      if (next) setToken(next);
    };
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, []);
  return token;
}
