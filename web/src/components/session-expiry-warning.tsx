// HIPAA automatic logoff with a fair warning: a minute before the server signs an idle session
// out, a modal dialog offers "Stay signed in" (one request, which counts as activity) or "Sign out".
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { DEFAULT_WARN_BEFORE_MS, expiryStatus, formatCountdown } from '../session-expiry';

export interface SessionExpiryWarningProps {
  /** Local time (ms) of idle sign-out. */
  expiresAt: number;
  /** The clock; Date.now in the app, anything in a test. */
  now: () => number;
  warnBeforeMs?: number;
  /** Extends the session; resolves when the new expiry is known (the dialog then closes by itself). */
  onStaySignedIn(): Promise<void>;
  onSignOut(): void;
  /** The session is over; called once. */
  onExpired(): void;
}

/**
 * Renders nothing until the warning is due, then a native modal <dialog> (focus moves into it and
 * stays there, Escape counts as "Stay signed in") with a countdown.
 *
 * @example
 *   <SessionExpiryWarning expiresAt={idleExpiresAt} now={Date.now} onStaySignedIn={refresh} onSignOut={signOut} onExpired={expire} />
 */
export function SessionExpiryWarning(props: SessionExpiryWarningProps): ReactNode {
  const { expiresAt, now, warnBeforeMs = DEFAULT_WARN_BEFORE_MS } = props;
  const [, setTick] = useState(0);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const expiredRef = useRef(false);
  const status = expiryStatus(now(), expiresAt, warnBeforeMs);

  // Re-render at the next phase change, and every second while the countdown shows. Timers are
  // also re-armed when the tab becomes visible again, since browsers throttle hidden tabs.
  useEffect(() => {
    if (status.phase === 'expired') return;
    const delay = status.phase === 'warning' ? Math.min(1000, status.msLeft) : status.msUntilNextPhase!;
    const timer = setTimeout(() => setTick((t) => t + 1), Math.max(delay, 0));
    const onVisible = (): void => setTick((t) => t + 1);
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      clearTimeout(timer);
      document.removeEventListener('visibilitychange', onVisible);
    };
  });

  useEffect(() => {
    if (status.phase !== 'expired') {
      expiredRef.current = false;
      return;
    }
    if (expiredRef.current) return;
    expiredRef.current = true;
    props.onExpired();
  });

  const open = status.phase === 'warning';
  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  const stay = async (): Promise<void> => {
    setBusy(true);
    setFailed(false);
    try {
      await props.onStaySignedIn();
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  };

  return (
    <dialog
      ref={dialogRef}
      className="expiry-dialog"
      aria-labelledby="expiry-title"
      aria-describedby="expiry-text"
      onCancel={(event) => {
        event.preventDefault();
        void stay();
      }}
    >
      {open ? (
        <>
          <h2 id="expiry-title">Are you still there?</h2>
          <p id="expiry-text">
            For your security, Custos signs you out after a period without activity. You will be signed out in{' '}
            <strong className="countdown">{formatCountdown(status.msLeft)}</strong>.
          </p>
          {failed ? (
            <p className="field-error" role="alert">
              Custos could not be reached. Check your connection and try again.
            </p>
          ) : null}
          <div className="button-row">
            <button type="button" className="button-primary" autoFocus disabled={busy} onClick={() => void stay()}>
              Stay signed in
            </button>
            <button type="button" className="button-secondary" onClick={props.onSignOut}>
              Sign out
            </button>
          </div>
        </>
      ) : null}
    </dialog>
  );
}
