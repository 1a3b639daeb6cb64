// The web app's only door to the server. Every call is same-origin JSON with the session cookie;
// writes carry the CSRF token. The contract below is what the identity module's routes answer.
//
// Cookies and headers (the server sets and checks them; the page never sees the session token):
//   custos_session  HttpOnly; Secure; SameSite=Strict. The opaque session token.
//   custos_csrf     Secure; SameSite=Strict; readable by the page (not HttpOnly). Double-submit
//                   CSRF token: the page copies it into the x-csrf-token header of every write.
//   x-csrf-token    request header on POST/PUT/PATCH/DELETE; the server compares it with the cookie.
//   x-custos-idle-expires-in   optional response header on authenticated answers: seconds until
//                   idle sign-out, so the expiry warning follows activity on any page.
//
// Endpoints (request body -> answer):
//   POST /api/v1/auth/register        { name, email, dateOfBirth: 'YYYY-MM-DD', password } -> 201 {}
//   POST /api/v1/auth/verify-email    { token } -> 200 {}
//   POST /api/v1/auth/login           { email, password } -> TLoginResult
//   POST /api/v1/auth/mfa/verify      { code } | { recoveryCode } -> { session: TSession }
//   POST /api/v1/auth/mfa/totp/enroll (no body) -> { otpauthUri, secret }
//   POST /api/v1/auth/mfa/totp/confirm { code } -> { session: TSession, recoveryCodes: string[] }
//   POST /api/v1/auth/mfa/recovery-codes (no body) -> { recoveryCodes: string[] } (replaces the old ones)
//   GET  /api/v1/auth/session         -> { session: TSession | null, ended?: TSessionEndReason } (null
//                                       when signed out, or signed in without the second factor yet;
//                                       `ended` once, when the browser's session ended on the server).
//                                       Counts as activity; 200 either way, so a signed-out page load logs no error.
//   GET  /api/v1/auth/sessions        -> { sessions: TSessionSummary[] }
//   DELETE /api/v1/auth/sessions/:id  -> 204 (ends one of the caller's own sessions)
//   POST /api/v1/auth/logout          { everywhere?: boolean } -> 204
//   POST /api/v1/auth/password        { currentPassword, newPassword } -> 204
// Accounts, administration and access (admin-api.ts has the types and calls of these):
//   POST /api/v1/auth/password-reset/request  { email } -> 202 (the same whether the account exists or not)
//   POST /api/v1/auth/password-reset/complete { token, newPassword } -> 204
//   POST /api/v1/auth/invitations/accept      { token, name, password } -> 204
//   /api/v1/admin/users, /api/v1/admin/outbox, /api/v1/admin/settings, /api/v1/access-tokens,
//   /api/v1/patients/:patientId/break-glass, /api/v1/compliance/break-glass-reviews
// Errors: { code, message, requestId, fields? } (src/server/errors.ts).

export const CSRF_COOKIE = 'custos_csrf';
export type THttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
export const CSRF_HEADER = 'x-csrf-token';
export const IDLE_EXPIRES_HEADER = 'x-custos-idle-expires-in';

export type TRole = 'patient' | 'clinician' | 'compliance_officer' | 'admin';

export interface TSession {
  /** patientId: for a patient, the id of their own records; null for staff. */
  user: { displayName: string; role: TRole; patientId: string | null };
  /** Seconds until idle sign-out as the server counts them when it answers (immune to clock skew). */
  idleExpiresInSeconds: number;
  mfa: { totpEnrolled: boolean; recoveryCodesRemaining: number };
  /** The organization forces periodic password change and this password is older than allowed. */
  passwordChangeRequired?: true;
}

/** Why the session this browser held has ended; GET /session says it once, then forgets it. */
export type TSessionEndReason = 'logout' | 'logout_everywhere' | 'idle' | 'expired' | 'revoked' | 'password_changed' | 'mfa_reset';

/** 2FA is mandatory, so a correct password alone never signs in. */
export type TLoginResult = { status: 'mfa_required' } | { status: 'mfa_enrollment_required' };

export interface TSessionSummary {
  id: string;
  current: boolean;
  /** ISO 8601. */
  createdAt: string;
  lastActiveAt: string;
  /** A coarse description of the browser, e.g. 'Chrome on Linux'. */
  device: string;
}

export interface TFieldIssue {
  location: string;
  path: string;
  problem: string;
}

/** An error answer of the API (or a failure to reach it), ready to show to a person. */
export class ApiError extends Error {
  readonly code: string;
  readonly status: number;
  /** Shown to the user so support can find the request in the logs. */
  readonly requestId: string | undefined;
  readonly fields: TFieldIssue[];
  /** With some 403s (the AI gateway): the decision's reason codes, e.g. 'consent.none'. */
  readonly reasons: string[];

  constructor(init: { code: string; status: number; message: string; requestId?: string | undefined; fields?: TFieldIssue[]; reasons?: string[] }) {
    super(init.message);
    this.name = 'ApiError';
    this.code = init.code;
    this.status = init.status;
    this.requestId = init.requestId;
    this.fields = init.fields ?? [];
    this.reasons = init.reasons ?? [];
  }
}

/**
 * The CSRF token from a `document.cookie` string, or undefined when the server has set none.
 *
 * @example
 *   readCsrfToken('theme=dark; custos_csrf=abc123'); // 'abc123'
 */
