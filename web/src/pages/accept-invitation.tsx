import { useRef, useState, type FormEvent, type ReactNode } from 'react';
import { ApiError } from '../api';
import { ErrorNotice, InfoNotice } from '../components/error-notice';
import { PasswordField, SubmitButton, TextField } from '../components/form';
import { Page } from '../components/page';
import { useFragmentToken } from '../use-fragment-token';
import { PASSWORD_MIN_LENGTH, passwordLengthProblem } from '../password-rules';
import { Link } from '../router';
import { useApi } from '../session';

type TField = 'name' | 'password';

/** A staff member's first visit, from the invitation mail (/accept-invitation#token=…): name and password. */
export function AcceptInvitationPage(): ReactNode {
  const api = useApi();
  // The fragment leaves the address bar as soon as it is read.
  const token = useFragmentToken();
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<Partial<Record<TField, string>>>({});
  const [failure, setFailure] = useState<unknown>(undefined);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);
  const refs = { name: useRef<HTMLInputElement>(null), password: useRef<HTMLInputElement>(null) };

  if (!token) {
    return (
      <Page title="Accept your invitation" lead="Open the link in the invitation email to set up your account.">
        <p>The link works once and expires after 72 hours. If yours has expired, ask your administrator to invite you again.</p>
      </Page>
    );
  }

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    setFailure(undefined);
    const found: Partial<Record<TField, string>> = {
      ...(name.trim() === '' ? { name: 'Enter your name.' } : {}),
      ...(passwordLengthProblem(password) ? { password: passwordLengthProblem(password) } : {}),
    };
    setErrors(found);
    if (found.name) return refs.name.current?.focus();
    if (found.password) return refs.password.current?.focus();
    setBusy(true);
    try {
      await api.acceptInvitation({ token, name: name.trim(), password });
      setDone(true);
    } catch (caught) {
      if (caught instanceof ApiError) {
        const byField: Partial<Record<TField, string>> = {};
        for (const f of caught.fields) {
          if (/password/i.test(f.path)) byField.password = f.problem;
          else if (/name/i.test(f.path)) byField.name = f.problem;
        }
        setErrors(byField);
      }
      setFailure(caught);
    } finally {
      setBusy(false);
    }
  };

  if (done) {
    return (
      <Page title="Your account is ready">
        <InfoNotice>
          <p>Your password is set.</p>
        </InfoNotice>
        <p>Next, sign in. Custos then helps you set up two-step verification with an authenticator app; every account needs it.</p>
        <p>
          <Link to="/sign-in" className="button-primary">
            Sign in
          </Link>
        </p>
      </Page>
    );
  }
  return (
    <Page title="Accept your invitation" lead="Your administrator invited you to Custos. Tell us your name and choose a password.">
      {failure ? <ErrorNotice error={failure} /> : null}
      <form onSubmit={(e) => void submit(e)} noValidate className="form" aria-label="Accept your invitation">
        <TextField
          id="name"
          label="Full name"
          autoComplete="name"
          value={name}
          onValueChange={setName}
          hint="Shown to colleagues and in the audit log, so people can see who did what."
          error={errors.name}
          inputRef={refs.name}
          required
        />
        <PasswordField
          id="password"
          label="Password"
          autoComplete="new-password"
          value={password}
          onValueChange={setPassword}
          hint={`At least ${PASSWORD_MIN_LENGTH} characters; longer is stronger. A passphrase of a few unrelated words is easy to remember and hard to guess. Do not reuse a password from another site.`}
          error={errors.password}
          inputRef={refs.password}
          required
        />
        <SubmitButton busy={busy} busyText="Setting up…">
          Set up my account
        </SubmitButton>
      </form>
    </Page>
  );
}
