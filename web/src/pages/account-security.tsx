import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import type { TSessionSummary } from '../api';
import { ErrorNotice, InfoNotice } from '../components/error-notice';
import { PasswordField, SubmitButton } from '../components/form';
import { Page } from '../components/page';
import { formatWhen } from '../format';
import { PASSWORD_MIN_LENGTH, passwordLengthProblem } from '../password-rules';
import { Link, navigate } from '../router';
import { useApi, useSession } from '../session';


/** Sessions (with "sign out everywhere"), two-step verification status, and password change. */
export function AccountSecurityPage(): ReactNode {
  const { status, session } = useSession();
  if (status === 'loading') return <Page title="Account security">Loading…</Page>;
  if (status !== 'signed-in' || !session) {
    return (
      <Page title="Account security" lead="Sign in to see your devices, two-step verification and password.">
        <p>
          <Link to="/sign-in" className="button-primary">
            Sign in
          </Link>
        </p>
      </Page>
    );
  }
  return (
    <Page title="Account security" lead="Where you are signed in, how you sign in, and your password.">
      <Sessions />
      <TwoStep totpEnrolled={session.mfa.totpEnrolled} recoveryCodesRemaining={session.mfa.recoveryCodesRemaining} />
      <ChangePassword />
      <section aria-labelledby="tokens-heading" className="section">
        <h2 id="tokens-heading">Access tokens</h2>
        <p>
          Applications you connected to Custos use tokens, not your password. <Link to="/account/tokens">See and revoke your access tokens</Link>.
        </p>
      </section>
    </Page>
  );
}

function Sessions(): ReactNode {
  const api = useApi();
  const { signOut } = useSession();
  const [sessions, setSessions] = useState<TSessionSummary[] | undefined>(undefined);
  const [failure, setFailure] = useState<unknown>(undefined);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    api.listSessions().then(
      (r) => live && setSessions(r.sessions),
      (e: unknown) => live && setFailure(e),
    );
    return () => {
      live = false;
    };
  }, [api]);

  const endOne = async (id: string): Promise<void> => {
    setBusy(true);
    setFailure(undefined);
    try {
      await api.endSession(id);
      setSessions((await api.listSessions()).sessions);
    } catch (caught) {
      setFailure(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="sessions-heading" className="section">
      <h2 id="sessions-heading">Where you are signed in</h2>
      {failure ? <ErrorNotice error={failure} /> : null}
      {!sessions && !failure ? <p role="status">Loading your sessions…</p> : null}
      {sessions ? (
        <div className="table-scroll">
          <table>
            <caption className="visually-hidden">Your signed-in sessions</caption>
            <thead>
              <tr>
                <th scope="col">Device</th>
                <th scope="col">Signed in</th>
                <th scope="col">Last active</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {sessions.map((s) => (
                <tr key={s.id}>
                  <th scope="row">
                    {s.device}
                    {s.current ? <span className="badge">This device</span> : null}
                  </th>
                  <td>{formatWhen(s.createdAt)}</td>
                  <td>{formatWhen(s.lastActiveAt)}</td>
                  <td>
                    {s.current ? null : (
                      <button type="button" className="button-link" disabled={busy} onClick={() => void endOne(s.id)}>
                        Sign out<span className="visually-hidden"> {s.device}, last active {formatWhen(s.lastActiveAt)}</span>
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <p>If you see a device you do not recognize, sign out everywhere and change your password.</p>
      <button
        type="button"
        className="button-secondary"
        disabled={busy}
        onClick={() => {
          setBusy(true);
          void signOut({ everywhere: true, notice: 'signed_out_everywhere' });
        }}
      >
        Sign out everywhere
      </button>
    </section>
  );
}

function TwoStep({ totpEnrolled, recoveryCodesRemaining }: { totpEnrolled: boolean; recoveryCodesRemaining: number }): ReactNode {
  const api = useApi();
  const { setRecoveryCodes } = useSession();
  const [failure, setFailure] = useState<unknown>(undefined);
  const [busy, setBusy] = useState(false);

  const regenerate = async (): Promise<void> => {
    setBusy(true);
    setFailure(undefined);
    try {
      const { recoveryCodes } = await api.regenerateRecoveryCodes();
      setRecoveryCodes(recoveryCodes);
      navigate('/recovery-codes');
    } catch (caught) {
      setFailure(caught);
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="mfa-heading" className="section">
      <h2 id="mfa-heading">Two-step verification</h2>
      <dl className="facts">
        <dt>Authenticator app</dt>
        <dd>{totpEnrolled ? 'On' : 'Not set up'}</dd>
        <dt>Recovery codes left</dt>
        <dd>{recoveryCodesRemaining}</dd>
      </dl>
      {!totpEnrolled ? (
        <p>
          <Link to="/enroll-totp">Set up your authenticator app</Link>
        </p>
      ) : null}
      {recoveryCodesRemaining <= 3 ? <p>You are running low on recovery codes. Make new ones and keep them safe.</p> : null}
      {failure ? <ErrorNotice error={failure} /> : null}
      <button type="button" className="button-secondary" disabled={busy} onClick={() => void regenerate()}>
        Make new recovery codes
      </button>
      <p className="small">New codes replace all your old ones. To move to a new phone, ask an administrator to reset two-step verification.</p>
    </section>
  );
}

function ChangePassword(): ReactNode {
  const api = useApi();
  const { refresh } = useSession();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [errors, setErrors] = useState<{ current?: string; next?: string }>({});
  const [failure, setFailure] = useState<unknown>(undefined);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);
  const currentRef = useRef<HTMLInputElement>(null);
  const nextRef = useRef<HTMLInputElement>(null);

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    setFailure(undefined);
    setDone(false);
    const found = {
      ...(current === '' ? { current: 'Enter your current password.' } : {}),
      ...(passwordLengthProblem(next) ? { next: passwordLengthProblem(next) } : {}),
    };
    setErrors(found);
    if (found.current) return currentRef.current?.focus();
    if (found.next) return nextRef.current?.focus();
    setBusy(true);
    try {
      await api.changePassword({ currentPassword: current, newPassword: next });
      setCurrent('');
      setNext('');
      setDone(true);
      // The session now knows the password is fresh (a "change due" reminder goes away).
      await refresh().catch(() => undefined);
    } catch (caught) {
      setFailure(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="password-heading" className="section">
      <h2 id="password-heading">Change your password</h2>
      <p>You do not have to change it on a schedule. Change it if you think someone else may know it.</p>
      {done ? (
        <InfoNotice>
          <p>Your password has changed.</p>
        </InfoNotice>
      ) : null}
      {failure ? <ErrorNotice error={failure} /> : null}
      <form onSubmit={(e) => void submit(e)} noValidate className="form" aria-labelledby="password-heading">
        <PasswordField id="currentPassword" label="Current password" autoComplete="current-password" value={current} onValueChange={setCurrent} error={errors.current} inputRef={currentRef} />
        <PasswordField
          id="newPassword"
          label="New password"
          autoComplete="new-password"
          value={next}
          onValueChange={setNext}
          hint={`At least ${PASSWORD_MIN_LENGTH} characters. A few unrelated words work well. Do not reuse a password from another site.`}
          error={errors.next}
          inputRef={nextRef}
        />
        <SubmitButton busy={busy} busyText="Changing…">
          Change password
        </SubmitButton>
      </form>
    </section>
  );
}
