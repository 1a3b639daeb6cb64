import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { ROLE_HOME, type TSession } from '../api';
import { ErrorNotice, InfoNotice } from '../components/error-notice';
import { PasswordField, SubmitButton, TextField } from '../components/form';
import { Page } from '../components/page';
import { Link, navigate, useNavigationState, type TNavigationState } from '../router';
import { useApi, useSession } from '../session';
import { normalizeTotpCode } from '../validation';

const NOTICES: Record<NonNullable<TNavigationState['notice']>, string> = {
  session_expired: 'You were signed out because there was no activity for a while. This protects your information if you step away. Sign in again to continue.',
  session_lifetime: 'Your session reached its maximum length, so you were signed out. Sign in again to continue.',
  session_revoked: 'An administrator ended your session. Sign in again to continue; if you did not expect this, contact your administrator.',
  mfa_reset: 'Your two-step verification was reset, which signed you out. Sign in to set it up again.',
  signed_out: 'You are signed out.',
  signed_out_everywhere: 'You are signed out on every device.',
  email_verified: 'Your email address is confirmed. Sign in to set up two-step verification.',
  password_changed: 'Your password has changed. Sign in with the new one.',
};

/** Email and password, then the second factor (an authenticator code or a recovery code). */
export function SignInPage(): ReactNode {
  const api = useApi();
  const { signedIn } = useSession();
  const { notice } = useNavigationState();
  const [step, setStep] = useState<'password' | 'mfa'>('password');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<{ email?: string; password?: string; code?: string }>({});
  const [failure, setFailure] = useState<unknown>(undefined);
  const [busy, setBusy] = useState(false);
  const emailRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);

  const submitPassword = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    setFailure(undefined);
    const found = {
      ...(email.trim() === '' ? { email: 'Enter your email address.' } : {}),
      ...(password === '' ? { password: 'Enter your password.' } : {}),
    };
    setErrors(found);
    if (found.email) return emailRef.current?.focus();
    if (found.password) return passwordRef.current?.focus();
    setBusy(true);
    try {
      const result = await api.login({ email: email.trim(), password });
      setPassword('');
      if (result.status === 'mfa_enrollment_required') navigate('/enroll-totp');
      else setStep('mfa');
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Page title="Sign in">
      {notice && step === 'password' && !failure ? (
        <InfoNotice>
          <p>{NOTICES[notice]}</p>
        </InfoNotice>
      ) : null}
      {failure ? <ErrorNotice error={failure} /> : null}
      {step === 'password' ? (
        <>
          <form onSubmit={(e) => void submitPassword(e)} noValidate className="form" aria-label="Sign in">
            <TextField
              id="email"
              label="Email address"
              type="email"
              autoComplete="username"
              inputMode="email"
              spellCheck={false}
              value={email}
              onValueChange={setEmail}
              error={errors.email}
              inputRef={emailRef}
              required
            />
            <PasswordField
              id="password"
              label="Password"
              autoComplete="current-password"
              value={password}
              onValueChange={setPassword}
              error={errors.password}
              inputRef={passwordRef}
              required
            />
            <SubmitButton busy={busy} busyText="Signing in…">
              Continue
            </SubmitButton>
          </form>
          <p>
            <Link to="/reset-password">Forgot your password?</Link> New to Custos? <Link to="/register">Create an account</Link>.
          </p>
          <p className="small">
            Only sign in at the address you normally use for Custos, and check for the padlock. We will never ask for your password or codes by
            email or phone. <Link to="/security-tips">More security tips</Link>.
          </p>
        </>
      ) : (
        <SecondFactor
          onSignedIn={(session) => {
            signedIn(session);
            navigate(ROLE_HOME[session.user.role], { replace: true });
          }}
          onStartOver={() => {
            setFailure(undefined);
            setStep('password');
          }}
        />
      )}
    </Page>
  );
}

function SecondFactor({ onSignedIn, onStartOver }: { onSignedIn(session: TSession): void; onStartOver(): void }): ReactNode {
  const api = useApi();
  const [useRecovery, setUseRecovery] = useState(false);
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);
  const [failure, setFailure] = useState<unknown>(undefined);
  const [busy, setBusy] = useState(false);
  const codeRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    codeRef.current?.focus();
  }, [useRecovery]);

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    setFailure(undefined);
    const totp = normalizeTotpCode(code);
    const problem = useRecovery
      ? code.trim() === ''
        ? 'Enter one of your recovery codes.'
        : undefined
      : totp
        ? undefined
        : 'Enter the 6-digit code from your authenticator app.';
    setError(problem);
    if (problem) return codeRef.current?.focus();
    setBusy(true);
    try {
      const { session } = await api.verifyMfa(useRecovery ? { recoveryCode: code.trim() } : { code: totp! });
      onSignedIn(session);
    } catch (caught) {
      setFailure(caught);
      setCode('');
      codeRef.current?.focus();
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="mfa-heading">
      <h2 id="mfa-heading">Two-step verification</h2>
      {failure ? <ErrorNotice error={failure} /> : null}
      <form onSubmit={(e) => void submit(e)} noValidate className="form" aria-labelledby="mfa-heading">
        {useRecovery ? (
          <TextField
            key="recovery"
            id="recoveryCode"
            label="Recovery code"
            autoComplete="off"
            spellCheck={false}
            value={code}
            onValueChange={setCode}
            hint="One of the ten codes you saved when you set up two-step verification, like k7m2-q9xd-4hta. Each code works once."
            error={error}
            inputRef={codeRef}
          />
        ) : (
          <TextField
            key="totp"
            id="code"
            label="Code from your authenticator app"
            inputMode="numeric"
            autoComplete="one-time-code"
            maxLength={9}
            value={code}
            onValueChange={setCode}
            hint="Open the app where you added Custos and type the 6 digits it shows now."
            error={error}
            inputRef={codeRef}
          />
        )}
        <SubmitButton busy={busy} busyText="Checking…">
          Sign in
        </SubmitButton>
      </form>
      <p className="button-row">
        <button
          type="button"
          className="button-link"
          onClick={() => {
            setUseRecovery(!useRecovery);
            setCode('');
            setError(undefined);
          }}
        >
          {useRecovery ? 'Use my authenticator app instead' : 'I cannot use my authenticator app'}
        </button>
        <button type="button" className="button-link" onClick={onStartOver}>
          Start over
        </button>
      </p>
    </section>
  );
}
