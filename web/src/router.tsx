// A router of about fifty lines instead of react-router: the app has a fixed set of flat paths
// (no parameters, no nesting, no loaders), so the History API and one external store cover it.
// The server answers every non-API path with index.html, so deep links and reloads work.
import { useSyncExternalStore, type AnchorHTMLAttributes, type MouseEvent, type ReactNode } from 'react';

/** What a page may pass to the next one without putting it in the URL (URLs end up in logs). */
export interface TNavigationState {
  /** Why the user landed on the sign-in page, e.g. after an idle sign-out. */
  notice?:
    | 'session_expired'
    | 'session_lifetime'
    | 'session_revoked'
    | 'mfa_reset'
    | 'signed_out'
    | 'signed_out_everywhere'
    | 'email_verified'
    | 'password_changed';
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  return () => window.removeEventListener('popstate', onChange);
}

/**
 * The current path; re-renders the caller when it changes (links, back and forward buttons).
 *
 * @example
 *   const path = usePathname(); // '/sign-in'
 */
export function usePathname(): string {
  return useSyncExternalStore(subscribe, () => window.location.pathname);
}

/**
 * The state the last `navigate` passed along (undefined after a reload or a typed URL).
 *
 * @example
 *   const { notice } = useNavigationState();
 */
export function useNavigationState(): TNavigationState {
  // history.state is replaced (not mutated) on every navigation, so its identity is a fine snapshot.
  const state = useSyncExternalStore(subscribe, () => window.history.state as unknown);
  return typeof state === 'object' && state !== null ? (state as TNavigationState) : {};
}

/**
 * Goes to a path inside the app without reloading the page.
 *
 * @example
 *   navigate('/sign-in', { state: { notice: 'session_expired' }, replace: true });
 */
export function navigate(to: string, options: { replace?: boolean; state?: TNavigationState } = {}): void {
  const state = options.state ?? {};
  if (options.replace) window.history.replaceState(state, '', to);
  else window.history.pushState(state, '', to);
  // pushState fires no event of its own; the subscribers listen for popstate.
  window.dispatchEvent(new PopStateEvent('popstate', { state }));
  window.scrollTo(0, 0);
}

type LinkProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> & { to: string; children: ReactNode };

/**
 * An ordinary link (it works with the keyboard, opens in a new tab with Ctrl/Cmd-click) that
 * navigates inside the app on a plain click.
 *
 * @example
 *   <Link to="/privacy">Privacy notice</Link>
 */
export function Link({ to, onClick, children, ...rest }: LinkProps): ReactNode {
  const pathname = usePathname();
  const handleClick = (event: MouseEvent<HTMLAnchorElement>): void => {
    onClick?.(event);
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(to);
  };
  return (
    <a href={to} onClick={handleClick} aria-current={pathname === to ? 'page' : undefined} {...rest}>
      {children}
    </a>
  );
}
