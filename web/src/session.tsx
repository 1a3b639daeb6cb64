// Who is signed in, until when, and the API client, shared through React context. Nothing about
// the session is stored in the browser: the cookie is HttpOnly, and the rest lives in memory.
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { adminApi, type AdminApi } from './admin-api';
import { ApiError, type ApiClient, type TSession, type TSessionEndReason } from './api';
import { navigate, type TNavigationState } from './router';

export interface TRefreshResult {
  alive: boolean;
  /** What to tell the person on the sign-in page, when the server said why the session ended. */
  notice?: TNavigationState['notice'];
}

const END_NOTICES: Record<TSessionEndReason, TNavigationState['notice']> = {
  idle: 'session_expired',
  expired: 'session_lifetime',
  revoked: 'session_revoked',
  password_changed: 'password_changed',
  mfa_reset: 'mfa_reset',
  logout_everywhere: 'signed_out_everywhere',
  logout: 'signed_out',
};

export interface TSessionContext {
  /** The clock every expiry computation uses (injected, so tests can move time). */
  now: () => number;
  status: 'loading' | 'signed-out' | 'signed-in';
  session: TSession | undefined;
  /** Local time (ms) at which the server will sign this session out for inactivity. */
  idleExpiresAt: number | undefined;
  /** Recovery codes just issued, held in memory only until the user confirms saving them. */
  recoveryCodes: string[] | undefined;
  setRecoveryCodes(codes: string[] | undefined): void;
  /** Records a session the API has just returned (sign-in, 2FA, refresh). */
  signedIn(session: TSession): void;
  /** Asks the server whether the session is alive (and so extends it), and if not, why it ended. */
  refresh(): Promise<TRefreshResult>;
  /** Ends this session (or all of them) on the server, then forgets it here. */
  signOut(options?: { everywhere?: boolean; notice?: TNavigationState['notice'] }): Promise<void>;
}

const ApiContext = createContext<ApiClient | undefined>(undefined);
const SessionContext = createContext<TSessionContext | undefined>(undefined);

/** The API client of the app. */
export function useApi(): ApiClient {
  const api = useContext(ApiContext);
  if (!api) throw new Error('useApi outside <SessionProvider>');
  return api;
}

/** The staff pages' calls (admin-api.ts) over the app's client. */
export function useAdminApi(): AdminApi {
  const api = useApi();
  return useMemo(() => adminApi(api), [api]);
}

/**
 * The session state.
 *
 * @example
 *   const { status, session } = useSession();
 */
export function useSession(): TSessionContext {
  const context = useContext(SessionContext);
  if (!context) throw new Error('useSession outside <SessionProvider>');
  return context;
}

/**
 * Provides the API client and the session; asks the server once at start whether a session exists.
 *
 * @example
 *   <SessionProvider api={createApiClient({ fetch, readCookies })} now={Date.now}><App /></SessionProvider>
 */
export function SessionProvider({ api, now, children }: { api: ApiClient; now: () => number; children: ReactNode }): ReactNode {
  const [status, setStatus] = useState<TSessionContext['status']>('loading');
  const [session, setSession] = useState<TSession | undefined>(undefined);
  const [idleExpiresAt, setIdleExpiresAt] = useState<number | undefined>(undefined);
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | undefined>(undefined);

  const signedIn = useCallback(
    (next: TSession) => {
      setSession(next);
      setIdleExpiresAt(now() + next.idleExpiresInSeconds * 1000);
      setStatus('signed-in');
    },
    [now],
  );
  const forget = useCallback(() => {
    setSession(undefined);
    setIdleExpiresAt(undefined);
    setRecoveryCodes(undefined);
    setStatus('signed-out');
  }, []);

  const refresh = useCallback(async (): Promise<TRefreshResult> => {
    try {
      const { session: current, ended } = await api.getSession();
      if (current) {
        signedIn(current);
        return { alive: true };
      }
      forget();
      return ended ? { alive: false, notice: END_NOTICES[ended] } : { alive: false };
    } catch (error) {
      // 401: the session is gone. 404: the identity API is not deployed. Both mean "signed out".
      if (error instanceof ApiError && (error.status === 401 || error.status === 404)) {
        forget();
        return { alive: false };
      }
      throw error;
    }
  }, [api, signedIn, forget]);

  const signOut = useCallback<TSessionContext['signOut']>(
    async (options = {}) => {
      // Forget locally even if the server cannot be told: the cookie expires there on its own.
      await api.logout(options.everywhere ? { everywhere: true } : {}).catch(() => undefined);
      forget();
      if (options.notice) navigate('/sign-in', { replace: true, state: { notice: options.notice } });
    },
    [api, forget],
  );

  useEffect(() => {
    // A session that ended on the server while the page was away (idle, revoked by an
    // administrator, password changed elsewhere) is explained once on the sign-in page.
    refresh().then(
      (result) => {
        if (!result.alive && result.notice && result.notice !== 'signed_out') navigate('/sign-in', { replace: true, state: { notice: result.notice } });
      },
      () => forget(),
    );
  }, [refresh, forget]);

  useEffect(
    () =>
      api.onIdleExpiresIn((seconds) => {
        setIdleExpiresAt((current) => (current === undefined ? current : now() + seconds * 1000));
      }),
    [api, now],
  );

  const value = useMemo<TSessionContext>(
    () => ({ now, status, session, idleExpiresAt, recoveryCodes, setRecoveryCodes, signedIn, refresh, signOut }),
    [now, status, session, idleExpiresAt, recoveryCodes, signedIn, refresh, signOut],
  );
  return (
    <ApiContext.Provider value={api}>
      <SessionContext.Provider value={value}>{children}</SessionContext.Provider>
    </ApiContext.Provider>
  );
}
