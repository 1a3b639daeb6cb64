import { useRef, useState, type FormEvent, type ReactNode } from 'react';
import { ApiError } from '../api';
import { ErrorNotice, InfoNotice } from '../components/error-notice';
import { PasswordField, SubmitButton, TextField } from '../components/form';
import { Page } from '../components/page';
import { useFragmentToken } from '../use-fragment-token';
import { PASSWORD_MIN_LENGTH, passwordLengthProblem } from '../password-rules';
import { Link, navigate } from '../router';
import { useApi } from '../session';
import { emailProblem } from '../validation';


/**
 * Forgotten password: without a token, asks for the email address and mails a link; opened from
 * that link (/reset-password#token=…), asks for the new password.
 */
export function ResetPasswordPage(): ReactNode {
  // The fragment leaves the address bar as soon as it is read.
  const token = useFragmentToken();
  return token ? <ChooseNewPassword token={token} /> : <RequestReset />;
}

function RequestReset(): ReactNode {
  const api = useApi();
  const [email, setEmail] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);
  const [failure, setFailure] = useState<unknown>(undefined);
  const [busy, setBusy] = useState(false);
  const [sent, setSent] = useState(false);
  const emailRef = useRef<HTMLInputElement>(null);

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    setFailure(undefined);
    const problem = emailProblem(email);
    setError(problem);
    if (problem) return emailRef.current?.focus();
    setBusy(true);
    try {
      await api.requestPasswordReset({ email: email.trim() });
      setSent(true);
    } catch (caught) {
      setFailure(caught);
    } finally {
      setBusy(false);
    }
  };

  if (sent) {
    return (
      <Page title="Check your email">
        <InfoNotice>
          <p>If an account uses that address, we have sent it a link to choose a new password. The link works once and expires in 30 minutes.</p>
        </InfoNotice>
        <p>No email after a few minutes? Look in your spam folder, or ask again. If you did not ask for this, you can ignore the email.</p>
      </Page>
    );
  }
  return (
    <Page title="Reset your password" lead="Enter the email address you sign in with. We will send you a link to choose a new password.">
      {failure ? <ErrorNotice error={failure} /> : null}
      <form onSubmit={(e) => void submit(e)} noValidate className="form" aria-label="Reset your password">
        <TextField
          id="email"
          label="Email address"
          type="email"
          autoComplete="username"
          inputMode="email"
          spellCheck={false}
          value={email}
          onValueChange={setEmail}
          error={error}
          inputRef={emailRef}
          required
        />
        <SubmitButton busy={busy} busyText="Sending…">
          Send me a link
        </SubmitButton>
      </form>
      <p className="small">
        A new password does not replace two-step verification: you will still need your authenticator app or a recovery code to sign in. Remembered
        it after all? <Link to="/sign-in">Sign in</Link>.
      </p>
    </Page>
  );
}

function ChooseNewPassword({ token }: { token: string }): ReactNode {
  const api = useApi();
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);
  const [failure, setFailure] = useState<unknown>(undefined);
  const [busy, setBusy] = useState(false);
  const passwordRef = useRef<HTMLInputElement>(null);

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    setFailure(undefined);
    const problem = passwordLengthProblem(password);
    setError(problem);
    if (problem) return passwordRef.current?.focus();
    setBusy(true);
    try {
      await api.completePasswordReset({ token, newPassword: password });
      navigate('/sign-in', { replace: true, state: { notice: 'password_changed' } });
    } catch (caught) {
      const fieldProblem = caught instanceof ApiError ? caught.fields.find((f) => /password/i.test(f.path))?.problem : undefined;
      if (fieldProblem) {
        setError(fieldProblem);
        passwordRef.current?.focus();
      }
      setFailure(caught);
      setBusy(false);
    }
  };

  return (
    <Page title="Choose a new password" lead="Setting a new password signs you out on every device, so anyone who knew the old one is shut out.">
      {failure ? <ErrorNotice error={failure} /> : null}
      <form onSubmit={(e) => void submit(e)} noValidate className="form" aria-label="Choose a new password">
        <PasswordField
          id="newPassword"
          label="New password"
          autoComplete="new-password"
          value={password}
          onValueChange={setPassword}
          hint={`At least ${PASSWORD_MIN_LENGTH} characters. A few unrelated words work well. Do not reuse a password from another site.`}
          error={error}
          inputRef={passwordRef}
          required
        />
        <SubmitButton busy={busy} busyText="Saving…">
          Set new password
        </SubmitButton>
      </form>
      <p className="small">
        Link expired or already used? <Link to="/reset-password">Ask for a new one</Link>.
      </p>
    </Page>
  );
}