export function readCsrfToken(cookieString: string): string | undefined {
  for (const part of cookieString.split(';')) {
    const eq = part.indexOf('=');
    if (eq === -1 || part.slice(0, eq).trim() !== CSRF_COOKIE) continue;
    const value = part.slice(eq + 1).trim();
    try {
      return decodeURIComponent(value) || undefined;
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/**
 * Turns an error answer into an ApiError. Our server answers `{ code, message, requestId }`; a
 * proxy in front of it may answer HTML, which is never shown (it could be anything).
 *
 * @example
 *   toApiError(404, '{"code":"not_found","message":"No such route","requestId":"r1"}', null).requestId; // 'r1'
 */
export function toApiError(status: number, bodyText: string, headerRequestId: string | null): ApiError {
  let body: unknown;
  try {
    body = JSON.parse(bodyText);
  } catch {
    body = undefined;
  }
  const b = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  const requestId = typeof b.requestId === 'string' ? b.requestId : (headerRequestId ?? undefined);
  if (typeof b.code === 'string' && typeof b.message === 'string') {
    const fields = Array.isArray(b.fields) ? (b.fields as TFieldIssue[]) : [];
    const reasons = Array.isArray(b.reasons) ? b.reasons.filter((r): r is string => typeof r === 'string') : [];
    return new ApiError({ code: b.code, status, message: b.message, requestId, fields, reasons });
  }
  const message =
    status >= 500 || status === 0
      ? 'Custos ran into a problem. Try again in a moment.'
      : `The request could not be completed (status ${status}).`;
  return new ApiError({ code: 'unexpected_response', status, message, requestId });
}

export interface ApiClientDeps {
  fetch: typeof fetch;
  /** The page's cookies, as `document.cookie` gives them. */
  readCookies: () => string;
}

/**
 * The API calls of the web app, over the given fetch (the browser's, or a fake in tests).
 *
 * @example
 *   const api = createApiClient({ fetch: window.fetch.bind(window), readCookies: () => document.cookie });
 *   const result = await api.login({ email, password });
 */
export function createApiClient(deps: ApiClientDeps) {
  const idleListeners = new Set<(seconds: number) => void>();

  async function request<T>(method: THttpMethod, path: string, body?: unknown): Promise<T> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (method !== 'GET') {
      const token = readCsrfToken(deps.readCookies());
      if (token) headers[CSRF_HEADER] = token;
    }
    let response: Response;
    try {
      response = await deps.fetch(path, {
        method,
        headers,
        // The server marks every API answer no-store, so no cache option is needed here.
        credentials: 'same-origin',
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
    } catch {
      throw new ApiError({ code: 'network', status: 0, message: 'Custos could not be reached. Check your connection and try again.' });
    }
    const idle = Number(response.headers.get(IDLE_EXPIRES_HEADER) ?? Number.NaN);
    if (Number.isFinite(idle) && idle >= 0) for (const listener of idleListeners) listener(idle);
    const text = await response.text();
    if (!response.ok) throw toApiError(response.status, text, response.headers.get('x-request-id'));
    if (text === '') return undefined as T;
    try {
      return JSON.parse(text) as T;
    } catch {
      throw toApiError(500, '', response.headers.get('x-request-id'));
    }
  }

  return {
    register: (body: { name: string; email: string; dateOfBirth: string; password: string }) => request<unknown>('POST', '/api/v1/auth/register', body),
    verifyEmail: (body: { token: string }) => request<unknown>('POST', '/api/v1/auth/verify-email', body),
    login: (body: { email: string; password: string }) => request<TLoginResult>('POST', '/api/v1/auth/login', body),
    verifyMfa: (body: { code: string } | { recoveryCode: string }) => request<{ session: TSession }>('POST', '/api/v1/auth/mfa/verify', body),
    startTotpEnrollment: () => request<{ otpauthUri: string; secret: string }>('POST', '/api/v1/auth/mfa/totp/enroll'),
    confirmTotpEnrollment: (body: { code: string }) =>
      request<{ session: TSession; recoveryCodes: string[] }>('POST', '/api/v1/auth/mfa/totp/confirm', body),
    regenerateRecoveryCodes: () => request<{ recoveryCodes: string[] }>('POST', '/api/v1/auth/mfa/recovery-codes'),
    getSession: () => request<{ session: TSession | null; ended?: TSessionEndReason }>('GET', '/api/v1/auth/session'),
    listSessions: () => request<{ sessions: TSessionSummary[] }>('GET', '/api/v1/auth/sessions'),
    endSession: (id: string) => request<void>('DELETE', `/api/v1/auth/sessions/${encodeURIComponent(id)}`),
    logout: (body: { everywhere?: boolean } = {}) => request<void>('POST', '/api/v1/auth/logout', body),
    changePassword: (body: { currentPassword: string; newPassword: string }) => request<void>('POST', '/api/v1/auth/password', body),
    requestPasswordReset: (body: { email: string }) => request<unknown>('POST', '/api/v1/auth/password-reset/request', body),
    completePasswordReset: (body: { token: string; newPassword: string }) => request<unknown>('POST', '/api/v1/auth/password-reset/complete', body),
    acceptInvitation: (body: { token: string; name: string; password: string }) => request<unknown>('POST', '/api/v1/auth/invitations/accept', body),
    /** Any other call of the API (admin-api.ts builds on it); same CSRF, errors and idle tracking. */
    request,
    /** Calls `listener(seconds)` whenever an answer says how long the session has left. */
    onIdleExpiresIn(listener: (seconds: number) => void): () => void {
      idleListeners.add(listener);
      return () => idleListeners.delete(listener);
    },
  };
}

export type ApiClient = ReturnType<typeof createApiClient>;

/** Where each role starts after signing in. */
export const ROLE_HOME: Record<TRole, string> = {
  patient: '/patient',
  clinician: '/clinician',
  compliance_officer: '/compliance',
  admin: '/admin',
};
